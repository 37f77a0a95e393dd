import { expect, test } from "@playwright/test";
import { openNewInterview, registerFresh } from "./helpers";

/** Opening the interview: rendered on the server, light, and honest about what does not exist. */

test("the interview arrives rendered and loads the board and the editor only with their tabs", async ({ page }) => {
  await registerFresh(page);
  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text().catch(() => ""));
  });
  const id = await openNewInterview(page);

  // The server's HTML already holds the problem and the chat box, not only a client-side loader.
  const html = await (await page.request.get(`/interview/${id}`)).text();
  expect(html).toMatch(/<label[^>]*>Ask the interviewer<\/label><textarea/);
  expect(html).toContain("<summary");

  await page.getByLabel("Ask the interviewer").fill("How many daily active users?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByRole("log", { name: "Interview chat" })).toContainText(/million/i);
  const opened = await Promise.all(scripts);
  expect(opened.some((body) => body.includes("react-flow__"))).toBe(false);
  expect(opened.some((body) => body.includes("ProseMirror"))).toBe(false);

  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  await expect(page.getByRole("button", { name: "Add web server", exact: true })).toBeVisible();
  await page.getByRole("tab", { name: "Notes" }).click();
  await expect(page.getByRole("textbox", { name: "Phase 1 notes" })).toBeVisible();
  const all = await Promise.all(scripts);
  expect(all.some((body) => body.includes("react-flow__"))).toBe(true);
  expect(all.some((body) => body.includes("ProseMirror"))).toBe(true);
});

test("an unknown prompt or session answers 404, not a not-found page with status 200", async ({ page }) => {
  await registerFresh(page);
  for (const path of ["/practice/no-such-prompt", "/interview/no-such-session", "/sessions/no-such-session/report", "/sessions/no-such-session/replay"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  // A real prompt still opens.
  expect((await page.goto("/practice/url-shortener"))?.status()).toBe(200);
});
