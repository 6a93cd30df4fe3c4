import { expect, test } from "@playwright/test";

test("the outbox shows a new message without a reload when the worker delivers it", async ({
  page,
  request,
}) => {
  const email = `live-${Date.now()}@example.com`;
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { name: "The outbox is empty" })).toBeVisible();
  const loads: string[] = [];
  page.on("load", () => loads.push(page.url()));

  const sent = await request.post("/api/v1/contact-messages", {
    data: { name: "Live Reader", email, topic: "support", message: "Does the outbox update live?" },
  });
  expect(sent.status()).toBe(201);

  // The worker delivers, publishes on the outbox channel, and the page re-renders itself.
  const acknowledgement = page.frameLocator('iframe[title="We received your message"]');
  await expect(acknowledgement.getByText("Hi Live Reader,")).toBeVisible({ timeout: 20_000 });
  expect(loads, "the page must not have been reloaded").toEqual([]);
});
