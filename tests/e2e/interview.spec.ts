import { expect, test, type Page } from "@playwright/test";

/**
 * A whole mock interview in practice mode, with the clock sped up (TEST_TIME_SCALE in
 * playwright.config.ts): the board is built without dragging, through the palette and the
 * inspector's "Connect to", as a keyboard user would.
 */

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/);
}

function interviewerReplies(page: Page) {
  return page.getByRole("log", { name: "Interview chat" }).getByText("Interviewer:");
}

async function ask(page: Page, question: string) {
  const before = await interviewerReplies(page).count();
  await page.getByLabel("Ask the interviewer").fill(question);
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByRole("log", { name: "Interview chat" })).toContainText(question);
  await expect(interviewerReplies(page)).toHaveCount(before + 1);
}

async function addNode(page: Page, kindNoun: string) {
  await page.getByRole("button", { name: `Add ${kindNoun}`, exact: true }).click();
}

async function connect(page: Page, from: string, to: string) {
  await page.getByLabel("Selected node").selectOption({ value: from });
  const inspector = page.getByRole("form", { name: "Inspector" });
  await inspector.getByLabel("Connect to").selectOption({ value: to });
  await inspector.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(inspector.getByRole("button", { name: `Remove connection to ${to}` })).toBeVisible();
}

/** Next phase; leaving far under a band asks once (with the time and the band), and we move on. */
async function nextPhase(page: Page) {
  await page.getByRole("button", { name: "Next phase" }).click();
  const warning = page.getByRole("alertdialog", { name: "Leave this phase early?" });
  if (await warning.isVisible()) await warning.getByRole("button", { name: "Move on" }).click();
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
}

test("a candidate sits a whole interview and reads the report; a reload restores it; nobody else can open it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "candidate@designdrill.dev", "practice-makes-perfect");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  // Wait for the catalogue: home's recent sessions also link to this prompt's report.
  await expect(page.getByRole("list", { name: "Prompts" })).toBeVisible();
  await page.getByRole("list", { name: "Prompts" }).getByRole("link", { name: /Scale a web application from one server to millions of users/ }).first().click();
  await page.getByRole("radio", { name: /Practice mode/ }).check();
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/interview\//);
  const interviewUrl = page.url();

  // Phase 1: three questions, answered from the prompt's facts.
  await ask(page, "How many daily active users do we have?");
  await ask(page, "What is the ratio of reads to writes?");
  await ask(page, "What availability do we need?");
  const chat = page.getByRole("log", { name: "Interview chat" });
  await expect(chat).toContainText(/million/i);

  // The requirements sheet: one functional requirement and one assumption.
  await page.getByRole("tab", { name: /Requirements/ }).click();
  await page.getByLabel("New functional requirement").fill("Users sign up, post photos and read a feed");
  await page.getByRole("button", { name: "Add requirement" }).click();
  await expect(page.getByText("Users sign up, post photos and read a feed")).toBeVisible();
  await expect(page.getByLabel("Daily active users")).not.toHaveValue("");
  const retention = page.getByLabel("Retention (years)");
  await retention.fill("5");
  await retention.press("Enter");
  await page.getByLabel("Your read QPS").fill("20k");
  await page.getByLabel("Your read QPS").press("Enter");
  await waitSaved(page);

  await nextPhase(page);

  // The phase-2 probe arrives while the candidate is on another tab: a toast shows the question
  // and leads to the chat, where the answer is acknowledged for what the probe looked for.
  const toast = page.getByRole("status", { name: "The interviewer asks" });
  await expect(toast).toContainText("sessions in memory");
  await toast.getByRole("button", { name: "Answer in chat" }).click();
  await expect(toast).toBeHidden();
  await page.getByLabel("Ask the interviewer").fill("Make the web tier stateless: sessions go to a shared Redis session store.");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByRole("log", { name: "Interview chat" })).toContainText(/Good — you covered stateless/);

  // Phase 2: five components, connected without dragging.
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  for (const kind of ["client", "load balancer", "web server", "cache", "SQL database"]) await addNode(page, kind);
  await connect(page, "users", "lb");
  await connect(page, "lb", "web");
  await connect(page, "web", "cache");
  await connect(page, "web", "db");
  await waitSaved(page);

  // A reload mid-interview restores the board, the chat and the sheet exactly.
  await page.reload();
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  await expect(page.getByLabel("Selected node").locator("option")).toHaveCount(6);
  await page.getByRole("tab", { name: /Interviewer/ }).click();
  const restoredChat = page.getByRole("log", { name: "Interview chat" });
  for (const question of ["How many daily active users do we have?", "What is the ratio of reads to writes?", "What availability do we need?"]) {
    await expect(restoredChat).toContainText(question);
  }
  // Three answers, plus any follow-up probe the interviewer asked once the board had components.
  expect(await interviewerReplies(page).count()).toBeGreaterThanOrEqual(3);
  await page.getByRole("tab", { name: /Requirements/ }).click();
  await expect(page.getByLabel("Retention (years)")).toHaveValue("5");
  await expect(page.getByText("Users sign up, post photos and read a feed")).toBeVisible();

  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  await page.getByRole("button", { name: "Ask for feedback" }).click();
  await expect(page.getByRole("blockquote").or(page.locator("blockquote")).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/SPOF/).first()).toBeVisible();

  // Phase 3: a failure scenario, with its chart.
  await nextPhase(page);
  await page.getByLabel("Failure scenario", { exact: true }).selectOption("node_down");
  await page.getByRole("button", { name: "Run scenario" }).click();
  await expect(page.getByRole("img", { name: /served/i }).first()).toBeVisible({ timeout: 30_000 });

  // Phase 4: the wrap-up note, then submit.
  await nextPhase(page);
  await page.getByRole("tab", { name: "Notes" }).click();
  const wrapUp = page.getByRole("textbox", { name: "Phase 4 notes" });
  await wrapUp.click();
  await page.keyboard.type(
    "The database is a single point of failure: add a replica and fail over. The cache trade-off is staleness versus load. At 10x we shard by user id and add a CDN for photos.",
  );
  await waitSaved(page);
  await page.getByRole("button", { name: "Submit interview" }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();

  await expect(page).toHaveURL(/\/sessions\/.+\/report$/, { timeout: 60_000 });
  const report = page.getByRole("article", { name: /Report: Scale a web application/ });
  await expect(report.getByRole("heading", { level: 1 })).toHaveText(/Scale a web application/);
  await expect(report.getByText(/\/ ?100/).first()).toBeVisible();
  await expect(report.getByText(/no hire|lean no hire|lean hire|hire|strong hire/i).first()).toBeVisible();

  // A second candidate cannot open the session.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const email = `intruder-${Date.now()}@example.com`;
  await otherPage.goto("/register");
  await otherPage.getByLabel("Name").fill("Intruder");
  await otherPage.getByLabel("Email").fill(email);
  await otherPage.getByLabel("Password").fill("a-long-enough-password");
  await otherPage.getByRole("button", { name: "Create account" }).click();
  await expect(otherPage).toHaveURL(/\/home$/);
  await otherPage.goto(interviewUrl);
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await other.close();
});
