import { expect, test, type Page } from "@playwright/test";

/**
 * Headers of a request the app itself would send: state-changing API routes refuse anything
 * without this site's Origin (cross-site refusal, lib/http/same-origin.ts).
 */
export function sameOrigin(): Record<string, string> {
  return { origin: new URL(test.info().project.use.baseURL ?? "http://localhost:3100").origin };
}

export const DEMO_CANDIDATE = { email: "candidate@designdrill.dev", password: "practice-makes-perfect" };

export async function signIn(page: Page, email = DEMO_CANDIDATE.email, password = DEMO_CANDIDATE.password) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/);
}

/** A new account of its own, so tests do not share a history (or a login throttle). */
export async function registerFresh(page: Page, name = "Test Candidate") {
  const email = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto("/register");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/home$/);
  return email;
}

/** Starts an interview through the API (the page's cookies sign the request) and opens it. */
export async function openNewInterview(page: Page, slug = "scale-to-millions", mode: "PRACTICE" | "STRICT" = "PRACTICE") {
  const response = await page.request.post("/api/sessions", { headers: sameOrigin(), data: { slug, mode } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/interview/${id}`);
  return id;
}
