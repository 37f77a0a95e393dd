import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openNewInterview, registerFresh, sameOrigin } from "./helpers";

/** Nothing lost: a reload brings back what the candidate last saw, not only what they typed. */

const example = JSON.parse(readFileSync("content/designs/03-load-balancer-two-web.json", "utf8")) as { design: unknown };

async function sendEvents(page: Page, id: string, events: unknown[]) {
  const response = await page.request.post(`/api/sessions/${id}/events`, { headers: sameOrigin(), data: { events } });
  expect(response.ok(), await response.text()).toBe(true);
}

test("after a reload the last feedback and scenario run are back, and edits keep re-running the simulator", async ({ page }) => {
  await registerFresh(page);
  const id = await openNewInterview(page);
  await sendEvents(page, id, [
    { id: "e2e-board-000001", type: "design_set", payload: { design: example.design, layout: {} } },
    { id: "e2e-phase-000012", type: "phase_advanced", payload: { from: 1, to: 2, reason: "manual" } },
    { id: "e2e-phase-000023", type: "phase_advanced", payload: { from: 2, to: 3, reason: "manual" } },
  ]);
  await page.reload();

  await page.getByRole("button", { name: "Ask for feedback" }).click();
  const score = page.getByText(/^Score \d+ \/ 100/);
  await expect(score).toBeVisible({ timeout: 30_000 });
  const scoreText = await score.textContent();
  const reply = await page.locator("blockquote").first().textContent();

  await page.getByLabel("Failure scenario", { exact: true }).selectOption("node_down");
  await page.getByLabel("Node to fail").selectOption("db");
  await page.getByRole("button", { name: "Run scenario" }).click();
  const result = page.getByRole("region", { name: "Scenario result" });
  await expect(result).toBeVisible({ timeout: 30_000 });
  const summary = await result.locator("p").nth(1).textContent();

  await page.reload();
  await expect(page.getByText(/^Score \d+ \/ 100/)).toHaveText(scoreText!, { timeout: 30_000 });
  await expect(page.locator("blockquote").first()).toHaveText(reply!);
  await expect(page.getByRole("region", { name: "Scenario result" })).toContainText(summary!);
  await expect(page.getByLabel("Failure scenario", { exact: true })).toHaveValue("node_down");
  // Utilisation colours are back on the board's nodes.
  await expect(page.locator(".react-flow__node").filter({ hasText: /busy/ }).first()).toBeVisible();

  // An edit re-runs the simulator in the background, without asking for feedback again.
  await page.getByLabel("Selected node").selectOption({ value: "web" });
  await page.getByRole("form", { name: "Inspector" }).getByLabel("Instances").fill("9");
  await expect(page.getByText("results are out of date")).toBeVisible();
  await expect(page.getByText("results are out of date")).toBeHidden({ timeout: 15_000 });
});
