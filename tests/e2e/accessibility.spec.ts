import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openNewInterview, registerFresh, signIn } from "./helpers";

/** Every page, checked with axe-core: no serious or critical violations. */

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
  expect(serious, `${what}:\n${serious.join("\n")}`).toEqual([]);
}

// axe takes seconds per page on a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

test("public pages pass axe", async ({ page }) => {
  for (const path of ["/", "/login", "/register", "/concepts", "/concepts/cache", "/practice/no-such-prompt"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
});

test("the candidate's pages pass axe, the report and replay included", async ({ page }) => {
  await signIn(page);
  for (const path of ["/home", "/practice", "/practice/url-shortener", "/history"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  await page.goto("/history");
  await page.getByRole("link", { name: "Report" }).first().click();
  await expect(page.getByRole("article").first()).toBeVisible();
  await expectAccessible(page, "report");
  await page.getByRole("link", { name: "Replay the session" }).click();
  await expect(page.getByRole("slider")).toBeVisible();
  await expectAccessible(page, "replay");
});

test("every tab of the interview passes axe", async ({ page }) => {
  await registerFresh(page);
  await openNewInterview(page);
  await expect(page.getByLabel("Ask the interviewer")).toBeEnabled();
  await expectAccessible(page, "interview: interviewer");
  for (const tab of ["Requirements", "Whiteboard", "Notes"]) {
    await page.getByRole("tab", { name: new RegExp(tab) }).click();
    await page.waitForTimeout(500);
    await expectAccessible(page, `interview: ${tab}`);
  }
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  await page.getByRole("button", { name: "Add web server", exact: true }).click();
  await page.getByRole("button", { name: "Add SQL database", exact: true }).click();
  await expectAccessible(page, "interview: board with nodes");
});

test("the instructor's author page passes axe", async ({ page }) => {
  await signIn(page, "instructor@designdrill.dev", "teach-the-trade-offs");
  await page.goto("/author");
  await expectAccessible(page, "/author");
});

test("the prompt editor passes axe, empty and with a prompt loaded", async ({ page }) => {
  await signIn(page, "instructor@designdrill.dev", "teach-the-trade-offs");
  await page.goto("/author/new");
  await expect(page.getByRole("button", { name: "Add client", exact: true })).toBeVisible();
  await expectAccessible(page, "/author/new");
  await page.goto("/author/url-shortener");
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await expect(page.getByTestId("reference-score")).toHaveText(/^\d+$/, { timeout: 20_000 });
  await expectAccessible(page, "/author/url-shortener");
});
