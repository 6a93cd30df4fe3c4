import { expect, test } from "@playwright/test";
import { linkFromOutbox, PASSWORD, uniqueEmail } from "./support/accounts";

test("a new owner signs up, creates an organization and a manager joins by email invitation", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const ownerEmail = uniqueEmail("owner");
  const orgName = `Hora Events ${Date.now()}`;

  // Sign up, verify from the outbox, sign in.
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Drilon Owner");
  await page.getByLabel("Email").fill(ownerEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
  await page.goto(await linkFromOutbox(request, ownerEmail, "/verify-email"));
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  // Create the organization.
  await page.goto("/manage");
  await expect(page.getByRole("heading", { name: "Create your organization" })).toBeVisible();
  await page.getByRole("textbox", { name: "Organization name" }).fill(orgName);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByText(`${orgName} at a glance.`)).toBeVisible();

  // Invite a manager by email.
  const managerEmail = uniqueEmail("manager");
  await page.getByRole("link", { name: "Team" }).click();
  await page.getByTestId("invite-open").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Email address" }).fill(managerEmail);
  await dialog.getByTestId("invite-role").click();
  await page.getByRole("option", { name: "Manager" }).click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  await expect(page.getByTestId("invitation-row").filter({ hasText: "Pending" })).toBeVisible();

  // The manager, signed out in their own browser, accepts by creating an account.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await manager.goto(await linkFromOutbox(request, managerEmail, "/invite/"));
  await expect(manager.getByTestId("invitation")).toHaveAttribute("data-status", "pending");
  await expect(manager.getByRole("heading", { level: 1, name: `Join ${orgName}` })).toBeVisible();
  await manager.getByLabel("Full name").fill("Vesa Manager");
  await manager.getByLabel("Password").fill(PASSWORD);
  await manager.getByRole("button", { name: "Create account and join" }).click();
  await expect(manager).toHaveURL(/\/manage$/);
  await expect(manager.getByText(`${orgName} at a glance.`)).toBeVisible();
  await expect(manager.getByTestId("org-switcher")).toContainText("Manager");
  await managerContext.close();

  // The owner sees the new member.
  await page.reload();
  const memberRow = page.getByRole("row").filter({ hasText: "Vesa Manager" });
  await expect(memberRow).toContainText(managerEmail);
  await expect(memberRow).toContainText("Manager");
});
