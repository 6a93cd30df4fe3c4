import { describe, expect, it } from "vitest";
import * as requestsRoute from "@/app/api/v1/work/requests/route";
import * as answerRoute from "@/app/api/v1/work/requests/[id]/answer/route";
import * as clockInRoute from "@/app/api/v1/work/requests/[id]/clock-in/route";
import * as clockOutRoute from "@/app/api/v1/work/requests/[id]/clock-out/route";
import * as scheduleRoute from "@/app/api/v1/work/schedule/route";
import * as historyRoute from "@/app/api/v1/work/history/route";
import { callApi } from "@/lib/testing/api";
import { staffingOrg } from "./events.testing";
import { requestRow } from "./requests.testing";
import { resolveWorkerSelf } from "./worker-link.service";
import { listMyDeclinedAhead } from "./worker-work.queries";
import { answerMyRequest } from "./worker-work.service";
import {
  addRequest,
  auditsOf,
  setTimeEntry,
  timeEntryOf,
  userWithPhone,
  workerRow,
  workerWithPhone,
  workEvent,
} from "./worker.testing";

const HOUR = 3_600_000;
let nextPhone = 7_000_000;
/** Phones are unique per user (and per org among workers): each test takes fresh ones. */
const freshPhone = () => `+1555${(nextPhone += 1)}`;
const FUTURE = new Date("2030-06-03T11:00:00Z"); // 07:00 in New York (EDT)
const PAST = new Date("2025-06-02T11:00:00Z"); // 07:00 in New York (EDT)

/** A worker in two orgs with the same phone, and a user who verified that phone. */
async function twoOrgWorker() {
  const PHONE = freshPhone();
  const first = await staffingOrg("First Crew");
  const second = await staffingOrg("Second Crew");
  const annFirst = await workerWithPhone(first.org.id, "Ann Able", PHONE);
  const annSecond = await workerWithPhone(second.org.id, "Ann A.", PHONE);
  const user = await userWithPhone(PHONE);
  return { first, second, annFirst, annSecond, user };
}

describe("/api/v1/work", () => {
  it("answers 401 on every endpoint without a session", async () => {
    const id = "00000000-0000-4000-8000-000000000001";
    for (const [handler, params] of [
      [requestsRoute.GET, undefined],
      [answerRoute.POST, { id }],
      [clockInRoute.POST, { id }],
      [clockOutRoute.POST, { id }],
      [scheduleRoute.GET, undefined],
      [historyRoute.GET, undefined],
    ] as const) {
      const body = handler.contract?.method === "POST" ? { answer: "yes" } : undefined;
      const response = await callApi(handler, { params, body });
      expect(response.status).toBe(401);
    }
  });

  it("links the workers with the user's verified phone in every org, and no one else's", async () => {
    const { first, second, annFirst, annSecond, user } = await twoOrgWorker();
    const bobPhone = freshPhone();
    const cyPhone = freshPhone();
    const unverified = await userWithPhone(bobPhone, false);
    const bob = await workerWithPhone(first.org.id, "Bob Brown", bobPhone);
    const claimed = await workerWithPhone(second.org.id, "Cy Clark", cyPhone);
    const cyUser = await userWithPhone(cyPhone);
    await callApi(requestsRoute.GET, { token: cyUser.token });
    expect((await workerRow(claimed.id)).userId).toBe(cyUser.user.id);

    expect((await callApi(requestsRoute.GET, { token: user.token })).status).toBe(200);
    expect((await workerRow(annFirst.id)).userId).toBe(user.user.id);
    expect((await workerRow(annSecond.id)).userId).toBe(user.user.id);

    // An unverified phone links nothing; a linked worker stays with its user.
    await callApi(requestsRoute.GET, { token: unverified.token });
    expect((await workerRow(bob.id)).userId).toBeNull();
    expect((await workerRow(claimed.id)).userId).toBe(cyUser.user.id);
    // Linking again is a no-op.
    expect((await callApi(scheduleRoute.GET, { token: user.token })).status).toBe(200);
    expect(first.org.id).not.toBe(second.org.id);
  });

  it("lists open requests across orgs soonest first, and all of them newest first", async () => {
    const { first, second, annFirst, annSecond, user } = await twoOrgWorker();
    const festival = await workEvent(first, { callAt: FUTURE });
    const gala = await workEvent(second, { callAt: new Date(FUTURE.getTime() + 2 * HOUR) });
    const past = await workEvent(first, { callAt: PAST, name: "Last Year" });
    const sent = await addRequest(first.org.id, festival.loadInCrew.id, annFirst.id, "sent");
    const available = await addRequest(
      second.org.id,
      gala.loadInCrew.id,
      annSecond.id,
      "available",
    );
    const confirmed = await addRequest(
      first.org.id,
      festival.showCrew.id,
      annFirst.id,
      "confirmed",
    );
    await addRequest(second.org.id, gala.showCrew.id, annSecond.id, "queued");
    const stale = await addRequest(first.org.id, past.loadInCrew.id, annFirst.id, "sent");

    const open = await callApi(requestsRoute.GET, { token: user.token });
    expect(open.status).toBe(200);
    expect(open.body.data.map((item: { id: string }) => item.id)).toEqual([sent.id, available.id]);
    expect(open.body.meta).toEqual({ page: 1, pageSize: 25, total: 2 });
    expect(open.body.data[1]).toMatchObject({
      org: { id: second.org.id, name: "Second Crew" },
      worker: { id: annSecond.id },
      callTime: { date: "2030-06-03", time: "09:00", timeZone: "America/New_York" },
      answerable: true,
      links: { calendar: null, qrCode: null },
    });

    const all = await callApi(requestsRoute.GET, {
      token: user.token,
      query: { state: "all", pageSize: "2", page: "1" },
    });
    expect(all.body.data.map((item: { id: string }) => item.id)).toEqual([
      confirmed.id,
      available.id,
    ]);
    expect(all.body.meta.total).toBe(4);
    const pageTwo = await callApi(requestsRoute.GET, {
      token: user.token,
      query: { state: "all", pageSize: "2", page: "2" },
    });
    expect(pageTwo.body.data.map((item: { id: string }) => item.id)).toEqual([sent.id, stale.id]);

    const bad = await callApi(requestsRoute.GET, { token: user.token, query: { state: "mine" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.state).toBeDefined();

    // A user who works nowhere sees nothing (and no error).
    const stranger = await userWithPhone(freshPhone());
    const none = await callApi(requestsRoute.GET, { token: stranger.token });
    expect(none.body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it("answers with channel api; someone else's or an unsent request is a 404 and unchanged", async () => {
    const { first, annFirst, user } = await twoOrgWorker();
    const festival = await workEvent(first, { callAt: FUTURE, firstCome: 1 });
    const mine = await addRequest(first.org.id, festival.loadInCrew.id, annFirst.id, "sent");
    const queued = await addRequest(first.org.id, festival.showCrew.id, annFirst.id, "queued");
    const bob = await workerWithPhone(first.org.id, "Bob Brown", freshPhone());
    const bobs = await addRequest(first.org.id, festival.loadInCrew.id, bob.id, "sent");

    const yes = await callApi(answerRoute.POST, {
      token: user.token,
      params: { id: mine.id },
      body: { answer: "yes" },
    });
    expect(yes.status).toBe(200);
    expect(yes.body.data).toMatchObject({ outcome: "confirmed", request: { state: "confirmed" } });
    expect(yes.body.data.request.links.qrCode).toContain(`/r/${mine.token}/qr.svg`);
    expect(yes.body.message).toBe("You're confirmed. See you there!");
    expect((await requestRow(mine.id)).answerChannel).toBe("api");

    const again = await callApi(answerRoute.POST, {
      token: user.token,
      params: { id: mine.id },
      body: { answer: "no" },
    });
    expect(again.status).toBe(409);

    for (const id of [bobs.id, queued.id]) {
      const refused = await callApi(answerRoute.POST, {
        token: user.token,
        params: { id },
        body: { answer: "yes" },
      });
      expect(refused.status).toBe(404);
    }
    expect((await requestRow(bobs.id)).state).toBe("sent");
    expect((await requestRow(queued.id)).state).toBe("queued");

    const invalid = await callApi(answerRoute.POST, {
      token: user.token,
      params: { id: mine.id },
      body: { answer: "maybe" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.answer).toBeDefined();
  });

  it("lists declined calls still ahead, and a yes from the web pages answers with channel web", async () => {
    const { first, annFirst, user } = await twoOrgWorker();
    const festival = await workEvent(first, { callAt: FUTURE });
    const past = await workEvent(first, { callAt: PAST, name: "Last Year" });
    const declined = await addRequest(
      first.org.id,
      festival.loadInCrew.id,
      annFirst.id,
      "declined",
    );
    await addRequest(first.org.id, past.loadInCrew.id, annFirst.id, "declined");
    const self = await resolveWorkerSelf(user.user);
    expect((await listMyDeclinedAhead(self)).map((request) => request.id)).toEqual([declined.id]);

    const answer = await answerMyRequest(self, declined.id, "yes", "web");
    expect(answer.outcome).toBe("available");
    expect(await requestRow(declined.id)).toMatchObject({
      state: "available",
      answerChannel: "web",
    });
    expect(await listMyDeclinedAhead(self)).toEqual([]);
  });

  it("shows the schedule and clocks in and out on the worker's own shifts only", async () => {
    const { first, annFirst, user } = await twoOrgWorker();
    const now = Date.now();
    // One call started 30 minutes ago (clock-in open, late), one in 3 hours (not open yet).
    const today = await workEvent(first, { callAt: new Date(now - 30 * 60_000), hoursApart: 3.5 });
    const shift = await addRequest(first.org.id, today.loadInCrew.id, annFirst.id, "confirmed");
    const later = await addRequest(first.org.id, today.showCrew.id, annFirst.id, "confirmed");

    const schedule = await callApi(scheduleRoute.GET, { token: user.token });
    expect(schedule.status).toBe(200);
    expect(schedule.body.data.map((item: { id: string }) => item.id)).toEqual([shift.id, later.id]);
    expect(schedule.body.data[0].clock).toMatchObject({
      window: "open",
      canClockIn: true,
      canClockOut: false,
    });
    expect(schedule.body.data[1].clock).toMatchObject({
      window: "upcoming",
      canClockIn: false,
      canClockOut: false,
    });
    expect(schedule.body.data[0].links.calendar).toContain(`/r/${shift.token}/calendar.ics`);

    const tooEarly = await callApi(clockInRoute.POST, {
      token: user.token,
      params: { id: later.id },
    });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.message).toMatch(/^Too early: clock-in opens at \d\d:\d\d on /);

    // Another user cannot touch this shift.
    const stranger = await userWithPhone(freshPhone());
    for (const handler of [clockInRoute.POST, clockOutRoute.POST]) {
      const response = await callApi(handler, { token: stranger.token, params: { id: shift.id } });
      expect(response.status).toBe(404);
    }
    expect(await timeEntryOf(shift.id)).toBeUndefined();

    const clockIn = await callApi(clockInRoute.POST, {
      token: user.token,
      params: { id: shift.id },
    });
    expect(clockIn.status).toBe(200);
    expect(clockIn.body.data.clock).toMatchObject({ canClockIn: false, canClockOut: true });
    const signedInAt = new Date(clockIn.body.data.timeEntry.signedInAt).getTime();
    expect(signedInAt).toBeGreaterThanOrEqual(now);

    const clockOut = await callApi(clockOutRoute.POST, {
      token: user.token,
      params: { id: shift.id },
    });
    expect(clockOut.status).toBe(200);
    expect(clockOut.body.data.timeEntry.signedOutAt).not.toBeNull();
    const entry = await timeEntryOf(shift.id);
    const audits = await auditsOf(entry!.id);
    expect(audits.map((audit) => [audit.field, audit.actorUserId])).toEqual([
      ["signedInAt:worker-api", user.user.id],
      ["signedOutAt:worker-api", user.user.id],
    ]);

    // Clocked out: off the schedule.
    const after = await callApi(scheduleRoute.GET, { token: user.token });
    expect(after.body.data.map((item: { id: string }) => item.id)).toEqual([later.id]);
  });

  it("lists past shifts with hours by the pay rules, newest first", async () => {
    const { first, annFirst, user } = await twoOrgWorker();
    const last = await workEvent(first, { callAt: PAST });
    const older = await workEvent(first, {
      callAt: new Date(PAST.getTime() - 24 * HOUR),
      name: "Older",
    });
    const worked = await addRequest(first.org.id, last.loadInCrew.id, annFirst.id, "confirmed");
    // 07:00 → 12:07: 5 h 7 min, rounded down to 12:00 (grace 15 min): 300 paid minutes.
    await setTimeEntry(first.org.id, worked.id, PAST, new Date(PAST.getTime() + 307 * 60_000));
    const short = await addRequest(first.org.id, last.showCrew.id, annFirst.id, "confirmed");
    // Two hours worked are paid as the four-hour minimum.
    await setTimeEntry(
      first.org.id,
      short.id,
      last.show.startsAt,
      new Date(last.show.startsAt.getTime() + 2 * HOUR),
    );
    const declined = await addRequest(first.org.id, older.loadInCrew.id, annFirst.id, "declined");
    const noShow = await addRequest(
      first.org.id,
      older.showCrew.id,
      annFirst.id,
      "no_call_no_show",
    );
    const future = await workEvent(first, { callAt: FUTURE });
    await addRequest(first.org.id, future.loadInCrew.id, annFirst.id, "confirmed");

    const history = await callApi(historyRoute.GET, { token: user.token });
    expect(history.status).toBe(200);
    expect(history.body.data.map((item: { id: string }) => item.id)).toEqual([
      short.id,
      worked.id,
      noShow.id,
      declined.id,
    ]);
    expect(history.body.meta.total).toBe(4);
    const [shortItem, workedItem, noShowItem, declinedItem] = history.body.data;
    expect(workedItem.hours).toMatchObject({
      status: "completed",
      totalMinutes: 300,
      paidMinutes: 300,
      regularMinutes: 300,
      mealPenaltyMinutes: 0,
      overtimeMinutes: 0,
    });
    expect(shortItem.hours).toMatchObject({ status: "completed", paidMinutes: 240 });
    expect(noShowItem.hours).toBeNull();
    expect(declinedItem.hours).toBeNull();
    expect(declinedItem.answerable).toBe(false);
  });
});
