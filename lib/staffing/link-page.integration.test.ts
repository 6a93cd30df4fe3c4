import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as calendarRoute from "@/app/r/[code]/calendar.ics/route";
import * as qrRoute from "@/app/r/[code]/qr.svg/route";
import { rateLimits } from "@/db/schema";
import { getDb } from "@/db/client";
import { ConflictError, NotFoundError, RateLimitError } from "@/lib/errors";
import { staffingOrg } from "./events.testing";
import { answerFromLink, clockInFromLink, clockOutFromLink } from "./link-page.service";
import { linkCalendar, linkQrCode, loadLinkPage } from "./link-page.queries";
import { requestRow, requirementRow } from "./requests.testing";
import { addRequest, auditsOf, timeEntryOf, workerWithPhone, workEvent } from "./worker.testing";

const CALL = new Date("2026-12-04T12:00:00Z"); // 07:00 in New York
const BEFORE = new Date("2026-12-01T15:00:00Z");
const minutes = (count: number) => count * 60_000;

async function linkFixture(options: { firstCome?: number } = {}) {
  const setup = await staffingOrg();
  const orgId = setup.org.id;
  const harbor = await workEvent(setup, { callAt: CALL, firstCome: options.firstCome });
  const other = await workEvent(setup, { callAt: CALL, name: "Other Event" });
  const ann = await workerWithPhone(orgId, "Ann Able", "+15550000001");
  const bob = await workerWithPhone(orgId, "Bob Brown", "+15550000002");
  return { setup, orgId, harbor, other, ann, bob };
}

describe("the link page", () => {
  it("groups the worker's requests of the event; others, queued and unknown codes stay out", async () => {
    const { orgId, harbor, other, ann, bob } = await linkFixture();
    const sent = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "sent");
    const available = await addRequest(orgId, harbor.showCrew.id, ann.id, "available");
    await addRequest(orgId, other.loadInCrew.id, ann.id, "confirmed");
    await addRequest(orgId, harbor.loadInCrew.id, bob.id, "sent");

    const page = await loadLinkPage(sent.shortCode, { now: BEFORE });
    expect(page?.worker.name).toBe("Ann Able");
    expect(page?.event.name).toBe("Harbor Festival");
    expect(page?.requestId).toBe(sent.id);
    expect(page?.groups.pending.map((request) => request.id)).toEqual([sent.id]);
    expect(page?.groups.available.map((request) => request.id)).toEqual([available.id]);
    expect(page?.groups.confirmed).toEqual([]);
    expect(page?.groups.closed).toEqual([]);
    const loadIn = page!.groups.pending[0]!;
    expect(loadIn.callTime).toMatchObject({
      name: "Load-in",
      date: "2026-12-04",
      time: "07:00",
      timeZone: "America/New_York",
      message: "Bring gloves; enter by the stage door.",
    });
    expect(loadIn.laborType.name).toBe("Stagehand");
    expect(loadIn.answerable).toBe(true);

    // The long token and a typed, lower-case short code open the same page.
    expect((await loadLinkPage(sent.token, { now: BEFORE }))?.requestId).toBe(sent.id);
    expect((await loadLinkPage(sent.shortCode.toLowerCase(), { now: BEFORE }))?.requestId).toBe(
      sent.id,
    );
    expect(await loadLinkPage("ZZZZZZZZZZ")).toBeNull();
    expect(await loadLinkPage("not a code!")).toBeNull();

    // A request not sent yet is not shown, so its code opens nothing on its own.
    const carl = await workerWithPhone(orgId, "Carl", "+15550000003");
    const queued = await addRequest(orgId, harbor.loadInCrew.id, carl.id, "queued");
    expect(await loadLinkPage(queued.shortCode)).toBeNull();
  });

  it("answers through the state machine with channel sms_link: first come confirms, then available, no declines", async () => {
    const { orgId, harbor, ann, bob } = await linkFixture({ firstCome: 1 });
    const annLoadIn = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "sent");
    const annShow = await addRequest(orgId, harbor.showCrew.id, ann.id, "sent");
    const bobLoadIn = await addRequest(orgId, harbor.loadInCrew.id, bob.id, "sent");

    const first = await answerFromLink(annLoadIn.shortCode, annLoadIn.id, "yes", { now: BEFORE });
    expect(first.outcome).toBe("confirmed");
    expect(first.request.links.calendar).toContain(`/r/${annLoadIn.token}/calendar.ics`);
    const row = await requestRow(annLoadIn.id);
    expect(row).toMatchObject({ state: "confirmed", answerChannel: "sms_link" });
    expect(row.answeredAt).toEqual(BEFORE);

    // The first-come place is taken: Bob's yes leaves him available for the manager.
    const second = await answerFromLink(bobLoadIn.token, bobLoadIn.id, "yes", { now: BEFORE });
    expect(second.outcome).toBe("available");
    expect((await requirementRow(harbor.loadInCrew.id)).confirmedCount).toBe(1);

    // Ann's link answers her other call time of the same event too.
    const no = await answerFromLink(annLoadIn.shortCode, annShow.id, "no", { now: BEFORE });
    expect(no.outcome).toBe("declined");
    const page = await loadLinkPage(annLoadIn.shortCode, { now: BEFORE });
    expect(page?.groups.confirmed.map((request) => request.id)).toEqual([annLoadIn.id]);
    expect(page?.groups.closed.map((request) => request.id)).toEqual([annShow.id]);
    expect(Object.keys(page!.qrCodes)).toEqual([annLoadIn.id]);
    expect(page!.qrCodes[annLoadIn.id]).toContain("<svg");

    // A no may become a yes while the call is ahead (the show's first-come place is free).
    const again = await answerFromLink(annLoadIn.shortCode, annShow.id, "yes", { now: BEFORE });
    expect(again.outcome).toBe("confirmed");
  });

  it("a yes on a reserved request confirms even with no first-come places", async () => {
    const { orgId, harbor, ann } = await linkFixture({ firstCome: 0 });
    const reserved = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "sent", {
      reserved: true,
    });
    const answer = await answerFromLink(reserved.shortCode, reserved.id, "yes", { now: BEFORE });
    expect(answer.outcome).toBe("confirmed");
    expect((await requirementRow(harbor.loadInCrew.id)).confirmedCount).toBe(1);
  });

  it("refuses other workers' and other events' requests (404), confirmed and past ones (409)", async () => {
    const { orgId, harbor, other, ann, bob } = await linkFixture();
    const annLoadIn = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "sent");
    const annOther = await addRequest(orgId, other.loadInCrew.id, ann.id, "sent");
    const bobLoadIn = await addRequest(orgId, harbor.loadInCrew.id, bob.id, "sent");
    const annShow = await addRequest(orgId, harbor.showCrew.id, ann.id, "confirmed");
    const code = annLoadIn.shortCode;

    await expect(answerFromLink(code, bobLoadIn.id, "yes", { now: BEFORE })).rejects.toThrow(
      NotFoundError,
    );
    await expect(answerFromLink(code, annOther.id, "yes", { now: BEFORE })).rejects.toThrow(
      NotFoundError,
    );
    await expect(answerFromLink("ZZZZZZZZZZ", annLoadIn.id, "yes")).rejects.toThrow(NotFoundError);
    await expect(answerFromLink(code, annShow.id, "no", { now: BEFORE })).rejects.toMatchObject({
      messageKey: "staffing.work.alreadyConfirmed",
    });
    await expect(
      answerFromLink(code, annLoadIn.id, "yes", { now: new Date(CALL.getTime() + 1) }),
    ).rejects.toMatchObject({ messageKey: "staffing.work.callTimePassed" });
    expect((await requestRow(bobLoadIn.id)).state).toBe("sent");
    expect((await requestRow(annOther.id)).state).toBe("sent");
    expect((await requestRow(annLoadIn.id)).state).toBe("sent");
  });

  it("rate-limits lookups per IP (429 with a retry time)", async () => {
    const { orgId, harbor, ann } = await linkFixture();
    const request = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "sent");
    const ip = "203.0.113.9";
    for (let attempt = 0; attempt < 120; attempt += 1) {
      await loadLinkPage(attempt % 2 ? request.shortCode : "ZZZZZZZZZZ", { ip });
    }
    const refused = await loadLinkPage(request.shortCode, { ip }).catch((error) => error);
    expect(refused).toBeInstanceOf(RateLimitError);
    expect((refused as RateLimitError).retryAfterSeconds).toBeGreaterThan(0);
    // Another visitor is not affected.
    expect(await loadLinkPage(request.shortCode, { ip: "203.0.113.10" })).not.toBeNull();
    await getDb()
      .delete(rateLimits)
      .where(eq(rateLimits.key, `request-link:ip:${ip}`));
  });
});

describe("calendar and QR code", () => {
  it("writes the confirmed call time in UTC with the place and the shift's minimum length", async () => {
    const { orgId, harbor, ann } = await linkFixture();
    const confirmed = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "confirmed");
    const calendar = await linkCalendar(confirmed.shortCode);
    expect(calendar?.filename).toBe("shift-2026-12-04.ics");
    const ics = calendar!.ics;
    // 07:00 in New York (EST, UTC−5) is 12:00 UTC.
    expect(ics).toContain("DTSTART:20261204T120000Z");
    expect(ics).toContain("DURATION:PT4H");
    expect(ics).toContain("SUMMARY:Harbor Festival – Load-in");
    expect(ics).toContain("LOCATION:Pier 17");
    expect(ics).toContain(`UID:labor-request-${confirmed.id}@callboard`);
    expect(ics).toContain("Bring gloves");

    const svg = await linkQrCode(confirmed.token);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);

    const pending = await addRequest(orgId, harbor.showCrew.id, ann.id, "sent");
    expect(await linkCalendar(pending.shortCode)).toBeNull();
    expect(await linkQrCode(pending.token)).toBeNull();
    expect(await linkCalendar("ZZZZZZZZZZ")).toBeNull();
  });
});

describe("the calendar and QR routes", () => {
  const get = (handler: typeof calendarRoute.GET, code: string, ip?: string) =>
    handler(
      new Request(`http://localhost/r/${code}`, {
        headers: ip ? { "x-forwarded-for": ip } : {},
      }),
      { params: Promise.resolve({ code }) },
    );

  it("serve files for a confirmed shift, 404 otherwise, 429 past the lookup limit", async () => {
    const { orgId, harbor, ann } = await linkFixture();
    const confirmed = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "confirmed");
    const calendar = await get(calendarRoute.GET, confirmed.shortCode);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(calendar.headers.get("content-disposition")).toContain("shift-2026-12-04.ics");
    expect(await calendar.text()).toContain("DTSTART:20261204T120000Z");
    const qr = await get(qrRoute.GET, confirmed.token);
    expect(qr.headers.get("content-type")).toBe("image/svg+xml");
    expect(await qr.text()).toContain("<svg");
    const unknown = await get(calendarRoute.GET, "ZZZZZZZZZZ");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("This link doesn't work");

    const ip = "198.51.100.7";
    await getDb()
      .insert(rateLimits)
      .values({ key: `request-link:ip:${ip}`, windowStart: new Date(), count: 120 });
    const limited = await get(qrRoute.GET, confirmed.token, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("self clock-in from the link", () => {
  it("opens 1 h before the call, counts an early arrival from the call, and audits the worker", async () => {
    const { orgId, harbor, ann } = await linkFixture();
    const shift = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "confirmed");
    const code = shift.shortCode;

    const early = await clockInFromLink(code, shift.id, {
      now: new Date(CALL.getTime() - minutes(61)),
    }).catch((error) => error);
    expect(early).toBeInstanceOf(ConflictError);
    expect(early).toMatchObject({
      messageKey: "staffing.work.clockInTooEarly",
      values: { date: "2026-12-04", time: "06:00" },
    });
    expect(await timeEntryOf(shift.id)).toBeUndefined();

    const clockedIn = await clockInFromLink(code, shift.id, {
      now: new Date(CALL.getTime() - minutes(20)),
    });
    expect(clockedIn.signedInAt).toEqual(CALL);
    await expect(
      clockInFromLink(code, shift.id, { now: new Date(CALL.getTime() - minutes(10)) }),
    ).rejects.toMatchObject({ messageKey: "staffing.work.alreadyClockedIn" });
    await expect(
      clockOutFromLink(code, shift.id, { now: new Date(CALL.getTime() - minutes(5)) }),
    ).rejects.toMatchObject({ messageKey: "staffing.work.clockOutBeforeStart" });

    const out = new Date(CALL.getTime() + minutes(5 * 60 + 7));
    await clockOutFromLink(code, shift.id, { now: out });
    await expect(
      clockOutFromLink(code, shift.id, { now: new Date(out.getTime() + 1000) }),
    ).rejects.toMatchObject({ messageKey: "staffing.work.alreadyClockedOut" });
    const entry = await timeEntryOf(shift.id);
    expect(entry).toMatchObject({ signedInAt: CALL, signedOutAt: out });
    const audits = await auditsOf(entry!.id);
    expect(audits.map((audit) => [audit.field, audit.actorUserId, audit.newValue])).toEqual([
      ["signedInAt:worker-link", null, CALL.toISOString()],
      ["signedOutAt:worker-link", null, out.toISOString()],
    ]);
  });

  it("records a late arrival as it is, closes an hour after the call, and only for confirmed shifts", async () => {
    const { orgId, harbor, ann, bob } = await linkFixture();
    const late = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "confirmed");
    const arrival = new Date(CALL.getTime() + minutes(25));
    expect((await clockInFromLink(late.shortCode, late.id, { now: arrival })).signedInAt).toEqual(
      arrival,
    );

    const tooLate = await addRequest(orgId, harbor.loadInCrew.id, bob.id, "confirmed");
    await expect(
      clockInFromLink(tooLate.shortCode, tooLate.id, {
        now: new Date(CALL.getTime() + minutes(61)),
      }),
    ).rejects.toMatchObject({
      messageKey: "staffing.work.clockInTooLate",
      values: { time: "08:00" },
    });

    const pending = await addRequest(orgId, harbor.showCrew.id, bob.id, "available");
    await expect(
      clockInFromLink(pending.shortCode, pending.id, { now: harbor.show.startsAt }),
    ).rejects.toMatchObject({ messageKey: "staffing.work.notConfirmed" });
    // Another worker's shift through this link: as if it did not exist.
    await expect(clockOutFromLink(late.shortCode, tooLate.id, { now: arrival })).rejects.toThrow(
      NotFoundError,
    );
  });
});
