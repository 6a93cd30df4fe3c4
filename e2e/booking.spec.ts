import { type APIRequestContext, expect, test } from "@playwright/test";
import { accessTokenFor, readOutbox, registerVerifiedUser, signInAs } from "./support/accounts";
import { completeBookingsAt, sendBookingRemindersAt } from "./support/booking-jobs";

const ZONE = "Europe/Tirane";

/** Tomorrow's date in the business's zone (YYYY-MM-DD), so the slot is always ahead. */
function tomorrowInZone(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(
    new Date(Date.now() + 24 * 3_600_000),
  );
}

async function api(request: APIRequestContext, token: string, orgId?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (orgId) headers["x-org-id"] = orgId;
  const call = async (method: "post" | "put", path: string, data: unknown) => {
    const response = await request[method](`/api/v1${path}`, { headers, data });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return (await response.json()).data;
  };
  return {
    post: (path: string, data: unknown) => call("post", path, data),
    put: (path: string, data: unknown) => call("put", path, data),
  };
}

test("a customer books a nearby business, the business confirms it live, and the visit is reminded, rated and answered", async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  // A spot of its own (the sea west of Albania), so "near me" finds this business first.
  const spot = { latitude: 41.1 + (stamp % 1000) / 100_000, longitude: 19.2 };

  // The business, set up through the API as its mobile app would: one service, one
  // employee, open every day, bookings wait for approval.
  const owner = await registerVerifiedUser(request, "Salon Owner");
  const ownerToken = await accessTokenFor(request, owner.email);
  const org = await (await api(request, ownerToken)).post("/orgs", { name: `Salon ${stamp}` });
  const manage = await api(request, ownerToken, org.id);
  const businessName = `Harbor Cuts ${stamp}`;
  const business = await manage.post("/manage/businesses", {
    name: businessName,
    address: "Rruga e Portit 1, Durrës",
    ...spot,
    timeZone: ZONE,
    currency: "EUR",
    autoConfirm: false,
    minNoticeMinutes: 0,
    reminderHours: [24, 1],
  });
  const employee = await manage.post(`/manage/businesses/${business.id}/employees`, {
    name: "Ana Barber",
  });
  await manage.post(`/manage/businesses/${business.id}/services`, {
    name: { en: "Haircut", sq: "Prerje flokësh" },
    durationMinutes: 30,
    priceMinor: 1500,
    employeeIds: [employee.id],
  });
  await manage.put(`/manage/businesses/${business.id}/hours`, {
    ranges: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opensAt: "08:00",
      closesAt: "20:00",
    })),
  });
  await manage.post(`/manage/businesses/${business.id}/publish`, {});

  const customer = await registerVerifiedUser(request, "Cora Customer");
  const day = tomorrowInZone();

  // The owner watches the calendar of that day.
  const ownerContext = await browser.newContext({ timezoneId: ZONE });
  const ownerPage = await ownerContext.newPage();
  await signInAs(ownerPage, owner.email, owner.password);
  await ownerPage.goto(`/manage/bookings?business=${business.id}&view=day&date=${day}`);
  await expect(ownerPage.getByTestId("calendar-booking")).toHaveCount(0);
  await ownerPage.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // The customer searches near where they stand.
  const customerContext = await browser.newContext({
    timezoneId: ZONE,
    geolocation: spot,
    permissions: ["geolocation"],
  });
  const page = await customerContext.newPage();
  await signInAs(page, customer.email, customer.password);
  await page.goto("/businesses");
  await page.getByTestId("search-near-me").click();
  await expect(page).toHaveURL(/lat=/);
  const first = page.getByTestId("business-result").first();
  await expect(first).toContainText(businessName);
  await first.getByRole("link", { name: businessName }).first().click();

  // The business page, then the stepper: service, staff, time, confirm.
  await expect(page.getByRole("heading", { name: businessName })).toBeVisible();
  await page.getByRole("link", { name: "Book Haircut" }).click();
  await expect(page.getByRole("checkbox", { name: /Haircut/ })).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: /Ana Barber/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator(`[data-testid="day"][data-date="${day}"]`).click();
  await expect(page.locator(`[data-testid="day"][data-date="${day}"]`)).toHaveAttribute(
    "aria-current",
    "date",
  );
  await page.getByTestId("slot").filter({ hasText: "10:00" }).first().click();
  await page.getByLabel("Notes for the business").fill("Short on the sides, please.");
  await page.getByTestId("booking-submit").click();
  await expect(page).toHaveURL(/\/account\/bookings\/[0-9a-f-]{36}/);
  const bookingId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("booking-status")).toHaveText("Pending");
  await page.goto("/account");
  await expect(page.getByTestId("booking-card").filter({ hasText: businessName })).toBeVisible();

  // The booking appears in the owner's calendar without a reload; the owner confirms it.
  const block = ownerPage.locator(
    `[data-testid="calendar-booking"][data-booking-id="${bookingId}"]`,
  );
  await expect(block).toBeVisible({ timeout: 20_000 });
  expect(
    await ownerPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
  await block.click();
  await ownerPage.getByTestId("booking-confirm").click();
  await expect(ownerPage.getByTestId("booking-status")).toHaveText("Confirmed");

  // The reminder job, its clock half an hour before the visit, mails the customer once.
  const startsAt = new Date(
    new Date(`${day}T10:00:00Z`).getTime() - zoneOffsetMs(day) /* 10:00 in Tirana */,
  );
  const reminderClock = new Date(startsAt.getTime() - 30 * 60_000);
  expect((await sendBookingRemindersAt(reminderClock)).sent).toBeGreaterThanOrEqual(1);
  // Once: a second run at the same moment has nothing left to send.
  expect((await sendBookingRemindersAt(reminderClock)).sent).toBe(0);
  await readOutbox(request, customer.email, /Haircut with Ana Barber[\s\S]*See you soon!/);

  // The completion job after the visit; then the customer rates it.
  await completeBookingsAt(new Date(startsAt.getTime() + 31 * 60_000));
  await page.goto(`/account/bookings/${bookingId}`);
  await expect(page.getByTestId("booking-status")).toHaveText("Completed");
  const ratingForm = page.getByTestId("rating-form").first();
  // The stars are labels around visually hidden radios: click the fourth star.
  await ratingForm.locator("label", { has: page.getByRole("radio", { name: "4 stars" }) }).click();
  await expect(ratingForm.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await ratingForm.getByRole("textbox").first().fill("Quick and friendly.");
  await ratingForm.locator('button[type="submit"]').click();
  await expect(page.getByText("Quick and friendly.")).toBeVisible();

  // The business replies from its ratings page; the customer sees the reply.
  await ownerPage.goto("/manage/bookings/ratings");
  const rating = ownerPage.getByTestId("rating-item").filter({ hasText: "Quick and friendly." });
  await rating.getByLabel("Reply").fill("Thank you, see you next time!");
  await rating.getByTestId("rating-reply-submit").click();
  await expect(rating).toContainText("Thank you, see you next time!");
  await page.reload();
  await expect(page.getByText("Thank you, see you next time!")).toBeVisible();

  // The averages job (queued by the rating) puts 4.0 on the business page.
  await expect
    .poll(
      async () => {
        await page.goto(`/businesses/${business.slug}`);
        return page.getByTestId("business-rating").innerText();
      },
      { timeout: 30_000 },
    )
    .toContain("4.0");

  await ownerContext.close();
  await customerContext.close();
});

/** Tirana's UTC offset on a date, in ms (+1 h in winter, +2 h in summer). */
function zoneOffsetMs(day: string): number {
  const noon = new Date(`${day}T12:00:00Z`);
  const local = new Date(noon.toLocaleString("en-US", { timeZone: ZONE }));
  const utc = new Date(noon.toLocaleString("en-US", { timeZone: "UTC" }));
  return local.getTime() - utc.getTime();
}
