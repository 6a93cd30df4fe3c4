import { expect, test } from "@playwright/test";

test.describe("contact form", () => {
  test("shows field errors inline, then sends a valid message", async ({ page }) => {
    await page.goto("/contact");
    await page.getByRole("button", { name: "Send message" }).click();

    const name = page.getByLabel("Your name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("This field is required.").first()).toBeVisible();

    await name.fill("Marcus Reed");
    await page.getByLabel("Email").fill("marcus@example");
    await page.getByLabel("Company (optional)").fill("Stagecrew Events");
    await page.getByRole("combobox", { name: "Topic" }).click();
    await page.getByRole("option", { name: "Help with Callboard" }).click();
    await page.getByLabel("Message").fill("Short");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByText("Must be at least 10 characters.")).toBeVisible();

    // Unique per run: the end-to-end database keeps earlier runs' messages.
    const email = `marcus+${Date.now()}@stagecrew.example`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Message").fill("How do workers confirm a shift from the SMS link?");
    await page.getByRole("button", { name: "Send message" }).click();

    await expect(page.getByText("Thanks — your message is on its way.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("");

    // The acknowledgement, rendered by the job worker, waits in the development outbox.
    await expect(async () => {
      await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
      const acknowledgement = page.frameLocator('iframe[title="We received your message"]');
      await expect(acknowledgement.getByText("Hi Marcus Reed,")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  });

  test("is usable with the keyboard alone", async ({ page }) => {
    await page.goto("/contact");
    await page.getByLabel("Your name").focus();
    await page.keyboard.type("Ana Keyboard");
    await page.keyboard.press("Tab");
    await page.keyboard.type("ana@example.com");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "Partnership" }).press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("We would like to resell Callboard to venues.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Thanks — your message is on its way.")).toBeVisible();
  });
});
