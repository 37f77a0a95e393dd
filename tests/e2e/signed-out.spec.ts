import { expect, test } from "@playwright/test";
import { openNewInterview, registerFresh } from "./helpers";

/**
 * Session routes answer a signed-out caller 404, as they answer a stranger. The autosave must
 * not take that 404 for "this session is gone": signed out mid-interview (the cookie expired,
 * or sign-out in another tab), the candidate's changes wait and are saved once they are back.
 */
test("changes made while signed out wait, and are saved after signing back in", async ({ page, context }) => {
  await registerFresh(page);
  const id = await openNewInterview(page);
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  const cookies = await context.cookies();

  await context.clearCookies();
  const question = "How many people use it every day?";
  await page.getByLabel("Ask the interviewer").fill(question);
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByTestId("save-status")).toContainText("1 change waiting", { timeout: 15_000 });

  // Back in (as if signed in again in another tab): the waiting question is sent and answered.
  await context.addCookies(cookies);
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
  await page.goto(`/interview/${id}`);
  await expect(page.getByRole("log", { name: "Interview chat" })).toContainText(question);
});

test("a signed-out visitor of a session page gets the 404 page, which offers to sign in and come back", async ({ page }) => {
  const response = await page.goto("/sessions/some-session-id/report");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in to see it" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsessions%2Fsome-session-id%2Freport$/);
});
