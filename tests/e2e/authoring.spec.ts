import { expect, test, type Page } from "@playwright/test";
import { registerFresh, sameOrigin, signIn } from "./helpers";

// An instructor writes a prompt in the browser (two facts and a reference design), previews it
// as a candidate, publishes it; a candidate then finds it in the catalogue and gets one of its
// facts from the interviewer.

const INSTRUCTOR = { email: "instructor@designdrill.dev", password: "teach-the-trade-offs" };
const slug = `club-photos-${Date.now().toString(36)}`;
const title = `Photo sharing for a club ${Date.now().toString(36)}`;

async function connect(page: Page, from: string, to: string) {
  await page.getByLabel("Selected node", { exact: true }).selectOption({ value: from });
  const inspector = page.getByRole("form", { name: "Inspector" });
  await inspector.getByLabel("Connect to", { exact: true }).selectOption({ value: to });
  await inspector.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(inspector.getByRole("button", { name: `Remove connection to ${to}` })).toBeVisible();
}

test("an instructor writes, previews and publishes a prompt; a candidate gets its fact", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, INSTRUCTOR.email, INSTRUCTOR.password);
  await page.goto("/author");
  await page.getByRole("link", { name: "New prompt" }).click();
  await expect(page.getByRole("heading", { name: "New prompt" })).toBeVisible();

  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Title (English)", { exact: true }).fill(title);
  await page.getByLabel("Title (Korean)", { exact: true }).fill("동호회 사진 공유");
  await page.getByLabel("Summary (English)", { exact: true }).fill("A small photo-sharing site for a club: a first interview.");
  await page.getByLabel("Topics", { exact: true }).fill("cache, database");
  const statement = page.getByRole("textbox", { name: "Statement (English)" });
  await statement.click();
  await page.keyboard.type("Design a site where club members share photos.");

  // A save with fields missing names them, and keeps everything typed.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { name: "Fields to fix" })).toBeVisible();
  await expect(page.getByLabel("Fact 1 answer (English)", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title (English)", { exact: true })).toHaveValue(title);

  await page.getByLabel("Fact 1 id", { exact: true }).fill("daily-users");
  await page.getByLabel("Fact 1 topic", { exact: true }).fill("scale");
  await page.getByLabel("Fact 1 phrasings", { exact: true }).fill("how many users\ndaily active users");
  await page.getByLabel("Fact 1 answer (English)", { exact: true }).fill("About forty thousand members use it every day.");
  await page.getByLabel("Fact 1 is a key fact", { exact: true }).check();
  await page.getByLabel("Add a requirement (fact 1)", { exact: true }).selectOption({ label: "Daily active users" });
  await page.getByLabel("Daily active users (fact 1)", { exact: true }).fill("40000");

  await page.getByRole("button", { name: "Add a fact" }).click();
  await page.getByLabel("Fact 2 id", { exact: true }).fill("photo-size");
  await page.getByLabel("Fact 2 topic", { exact: true }).fill("media");
  await page.getByLabel("Fact 2 phrasings", { exact: true }).fill("how big are the photos\nphoto size");
  await page.getByLabel("Fact 2 answer (English)", { exact: true }).fill("Photos are about 2 MB each.");
  await page.getByLabel("Add a requirement (fact 2)", { exact: true }).selectOption({ label: "Bytes per media item" });
  await page.getByLabel("Bytes per media item (fact 2)", { exact: true }).fill("2000000");

  // The interview's matcher, on the facts as typed.
  await page.getByLabel("A candidate's question", { exact: true }).fill("How large are the photos people upload?");
  await page.getByRole("button", { name: "Find the fact" }).click();
  await expect(page.getByTestId("which-fact-result")).toContainText("photo-size");
  await expect(page.getByTestId("which-fact-result")).toContainText("Photos are about 2 MB each.");

  // The reference design on the candidates' whiteboard, scored live: one web server and one
  // database miss the availability target; two web servers and a replica meet it.
  for (const kind of ["client", "load balancer", "web server", "SQL database"]) await page.getByRole("button", { name: `Add ${kind}`, exact: true }).click();
  await connect(page, "users", "lb");
  await connect(page, "lb", "web");
  await connect(page, "web", "db");
  const score = page.getByRole("complementary", { name: "Reference design score" });
  await expect(score).toContainText("Does not meet the full requirements", { timeout: 20_000 });
  await expect(score).toContainText("availabilityTarget");

  const inspector = page.getByRole("form", { name: "Inspector" });
  await page.getByLabel("Selected node", { exact: true }).selectOption({ value: "web" });
  await inspector.getByLabel("Instances", { exact: true }).fill("2");
  await inspector.getByLabel("Instances", { exact: true }).blur();
  await page.getByRole("button", { name: "Add SQL database", exact: true }).click();
  await page.getByLabel("Selected node", { exact: true }).selectOption({ value: "db-2" });
  await inspector.getByLabel("Role", { exact: true }).selectOption("replica");
  await inspector.getByLabel("Role", { exact: true }).blur();
  await inspector.getByLabel("Replica of", { exact: true }).selectOption("db");
  await inspector.getByLabel("Replica of", { exact: true }).blur();
  await connect(page, "web", "db-2");
  await expect(score).toContainText("Meets the full requirements.", { timeout: 20_000 });
  await expect(page.getByTestId("reference-score")).toHaveText(/^\d+$/);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/author/${slug}$`), { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: `Edit “${title}”` })).toBeVisible();
  await expect(page.getByText("Version 1 · draft")).toBeVisible();

  // Preview: a real practice session on the draft, with the facts beside the chat.
  await page.getByRole("button", { name: "Preview as a candidate" }).click();
  await expect(page).toHaveURL(/\/interview\//, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "Facts (preview)" })).toBeVisible();
  await expect(page.getByText(/preview: not counted/)).toBeVisible();

  // Not in the catalogue until published.
  await page.goto("/practice");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);

  await page.goto(`/author/${slug}`);
  await page.getByRole("button", { name: "Publish version 1" }).first().click();
  await expect(page.getByRole("status")).toContainText("Version 1 is published");

  // A candidate finds it and asks, in their own words, about photo sizes.
  await page.context().clearCookies();
  await registerFresh(page);
  await page.goto("/practice");
  await page.getByRole("link", { name: new RegExp(title) }).first().click();
  await page.getByRole("radio", { name: /Practice mode/ }).check();
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/interview\//);
  await expect(page.getByRole("heading", { name: "Facts (preview)" })).toHaveCount(0);
  await page.getByLabel("Ask the interviewer", { exact: true }).fill("What size are the images?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByRole("log", { name: "Interview chat" })).toContainText("Photos are about 2 MB each.", { timeout: 20_000 });
});

test("a second save on the same version shows both texts and loses nothing; a broken import names its fields", async ({ page }) => {
  await signIn(page, INSTRUCTOR.email, INSTRUCTOR.password);
  await page.goto("/author/news-feed");
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  const titleBox = page.getByLabel("Title (English)", { exact: true });
  const original = await titleBox.inputValue();

  // Another instructor saves first (through the API, with this browser's session).
  const detail = (await (await page.request.get("/api/author/prompts/news-feed")).json()) as { latest: { version: number; document: Record<string, unknown> } };
  const theirs = await page.request.post("/api/author/prompts/news-feed/versions", {
    headers: sameOrigin(),
    data: { baseVersion: detail.latest.version, document: { ...detail.latest.document, summary: "Their summary, saved first." } },
  });
  expect(theirs.status()).toBe(201);

  await titleBox.fill(`${original} (my edit)`);
  await page.getByRole("button", { name: "Save draft" }).click();
  const conflict = page.getByRole("region", { name: /Someone saved version \d+ while you were editing/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByLabel("Your unsaved text")).toHaveValue(/\(my edit\)/);
  await expect(conflict.getByLabel(/Their version/)).toHaveValue(/Their summary, saved first\./);
  await expect(titleBox).toHaveValue(`${original} (my edit)`);

  // Keeping mine on top of theirs saves it as the next version.
  await conflict.getByRole("button", { name: /Keep mine on top of version/ }).click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText(`Saved as draft version ${detail.latest.version + 2}.`);

  await page.goto("/author");
  await page.getByLabel("Prompt YAML file", { exact: true }).setInputFiles({
    name: "broken.yaml",
    mimeType: "application/yaml",
    buffer: Buffer.from("slug: Broken Slug\ntitle: Broken\nsummary: s\ndifficulty: trivial\ntopics: [cache]\nstatement: s\nfacts: []\nreferenceDesign: {}\n"),
  });
  await page.getByRole("button", { name: "Import" }).click();
  const problems = page.getByRole("alert", { name: "Import problems" });
  await expect(problems).toContainText("slug");
  await expect(problems).toContainText("difficulty");
  await expect(problems).toContainText("facts");
});
