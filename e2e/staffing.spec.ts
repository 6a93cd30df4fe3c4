import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { accessTokenFor, readOutbox, registerVerifiedUser, signInAs } from "./support/accounts";
import { replySms } from "./support/sms";

/** A call time tomorrow (UTC date), so the event is upcoming whenever the suite runs. */
function tomorrow(): string {
  return new Date(Date.now() + 24 * 3_600_000).toISOString().slice(0, 10);
}

/** Three neighbouring numbers clear of the demo seed's +1 415 555 01xx. */
const firstPhone = 1_000 + Math.floor(Math.random() * 8_000);
const phone = (offset: number) => `+1415555${firstPhone + offset}`;

async function api(request: APIRequestContext, token: string, orgId?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (orgId) headers["x-org-id"] = orgId;
  return {
    post: async (path: string, data: unknown) => {
      const response = await request.post(`/api/v1${path}`, { headers, data });
      expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
      return (await response.json()).data;
    },
  };
}

/** The link in the newest request SMS to `to`, as a path. */
async function requestLink(request: APIRequestContext, to: string): Promise<string> {
  const [url] = await readOutbox(request, to, /https?:\/\/\S+\/r\/[0-9A-Z]{10}/);
  return new URL(url).pathname;
}

const counter = (page: Page, kind: string, requirementId: string) =>
  page.getByTestId(`counter-${kind}-${requirementId}`);

test("a manager staffs a call time over SMS, the answers arrive live, and the time sheet adds up", async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();

  // An owner with a fresh organization, its skills and three workers (through the API, as
  // an import would).
  const owner = await registerVerifiedUser(request, "Staffing Owner");
  const token = await accessTokenFor(request, owner.email);
  const org = await (await api(request, token)).post("/orgs", { name: `Crew ${stamp}` });
  const staffing = await api(request, token, org.id);
  const stagehand = await staffing.post("/staffing/labor-types", { name: "Stagehand" });
  await staffing.post("/staffing/labor-types", { name: "Rigger" });
  const workers = {
    ana: { name: "Ana Answers", phone: phone(0) },
    ben: { name: "Ben Texts", phone: phone(1) },
    cy: { name: "Cy Declines", phone: phone(2) },
  };
  for (const worker of Object.values(workers)) {
    await staffing.post("/staffing/workers", { ...worker, laborTypeIds: [stagehand.id] });
  }

  await signInAs(page, owner.email, owner.password);

  // Location.
  await page.goto("/manage/staffing/locations/new");
  await page.locator('[name="name"]').fill("Harbor Arena");
  await page.locator('[name="address"]').fill("1 Pier Road");
  await page.getByTestId("location-form").locator('button[type="submit"]').click();
  await expect(page.getByTestId("locations-table")).toContainText("Harbor Arena");

  // Event.
  const day = tomorrow();
  await page.goto("/manage/staffing/events/new");
  await page.locator('[name="name"]').fill("Harbor Festival");
  await page.getByTestId("event-location").selectOption({ label: "Harbor Arena" });
  await page.locator('[name="startDate"]').fill(day);
  await page.locator('[name="endDate"]').fill(day);
  await page.getByTestId("event-submit").click();
  await expect(page.getByTestId("event-name")).toHaveText("Harbor Festival");
  const eventPath = new URL(page.url()).pathname;
  await page.getByTestId("event-activate").click();
  await page.getByRole("dialog").locator('button[type="submit"]').click();
  await expect(page.getByTestId("event-status")).toHaveText("Active");

  // Call time and two requirements.
  await page.getByTestId("call-time-add-empty").click();
  const callTimeForm = page.getByTestId("call-time-form");
  await callTimeForm.locator('[name="name"]').fill("Load-in");
  await callTimeForm.locator('[name="date"]').fill(day);
  await callTimeForm.locator('[name="time"]').fill("09:00");
  await callTimeForm.locator('button[type="submit"]').click();
  await expect(page.getByTestId("call-time")).toContainText("Load-in");

  for (const [laborType, needed] of [
    ["Stagehand", "2"],
    ["Rigger", "1"],
  ] as const) {
    await page.getByTestId("requirement-add").click();
    const form = page.getByTestId("requirement-form");
    await form.locator('[name="laborTypeId"]').selectOption({ label: laborType });
    await form.locator('[name="needed"]').fill(needed);
    await form.locator('[name="firstComePositions"]').fill("0");
    await form.locator('button[type="submit"]').click();
    await expect(page.getByTestId("requirement").filter({ hasText: laborType })).toBeVisible();
  }
  const stagehandRequirement = page.getByTestId("requirement").filter({ hasText: "Stagehand" });
  const requirementId = (await stagehandRequirement.getAttribute("data-requirement-id"))!;

  // Request the three workers from the fill list, then send.
  await stagehandRequirement.getByTestId("requirement-fill").click();
  await expect(page.getByTestId("fill-row")).toHaveCount(3);
  await page.getByTestId("fill-select-all").check();
  await page.getByTestId("fill-request").click();
  await page.waitForURL((url) => url.pathname === eventPath);
  await expect(page.getByTestId("request-row")).toHaveCount(3);
  await page.getByTestId("send-event").click();

  // New numbers are asked for consent first; each says YES and gets the request.
  for (const worker of Object.values(workers)) {
    await readOutbox(request, worker.phone, /Reply YES/i);
    await replySms(request, baseURL!, worker.phone, "YES");
  }
  const links = {
    ana: await requestLink(request, workers.ana.phone),
    cy: await requestLink(request, workers.cy.phone),
  };
  await expect(counter(page, "pending", requirementId)).toHaveText("3");
  // From here on the manager's page must update by itself: a full reload would drop this mark.
  await page.evaluate(() => Object.assign(window, { __stillTheSamePage: true }));

  // Ana says yes on her link page (no sign-in), in a browser of her own.
  const anaContext = await browser.newContext();
  const anaPage = await anaContext.newPage();
  await anaPage.goto(links.ana);
  await expect(anaPage.getByText("Harbor Festival").first()).toBeVisible();
  await anaPage.getByTestId("answer-yes").first().click();
  await expect(anaPage.getByTestId("outcome")).toBeVisible();
  await expect(counter(page, "available", requirementId)).toHaveText("1");

  // Ben replies YES to the text; Cy declines on the page. The manager's page never reloads.
  await replySms(request, baseURL!, workers.ben.phone, "YES");
  await expect(counter(page, "available", requirementId)).toHaveText("2");
  const cyContext = await browser.newContext();
  const cyPage = await cyContext.newPage();
  await cyPage.goto(links.cy);
  await cyPage.getByTestId("answer-no").first().click();
  await expect(cyPage.getByTestId("outcome")).toBeVisible();
  await expect(counter(page, "declined", requirementId)).toHaveText("1");
  await expect(counter(page, "pending", requirementId)).toHaveText("0");

  // The bell counted the three answers; reading them clears the count.
  await expect(page.getByTestId("notification-count")).toHaveText("3");
  await page.getByTestId("notification-bell").click();
  await expect(
    page.getByTestId("notification-item").filter({ hasText: workers.cy.name }),
  ).toBeVisible();
  await page.getByTestId("notifications-mark-read").click();
  await expect(page.getByTestId("notification-count")).toHaveCount(0);
  await page.keyboard.press("Escape");
  expect(await page.evaluate(() => "__stillTheSamePage" in window)).toBe(true);

  // The manager confirms Ana; she gets the confirmation text with her calendar link.
  const anaRow = page.getByTestId("request-row").filter({ hasText: workers.ana.name });
  await anaRow.getByTestId("request-confirm").click();
  await expect(counter(page, "confirmed", requirementId)).toHaveText("1");
  await readOutbox(request, workers.ana.phone, /calendar\.ics/);

  // Time sheet: in at the call (09:00), a 30-minute unpaid meal at 12:00, out at 17:10.
  await page.getByTestId("call-time-timesheet").click();
  await page.getByTestId("timesheet-sign-in").click();
  await page.getByTestId("timesheet-sign-in-form").locator('button[type="submit"]').click();
  await page.getByTestId("timesheet-add-break").click();
  const breakForm = page.getByTestId("timesheet-break-form");
  await breakForm.locator('[name="date"]').fill(day);
  await breakForm.locator('[name="time"]').fill("12:00");
  await breakForm.locator('[name="durationMinutes"]').fill("30");
  await breakForm.locator('[name="paid"]').selectOption("unpaid");
  await breakForm.locator('button[type="submit"]').click();
  await expect(page.getByTestId("timesheet-break")).toHaveCount(1);
  await page.getByTestId("timesheet-sign-out").click();
  const signOut = page.getByTestId("timesheet-sign-out-form");
  await signOut.locator('[name="date"]').fill(day);
  await signOut.locator('[name="time"]').fill("17:10");
  await signOut.locator('button[type="submit"]').click();

  // 09:00 → 17:10 rounds down to 17:00 (10 minutes is within the 15-minute grace), minus the
  // unpaid half hour: 7.5 hours, no meal penalty (no stretch reached 5 hours).
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /csv/i }).first().click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  const anaLine = text.split(/\r?\n/).find((line) => line.includes(workers.ana.name));
  expect(anaLine, text).toBeDefined();
  // Name, labor type, in, out, breaks, hours, meal penalty, overtime, total, cost.
  const cells = anaLine!.split(",").map((cell) => cell.replace(/^"|"$/g, ""));
  expect(cells.slice(1, 4)).toEqual(["Stagehand", `${day} 09:00`, `${day} 17:00`]);
  expect(cells.slice(5, 9).map(Number)).toEqual([7.5, 0, 0, 7.5]);

  await anaContext.close();
  await cyContext.close();
});
