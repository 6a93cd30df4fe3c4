import { expect, test } from "@playwright/test";
import { accessTokenFor, registerVerifiedUser, signInAs } from "./support/accounts";

for (const path of ["/manage", "/work", "/account", "/admin"]) {
  test(`${path} asks a signed-out visitor to sign in, then comes back`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { name: "Sign in to Callboard" })).toBeVisible();
  });
}

test("a signed-in customer sees their surfaces, and /admin does not exist for them", async ({
  page,
  request,
}) => {
  const { email } = await registerVerifiedUser(request, "Mira Customer");
  await signInAs(page, email);
  for (const surface of [
    { path: "/work", title: "Open requests", empty: "We don't know your worker profile yet" },
    { path: "/account", title: "Your bookings", empty: "No bookings yet" },
  ]) {
    await page.goto(surface.path);
    await expect(page.getByRole("heading", { level: 1, name: surface.title })).toBeVisible();
    await expect(page.getByRole("heading", { name: surface.empty })).toBeVisible();
  }
  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(404);
});

test("the manager sidebar becomes a drawer on a phone", async ({ page, request }) => {
  const { email } = await registerVerifiedUser(request, "Pjeter Manager");
  const token = await accessTokenFor(request, email);
  const org = await request.post("/api/v1/orgs", {
    headers: { authorization: `Bearer ${token}` },
    data: { name: "Drawer Events" },
  });
  expect(org.status()).toBe(201);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, email);
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
