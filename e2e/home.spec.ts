import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("says what Callboard is and leads to the docs and contact pages", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Callboard/);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Staff your events, fill your calendar, keep your customers.",
      }),
    ).toBeVisible();
    for (const feature of ["Staffing", "Bookings", "CRM"]) {
      await expect(page.getByRole("heading", { level: 3, name: feature })).toBeVisible();
    }
    await page.getByRole("link", { name: "Talk to us" }).click();
    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Talk to the Callboard team");
  });

  test("switches to Albanian and remembers it", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Language").selectOption("sq");
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Siguroni stafin, mbushni kalendarin, mbani klientët.",
      }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "sq");
    await page.reload();
    await expect(page.getByRole("link", { name: "Na shkruani" })).toBeVisible();
  });

  test("follows the browser's language when nothing was chosen", async ({ browser }) => {
    const context = await browser.newContext({ locale: "sq-AL" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "sq");
    await context.close();
  });

  test("toggles dark mode", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    const toggle = page.getByRole("button", { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName("Theme: System");
    await toggle.click(); // system → light
    await toggle.click(); // light → dark
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
  });

  test("fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("answers unknown pages with a helpful 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the home page" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
