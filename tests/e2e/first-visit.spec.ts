import { expect, test } from "@playwright/test";
import { openNewInterview, registerFresh, signIn } from "./helpers";

test("the demo candidate finds a finished sample interview with its report and replay", async ({ page }) => {
  await signIn(page);
  await page.goto("/history");
  await page.getByRole("link", { name: "Report" }).first().click();
  await expect(page).toHaveURL(/\/sessions\/.+\/report$/);
  const report = page.getByRole("article", { name: /Report: Scale a web application/ });
  await expect(report.getByText(/\/ ?100/).first()).toBeVisible();
  await page.getByRole("link", { name: "Replay the session" }).click();
  await expect(page.getByRole("heading", { name: /Replay: Scale a web application/ })).toBeVisible();
  await expect(page.getByRole("slider")).toBeVisible();
});

test("the header links to the concepts, the site has an icon, and the palette's names are whole", async ({ page }) => {
  await registerFresh(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Concepts" }).click();
  await expect(page).toHaveURL(/\/concepts$/);

  const icon = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);

  await openNewInterview(page);
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  const palette = page.getByRole("region", { name: "Components" });
  await expect(palette.getByRole("button", { name: "Add message queue", exact: true })).toBeVisible();
  const clipped = await palette.locator("button span").evaluateAll((spans) =>
    spans.filter((span) => span.scrollWidth > span.clientWidth + 1).map((span) => span.textContent),
  );
  expect(clipped).toEqual([]);
});
