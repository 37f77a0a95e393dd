import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { sameOrigin, signIn } from "./helpers";

/**
 * Review and coaching: a candidate finishes a short interview, opens Progress and downloads
 * every export; an instructor invites them into a cohort, comments on a moment of the replay,
 * and the candidate sees the comment (header count, report, replay).
 */

async function newCandidate(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const email = `review-${Date.now()}@example.com`;
  const created = await page.request.post("/api/register", { headers: sameOrigin(), data: { email, name: "Review Candidate", password: "review-password-1" } });
  expect(created.status()).toBe(201);
  await signIn(page, email, "review-password-1");
  return page;
}

async function download(page: Page, name: string | RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("group", { name: "Export" }).getByRole(/PNG/.test(String(name)) ? "button" : "link", { name }).click()]);
  return { fileName: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

test("a candidate reviews a short interview, takes every export away, and reads an instructor's comment on a replay moment", async ({ browser }) => {
  test.setTimeout(180_000);
  const candidate = await newCandidate(browser);

  // A short interview: one question, two connected components, submitted.
  await candidate.goto("/practice/scale-to-millions");
  await candidate.getByRole("radio", { name: /Practice mode/ }).check();
  await candidate.getByRole("button", { name: "Start interview" }).click();
  await expect(candidate).toHaveURL(/\/interview\//);
  await candidate.getByLabel("Ask the interviewer").fill("How many daily active users do we have?");
  await candidate.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(candidate.getByRole("log", { name: "Interview chat" }).getByText("Interviewer:")).toHaveCount(1);
  await candidate.getByRole("button", { name: "Next phase" }).click();
  await candidate.getByRole("tab", { name: /Whiteboard/ }).click();
  for (const kind of ["client", "web server"]) await candidate.getByRole("button", { name: `Add ${kind}`, exact: true }).click();
  await expect(candidate.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  await candidate.getByRole("button", { name: "Submit interview" }).click();
  await candidate.getByRole("button", { name: "Yes, submit" }).click();
  await expect(candidate).toHaveURL(/\/sessions\/.+\/report$/, { timeout: 60_000 });
  const reportUrl = candidate.url();

  // Progress: one attempt, with a chart named by its summary and the numbers as a table.
  await candidate.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(candidate.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(candidate.getByText(/1 submitted attempt on 1 prompt/)).toBeVisible();
  await expect(candidate.getByRole("img", { name: /Score over 1 attempt: first \d+/ })).toBeVisible();
  await expect(candidate.getByRole("region", { name: "Practise next" }).getByRole("link", { name: /^Practise / })).toBeVisible();

  // History lists it with its report and replay.
  await candidate.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  const row = candidate.getByRole("row", { name: /Scale a web application/ });
  await expect(row.getByRole("link", { name: /Report/ })).toBeVisible();
  await expect(row.getByRole("link", { name: /Replay/ })).toBeVisible();

  // Every export.
  await candidate.goto(reportUrl);
  const md = await download(candidate, "Report (Markdown)");
  expect(md.fileName).toMatch(/^designdrill-scale-to-millions-.*-report\.md$/);
  expect(md.bytes.toString("utf8")).toMatch(/^# Scale a web application/);
  const json = await download(candidate, "Design document (JSON)");
  const doc = JSON.parse(json.bytes.toString("utf8")) as { version: number; design: { nodes: { kind: string }[] }; process: unknown };
  expect(doc.version).toBe(1);
  expect(doc.design.nodes.map((n) => n.kind).sort()).toEqual(["client", "web_server"]);
  expect(doc.process).toBeDefined();
  const svg = await download(candidate, "Board (SVG)");
  expect(svg.bytes.toString("utf8")).toMatch(/^<svg[\s\S]*<\/svg>$/);
  const png = await download(candidate, "Board (PNG)");
  expect(png.fileName).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // The instructor creates a cohort; the candidate joins through the invite link.
  const instructor = await (await browser.newContext()).newPage();
  await signIn(instructor, "instructor@designdrill.dev", "teach-the-trade-offs");
  await instructor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await instructor.getByLabel("Cohort name").fill("Autumn review");
  await instructor.getByRole("button", { name: "Create cohort" }).click();
  await expect(instructor.getByRole("heading", { name: "Autumn review", level: 1 })).toBeVisible();
  const invite = await instructor.getByLabel("Invite link").inputValue();
  await candidate.goto(new URL(invite).pathname);
  await candidate.getByRole("button", { name: "Join Autumn review" }).click();
  await expect(candidate).toHaveURL(/\/cohorts$/);
  await expect(candidate.getByRole("region", { name: "Cohorts you belong to" }).getByRole("button", { name: "Leave Autumn review" })).toBeVisible();

  // The instructor opens the member's replay and comments on a moment of it.
  await instructor.reload();
  await instructor.getByRole("row", { name: /Review Candidate/ }).getByRole("link", { name: /Replay/ }).click();
  await expect(instructor.getByRole("heading", { name: /Replay: Scale a web application/ })).toBeVisible();
  await instructor.getByLabel("Replay time").fill("5");
  // The slider snaps to the log's own moments, so read the moment it shows (0:04 or 0:05).
  const moment = ((await instructor.getByLabel("Replay clock").textContent()) ?? "").match(/^\d+:\d\d/)?.[0] ?? "0:05";
  await instructor.getByRole("textbox", { name: `Comment at ${moment}` }).fill("Here you drew before asking about the read/write ratio.");
  await instructor.getByRole("button", { name: "Add comment at this moment" }).click();
  await expect(instructor.getByRole("article", { name: "Comment by Demo Instructor" })).toContainText("drew before asking");

  // The candidate sees it: a count in the header, the comment on the report, the moment on replay.
  await candidate.goto("/home");
  const notice = candidate.getByRole("link", { name: /1 new comment/ });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(candidate).toHaveURL(reportUrl);
  const comments = candidate.getByRole("region", { name: "Coach's comments" });
  await expect(comments.getByRole("article", { name: "Comment by Demo Instructor" })).toContainText("drew before asking");
  await comments.getByRole("link", { name: new RegExp(`at ${moment} of the replay`) }).click();
  await expect(candidate.getByLabel("Replay clock")).toHaveText(new RegExp(`^${moment} of `));
  await expect(candidate.getByRole("region", { name: /Coach's comments \(1\)/ })).toContainText("drew before asking");
  await candidate.goto("/home");
  await expect(candidate.getByRole("link", { name: /new comment/ })).toHaveCount(0);
});
