import { expect, test } from "@playwright/test";
import { openNewInterview, registerFresh } from "./helpers";

/** The board without a mouse: add, select, connect, move and delete, with focus shown and names announced. */
test("the whole board works from the keyboard", async ({ page }) => {
  await registerFresh(page);
  await openNewInterview(page);
  await page.getByRole("tab", { name: /Whiteboard/ }).click();

  // Add: palette buttons answer Enter.
  await page.getByRole("button", { name: "Add web server", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Add SQL database", exact: true }).focus();
  await page.keyboard.press("Enter");

  // Select and connect: the node picker and the inspector are plain form controls.
  const picker = page.getByLabel("Selected node");
  await picker.focus();
  await picker.selectOption({ label: "web — web server" });
  const inspector = page.getByRole("form", { name: "Inspector" });
  await inspector.getByLabel("Connect to").focus();
  await inspector.getByLabel("Connect to").selectOption("db");
  await inspector.getByRole("button", { name: "Connect", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(inspector.getByRole("button", { name: "Remove connection to db" })).toBeVisible();

  // Nodes and edges carry names a screen reader reads out.
  const web = page.locator('.react-flow__node[data-id="web"]');
  await expect(web).toHaveAttribute("aria-label", /web \(web server\)/);
  await expect(page.locator(".react-flow__edge").first()).toHaveAttribute("aria-label", "Connection from web to db");

  // Move: a focused, selected node follows the arrow keys; focus is visible.
  const ring = () => web.evaluate((element) => `${getComputedStyle(element).outlineStyle} ${getComputedStyle(element).outlineWidth} ${getComputedStyle(element).boxShadow}`);
  const unfocused = await ring();
  // Reach the node with the keyboard (Tab order), as a keyboard user would.
  await web.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(web).toBeFocused();
  expect(await ring()).not.toBe(unfocused);
  const before = await web.evaluate((element) => (element as HTMLElement).style.transform);
  await page.keyboard.press("Enter");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => web.evaluate((element) => (element as HTMLElement).style.transform)).not.toBe(before);

  // Delete: the Delete key removes the selected node.
  await web.focus();
  await page.keyboard.press("Delete");
  await expect(page.locator('.react-flow__node[data-id="web"]')).toHaveCount(0);
  await expect(picker.locator("option")).toHaveCount(2);
});
