import { expect, test, type Page } from "@playwright/test";

/**
 * Every page renders and runs under the Content Security Policy: no violation is reported in
 * the console, and the headers that come with each page are the ones lib/http/security-headers.ts
 * sets (a per-request nonce, no 'unsafe-eval' in the production build, no framing).
 */
const INSTRUCTOR = { email: "instructor@designdrill.dev", password: "teach-the-trade-offs" };

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message);
  });
  return violations;
}

async function visit(page: Page, path: string, violations: string[]) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(policy, path).not.toContain("unsafe-eval");
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  // Plain http here: HSTS would be meaningless, so it is not sent.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  // Every script has run or been refused by the time the load event fires. (Not "networkidle":
  // the interview page keeps talking to the server.)
  await page.waitForLoadState("load");
  await expect(page.locator("main#main")).toBeVisible();
  const evaluated = await page.evaluate(() => document.querySelectorAll("script[nonce]").length);
  expect(evaluated, `${path}: scripts carry the nonce`).toBeGreaterThan(0);
  expect(violations, path).toEqual([]);
}

test("every page loads with no CSP violation, anonymous and signed in", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const violations = watchViolations(page);
  for (const path of ["/", "/login", "/register", "/concepts", "/concepts/cache-eviction", "/no-such-page"]) await visit(page, path, violations);

  await page.goto("/login");
  await page.getByLabel("Email").fill(INSTRUCTOR.email);
  await page.getByLabel("Password").fill(INSTRUCTOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/);

  // One active and one submitted session, through the API as the app's own pages would call it.
  const origin = { origin: baseURL!, "content-type": "application/json" };
  const start = async () => ((await (await page.request.post("/api/sessions", { headers: origin, data: { slug: "scale-to-millions", mode: "PRACTICE" } })).json()) as { id: string }).id;
  const active = await start();
  const done = await start();
  const submitted = await page.request.post(`/api/sessions/${done}/events`, {
    headers: origin,
    data: { events: [{ id: "csp-submit-0001", type: "submitted", payload: { reason: "manual" } }] },
  });
  expect(submitted.status()).toBe(200);

  for (const path of [
    "/home",
    "/practice",
    "/practice/scale-to-millions",
    "/history",
    "/author",
    `/interview/${active}`,
    `/sessions/${done}/report`,
    `/sessions/${done}/replay`,
  ]) {
    await visit(page, path, violations);
  }
  // The interview's whiteboard (React Flow: inline styles) renders under the policy too.
  await page.goto(`/interview/${active}`);
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  await expect(page.locator(".react-flow").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("API responses are data: no framing, no sniffing, a deny-all policy", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
