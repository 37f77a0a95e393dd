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
