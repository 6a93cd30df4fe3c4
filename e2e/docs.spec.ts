import { expect, test } from "@playwright/test";
import { accessTokenFor, registerVerifiedUser } from "./support/accounts";

// Swagger UI resolves and renders a large document in the browser: slow on a busy CI box.
test.describe.configure({ timeout: 60_000 });

test("API docs render from the app itself and can call an endpoint", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) {
      foreign.push(request.url());
    }
  });

  // Tags start folded (hundreds of operations); a deep link opens one.
  await page.goto("/docs#/Health/getHealth");
  await expect(page.getByRole("heading", { name: /Callboard API/ })).toBeVisible({
    timeout: 30_000,
  });
  const health = page.locator("#operations-Health-getHealth");
  await expect(health).toBeVisible();
  await expect(page.locator("#operations-tag-Contact")).toBeVisible();
  // The docs open operations in "try it out" mode, so Execute is there at once.
  await health.getByRole("button", { name: "Execute" }).click();
  const live = health.locator(".live-responses-table");
  await expect(live.locator("tbody .response-col_status")).toHaveText("200");
  await expect(live).toContainText('"status": "success"');

  expect(foreign, "the docs page must not load anything from another host").toEqual([]);
});

test("a person can authorize the docs with a bearer token and call a signed-in endpoint", async ({
  page,
  request,
}) => {
  const { email } = await registerVerifiedUser(request, "Docs Reader");
  const token = await accessTokenFor(request, email);

  // A deep link opens GET /me at once: with every module's operations the page is long.
  await page.goto("/docs#/Me/getMe");
  await page.getByRole("button", { name: "Authorize" }).first().click();
  // Swagger UI's authorization modal (not an ARIA dialog).
  const dialog = page.locator(".modal-ux");
  await dialog.locator("input").first().fill(token);
  await dialog.getByRole("button", { name: "Apply credentials" }).click();
  await dialog.getByRole("button", { name: "Close" }).first().click();

  const me = page.locator("#operations-Me-getMe");
  await me.getByRole("button", { name: "Execute" }).click();
  const live = me.locator(".live-responses-table");
  await expect(live.locator("tbody .response-col_status")).toHaveText("200");
  await expect(live).toContainText(email);
});
