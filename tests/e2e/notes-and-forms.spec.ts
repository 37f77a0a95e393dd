import { expect, test } from "@playwright/test";
import { openNewInterview, registerFresh } from "./helpers";

test("a heading button on an empty line turns that line into the heading", async ({ page }) => {
  await registerFresh(page);
  await openNewInterview(page);
  await page.getByRole("tab", { name: "Notes" }).click();
  const notes = page.getByRole("textbox", { name: "Phase 1 notes" });
  await notes.click();
  await page.keyboard.type("Users post photos.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Heading 2" }).click();
  await page.keyboard.type("Bottlenecks");
  await expect(notes.getByRole("heading", { level: 2 })).toHaveText("Bottlenecks");
  // The first line stays a paragraph (Tiptap keeps an empty paragraph after the last block).
  await expect(notes.locator("> *").first()).toHaveText("Users post photos.");
  await expect(notes.locator("> *").first()).toHaveJSProperty("tagName", "P");
});

test("the catalogue's Clear resets every filter control", async ({ page }) => {
  await registerFresh(page);
  await page.goto("/practice");
  const filters = page.getByRole("search", { name: "Filter prompts" });
  await filters.getByLabel("Difficulty").selectOption("medium");
  await filters.getByLabel("Search").fill("url");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/difficulty=medium/);
  await filters.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(filters.getByLabel("Difficulty")).toHaveValue("");
  await expect(filters.getByLabel("Topic")).toHaveValue("");
  await expect(filters.getByLabel("Search")).toHaveValue("");
});

// A fresh phase's notes are a doc with no blocks; the first toolbar command used to be undone by
// the next keystroke (components/editor/notes-editor.tsx, withBlocks).
test("a heading button in an empty, unfocused editor makes its first line the heading", async ({ page }) => {
  await registerFresh(page);
  await openNewInterview(page);
  await page.getByRole("tab", { name: "Notes" }).click();
  const notes = page.getByRole("textbox", { name: "Phase 1 notes" });
  await expect(notes).toBeVisible();
  await page.getByRole("button", { name: "Heading 1" }).click();
  // Type once the click has landed (the editor focused, its first line a heading), as a person
  // would: keys typed within the same instant were lost on a loaded CI machine ("Scope" -> "ope").
  await expect(notes).toBeFocused();
  await expect(notes.getByRole("heading", { level: 1 })).toHaveCount(1);
  await page.keyboard.type("Scope");
  await expect(notes.getByRole("heading", { level: 1 })).toHaveText("Scope");
  // An empty line after a paragraph, reached by clicking at its end.
  await page.keyboard.press("Enter");
  await page.keyboard.type("Read heavy.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Heading 3" }).click();
  await page.keyboard.type("Numbers");
  await expect(notes.getByRole("heading", { level: 3 })).toHaveText("Numbers");
  await expect(notes.getByText("Read heavy.")).toHaveJSProperty("tagName", "P");
});
