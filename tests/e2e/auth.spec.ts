import { expect, test, type Page } from "@playwright/test";

const DEMO_CANDIDATE = { email: "candidate@designdrill.dev", password: "practice-makes-perfect" };
const DEMO_INSTRUCTOR = { email: "instructor@designdrill.dev", password: "teach-the-trade-offs" };

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page, name: string) {
  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("a new user registers, signs out, signs in again and lands on home", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto("/");
  await page.getByRole("link", { name: "Create account" }).first().click();
  await page.getByLabel("Name").fill("Eve Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 10 characters.")).toBeVisible();

  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Eve Tester" })).toBeVisible();

  await signOut(page, "Eve Tester");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await signIn(page, email, "a-long-enough-password");
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Welcome, Eve Tester" })).toBeVisible();
});

test("registering an email that is taken says so next to the field", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill(DEMO_CANDIDATE.email);
  await page.getByLabel("Password").fill("another-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.", { exact: true })).toBeVisible();
});

test("an anonymous visit to a protected page lands on login and returns after it", async ({ page }) => {
  await page.goto("/history");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fhistory/);
  await expect(page.getByText("Sign in to continue.")).toBeVisible();
  await signIn(page, DEMO_CANDIDATE.email, DEMO_CANDIDATE.password);
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
});

test("a wrong password shows an error and stays on the login page", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, DEMO_CANDIDATE.email, "not-the-password");
  await expect(page.getByRole("alert", { name: "Form error" })).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("the demo accounts work, and only the instructor sees Author", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, DEMO_CANDIDATE.email, DEMO_CANDIDATE.password);
  await expect(page.getByRole("heading", { name: "Welcome, Demo Candidate" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Practice" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Author" })).toHaveCount(0);
  await page.goto("/author");
  await expect(page.getByRole("heading", { name: "Not available to your account" })).toBeVisible();
  await signOut(page, "Demo Candidate");

  await page.goto("/login");
  await signIn(page, DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await expect(page.getByRole("heading", { name: "Welcome, Demo Instructor" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Author" }).click();
  await expect(page.getByRole("heading", { name: "Author" })).toBeVisible();
});
