import { expect, test } from "@playwright/test";

const SURFACES = [
  { path: "/manage", title: "Overview", empty: "Your workspace is ready" },
  { path: "/work", title: "Your shifts", empty: "No shifts yet" },
  { path: "/account", title: "Your bookings", empty: "No bookings yet" },
  { path: "/admin", title: "Platform", empty: "Nothing needs your attention" },
];

for (const surface of SURFACES) {
  test(`${surface.path} shows its frame and empty state`, async ({ page }) => {
    await page.goto(surface.path);
    await expect(page.getByRole("heading", { level: 1, name: surface.title })).toBeVisible();
    await expect(page.getByRole("heading", { name: surface.empty })).toBeVisible();
    await expect(page.getByRole("link", { name: "Callboard" }).first()).toBeVisible();
  });
}

test("the manager sidebar becomes a drawer on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/manage");
  await page.getByRole("button", { name: "Open menu" }).click();
  const drawer = page.getByRole("dialog");
  await expect(drawer.getByRole("link", { name: "Overview" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
});
