import { newRequestSecrets } from "./request-codes";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as timesheetRoute from "@/app/api/v1/staffing/call-times/[id]/timesheet/route";
import * as timesheetCsvRoute from "@/app/api/v1/staffing/call-times/[id]/timesheet.csv/route";
import * as signInRoute from "@/app/api/v1/staffing/requests/[id]/sign-in/route";
import * as signOutRoute from "@/app/api/v1/staffing/requests/[id]/sign-out/route";
import * as timeEntryRoute from "@/app/api/v1/staffing/time-entries/[id]/route";
import * as auditsRoute from "@/app/api/v1/staffing/time-entries/[id]/audits/route";
import * as breaksRoute from "@/app/api/v1/staffing/time-entries/[id]/breaks/route";
import * as mealBreakRoute from "@/app/api/v1/staffing/meal-breaks/[id]/route";
import {
  callTimes,
  eventStewards,
  events,
  laborRequests,
  laborRequirements,
  locations,
  mealBreaks,
  timeEntries,
  timeEntryAudits,
  workers,
} from "@/db/schema/staffing";
import type { RouteHandler } from "@/lib/api/route";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import { computeShift } from "./hours";
import { resolvePayRules } from "./pay-rules";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;
type RequestState = (typeof laborRequests.$inferInsert)["state"];

const CALL = new Date("2026-12-04T12:00:00Z"); // 07:00 in New York
const LOCATION_RULES = { mealPenaltyTriggerHours: 6 };
const EVENT_RULES = { roundingGraceMinutes: 10 };
const RIGGER_RULES = { minimumHours: 5 };

/**
 * Labor requests are another module's work: the requests here are inserted directly, with
 * each requirement's confirmed count kept in step, as the request transitions would.
 */
async function timesheetFixture(setup: Setup, options: { stewardAssigned?: boolean } = {}) {
  const orgId = setup.org.id;
  return withSystemScope(async (tx) => {
    await tx
      .update(locations)
      .set({ payRules: LOCATION_RULES })
      .where(eq(locations.id, setup.location.id));
    const [event] = await tx
      .insert(events)
      .values({
        orgId,
        name: "Harbor Festival",
        locationId: setup.location.id,
        startDate: "2026-12-04",
        endDate: "2026-12-04",
        status: "active",
        payRules: EVENT_RULES,
      })
      .returning();
    if (options.stewardAssigned !== false) {
      await tx
        .insert(eventStewards)
        .values({ orgId, eventId: event!.id, userId: setup.team.steward.user.id });
    }
    const [callTime] = await tx
      .insert(callTimes)
      .values({ orgId, eventId: event!.id, name: "Load-in", startsAt: CALL })
      .returning();
    const [stagehands, riggers] = await tx
      .insert(laborRequirements)
      .values([
        {
          orgId,
          callTimeId: callTime!.id,
          laborTypeId: setup.laborTypes.stagehand.id,
          needed: 3,
          payRateMinor: 2500,
          confirmedCount: 1,
        },
        {
          orgId,
          callTimeId: callTime!.id,
          laborTypeId: setup.laborTypes.rigger.id,
          needed: 2,
          payRateMinor: 3000,
          payRules: RIGGER_RULES,
          confirmedCount: 1,
        },
      ])
      .returning();
    const people = await tx
      .insert(workers)
      .values(["Ann Able", "Bob Brown", "Cy Clark", "Dee Dunn"].map((name) => ({ orgId, name })))
      .returning();
    const request = async (requirementId: string, workerId: string, state: RequestState) => {
      const [row] = await tx
        .insert(laborRequests)
        .values({
          orgId,
          requirementId,
          workerId,
          state,
          ...newRequestSecrets(),
        })
        .returning();
      return row!.id;
    };
    return {
      eventId: event!.id,
      callTimeId: callTime!.id,
      ann: await request(stagehands!.id, people[0]!.id, "confirmed"),
      bob: await request(stagehands!.id, people[1]!.id, "no_call_no_show"),
      cy: await request(riggers!.id, people[2]!.id, "confirmed"),
      dee: await request(stagehands!.id, people[3]!.id, "sent"),
    };
  });
}

async function snapshotTimeEntries(orgId: string) {
  return withSystemScope(async (tx) => ({
    entries: await tx
      .select()
      .from(timeEntries)
      .where(eq(timeEntries.orgId, orgId))
      .orderBy(asc(timeEntries.id)),
    breaks: await tx
      .select()
      .from(mealBreaks)
      .where(eq(mealBreaks.orgId, orgId))
      .orderBy(asc(mealBreaks.id)),
    audits: await tx
      .select()
      .from(timeEntryAudits)
      .where(eq(timeEntryAudits.orgId, orgId))
      .orderBy(asc(timeEntryAudits.id)),
  }));
}

async function fetchCsv(token: string, orgId: string, callTimeId: string) {
  const response = await (timesheetCsvRoute.GET as RouteHandler)(
    new Request("http://localhost/api/v1/test", {
      headers: { authorization: `Bearer ${token}`, "x-org-id": orgId },
    }),
    { params: Promise.resolve({ id: callTimeId }) },
  );
  return { response, text: await response.text() };
}

describe("time sheet", () => {
  it("signs in at the scheduled call time by default, out, with a break, and totals with computeShift", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup);
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };

    const signedIn = await callApi(signInRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: {},
    });
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.data).toMatchObject({
      requestId: ids.ann,
      signedInAt: CALL.toISOString(),
      signedOutAt: null,
      breaks: [],
    });
    const entryId = signedIn.body.data.id as string;

    const mealBreak = await callApi(breaksRoute.POST, {
      ...manager,
      params: { id: entryId },
      body: { startsAt: "2026-12-04T11:00:00-05:00", durationMinutes: 30, paid: false },
    });
    expect(mealBreak.status).toBe(201);
    expect(mealBreak.body.data).toMatchObject({ durationMinutes: 30, paid: false });

    const signedOut = await callApi(signOutRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: { at: "2026-12-04T13:20:00-05:00" },
    });
    expect(signedOut.status).toBe(200);
    expect(signedOut.body.data.signedOutAt).toBe("2026-12-04T18:20:00.000Z");

    const cyIn = await callApi(signInRoute.POST, {
      ...manager,
      params: { id: ids.cy },
      body: { at: "2026-12-04T07:10:00-05:00" },
    });
    expect(cyIn.body.data.signedInAt).toBe("2026-12-04T12:10:00.000Z");
    await callApi(signOutRoute.POST, {
      ...manager,
      params: { id: ids.cy },
      body: { at: "2026-12-04T08:00:00-05:00" },
    });

    const sheet = await callApi(timesheetRoute.GET, { ...manager, params: { id: ids.callTimeId } });
    expect(sheet.status).toBe(200);
    const { rows, totals, callTime } = sheet.body.data;
    expect(callTime).toMatchObject({ id: ids.callTimeId, timeZone: "America/New_York" });
    // Confirmed and no-show requests only, by labor type then name.
    expect(rows.map((row: { worker: { name: string } }) => row.worker.name)).toEqual([
      "Cy Clark",
      "Ann Able",
      "Bob Brown",
    ]);
    const [cy, ann, bob] = rows;

    const annRules = resolvePayRules([{}, LOCATION_RULES, EVENT_RULES, {}, {}]);
    expect(ann.payRules).toEqual(annRules);
    const annShift = computeShift({
      scheduledStart: CALL,
      signedInAt: CALL,
      signedOutAt: new Date("2026-12-04T18:20:00Z"),
      breaks: [{ startsAt: new Date("2026-12-04T16:00:00Z"), durationMinutes: 30, paid: false }],
      rules: annRules,
      payRateMinor: 2500,
      timeZone: "America/New_York",
    });
    expect(annShift.status).toBe("completed");
    expect(ann.hours).toEqual({
      ...annShift,
      start: annShift.start.toISOString(),
      end: annShift.end!.toISOString(),
    });
    // 07:00–13:20 rounds to 13:30 (grace 10), less the unpaid half hour: 6 paid hours.
    expect(ann.hours).toMatchObject({
      end: "2026-12-04T18:30:00.000Z",
      totalMinutes: 390,
      paidMinutes: 360,
      costMinor: 15000,
    });
    expect(ann.timeEntry.breaks).toHaveLength(1);

    const cyRules = resolvePayRules([{}, LOCATION_RULES, EVENT_RULES, {}, RIGGER_RULES]);
    expect(cy.payRules).toEqual(cyRules);
    const cyShift = computeShift({
      scheduledStart: CALL,
      signedInAt: new Date("2026-12-04T12:10:00Z"),
      signedOutAt: new Date("2026-12-04T13:00:00Z"),
      rules: cyRules,
      payRateMinor: 3000,
      timeZone: "America/New_York",
    });
    expect(cy.hours).toEqual({
      ...cyShift,
      start: cyShift.start.toISOString(),
      end: cyShift.end!.toISOString(),
    });
    // The requirement's five-hour minimum wins over the default four.
    expect(cy.hours).toMatchObject({ totalMinutes: 300, costMinor: 15000 });

    expect(bob).toMatchObject({ state: "no_call_no_show", timeEntry: null, hours: null });
    expect(totals).toEqual({
      workers: 3,
      completed: 2,
      inProgress: 0,
      noShows: 1,
      totalMinutes: 690,
      paidMinutes: 660,
      regularMinutes: ann.hours.regularMinutes + cy.hours.regularMinutes,
      mealPenaltyMinutes: ann.hours.mealPenaltyMinutes + cy.hours.mealPenaltyMinutes,
      overtimeMinutes: 0,
      costMinor: 30000,
    });

    const audits = await callApi(auditsRoute.GET, { ...manager, params: { id: entryId } });
    expect(audits.status).toBe(200);
    expect(
      audits.body.data.map((audit: { field: string; oldValue: string; newValue: string }) => [
        audit.field,
        audit.oldValue,
        audit.newValue,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["signedInAt", null, CALL.toISOString()],
        ["break", null, "2026-12-04T16:00:00.000Z 30 min unpaid"],
        ["signedOutAt", null, "2026-12-04T18:20:00.000Z"],
      ]),
    );
    expect(audits.body.data).toHaveLength(3);
    expect(audits.body.data[0].actor).toEqual({
      id: setup.team.manager.user.id,
      name: expect.any(String),
    });
  });

  it("exports the same numbers as CSV, wall times in the location's zone", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup);
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    const entry = await callApi(signInRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: {},
    });
    await callApi(breaksRoute.POST, {
      ...manager,
      params: { id: entry.body.data.id },
      body: { startsAt: "2026-12-04T11:00:00-05:00", durationMinutes: 30, paid: false },
    });
    await callApi(signOutRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: { at: "2026-12-04T13:20:00-05:00" },
    });
    const sheet = await callApi(timesheetRoute.GET, { ...manager, params: { id: ids.callTimeId } });

    const { response, text } = await fetchCsv(manager.token, manager.orgId, ids.callTimeId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="timesheet-2026-12-04-[0-9a-f]{8}\.csv"$/,
    );
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toEqual([
      "Name,Labor type,In,Out,Breaks,Hours,Meal penalty,Overtime,Total,Cost",
      "Cy Clark,Rigger,,,,,,,,",
      "Ann Able,Stagehand,2026-12-04 07:00,2026-12-04 13:30,2026-12-04 11:00 30 min unpaid,6.00,0.00,0.00,6.00,150.00",
      'Bob Brown,Stagehand,"No call, no show",,,,,,,',
      "Totals,,,,,6.00,0.00,0.00,6.00,150.00",
    ]);
    const ann = sheet.body.data.rows[1];
    expect(ann.hours.paidMinutes / 60).toBe(6);
    expect(ann.hours.costMinor / 100).toBe(150);
  });

  it("refuses a request that is not confirmed (409) and a second sign-in, changing nothing", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup);
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    const before = await snapshotTimeEntries(setup.org.id);
    for (const id of [ids.dee, ids.bob]) {
      const signIn = await callApi(signInRoute.POST, { ...manager, params: { id }, body: {} });
      expect(signIn.status).toBe(409);
      expect(signIn.body.message).toBe("Only confirmed workers can be signed in or out.");
    }
    const signOut = await callApi(signOutRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: {},
    });
    expect(signOut.status).toBe(409);
    expect(await snapshotTimeEntries(setup.org.id)).toEqual(before);

    const anHourAgo = new Date(Date.now() - 3_600_000);
    const signedIn = await callApi(signInRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: { at: anHourAgo.toISOString() },
    });
    expect(signedIn.status).toBe(201);
    expect(
      (await callApi(signInRoute.POST, { ...manager, params: { id: ids.ann }, body: {} })).status,
    ).toBe(409);

    // Without `at` the sign-out is now; a second one is refused.
    const beforeSignOut = Date.now();
    const out = await callApi(signOutRoute.POST, { ...manager, params: { id: ids.ann }, body: {} });
    expect(out.status).toBe(200);
    const signedOutAt = new Date(out.body.data.signedOutAt).getTime();
    expect(signedOutAt).toBeGreaterThanOrEqual(beforeSignOut);
    expect(signedOutAt).toBeLessThanOrEqual(Date.now());
    expect(
      (await callApi(signOutRoute.POST, { ...manager, params: { id: ids.ann }, body: {} })).status,
    ).toBe(409);
  });

  it("answers 422 with field errors and changes nothing", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup);
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    const entry = await callApi(signInRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: {},
    });
    const entryId = entry.body.data.id as string;
    const before = await snapshotTimeEntries(setup.org.id);

    const early = await callApi(signOutRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: { at: "2026-12-04T06:00:00-05:00" },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual({ at: ["The sign-out must be after the sign-in."] });

    const empty = await callApi(timeEntryRoute.PATCH, {
      ...manager,
      params: { id: entryId },
      body: {},
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors.signedInAt).toEqual(["Give at least one field to change."]);

    const outWithoutEnd = await callApi(timeEntryRoute.PATCH, {
      ...manager,
      params: { id: entryId },
      body: { signedOutAt: "2026-12-04T05:00:00-05:00" },
    });
    expect(outWithoutEnd.status).toBe(422);
    expect(outWithoutEnd.body.errors).toHaveProperty("signedOutAt");

    const badBreak = await callApi(breaksRoute.POST, {
      ...manager,
      params: { id: entryId },
      body: { startsAt: "noon", durationMinutes: 0 },
    });
    expect(badBreak.status).toBe(422);
    expect(Object.keys(badBreak.body.errors).sort()).toEqual([
      "durationMinutes",
      "paid",
      "startsAt",
    ]);
    expect(await snapshotTimeEntries(setup.org.id)).toEqual(before);
  });

  it("audits edits of the times and of breaks, old → new", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup);
    const steward = { token: setup.team.steward.token, orgId: setup.org.id };
    const entry = await callApi(signInRoute.POST, {
      ...steward,
      params: { id: ids.ann },
      body: {},
    });
    expect(entry.status).toBe(201);
    const entryId = entry.body.data.id as string;

    const edited = await callApi(timeEntryRoute.PATCH, {
      ...steward,
      params: { id: entryId },
      body: { signedInAt: "2026-12-04T07:15:00-05:00", signedOutAt: "2026-12-04T15:00:00-05:00" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({
      signedInAt: "2026-12-04T12:15:00.000Z",
      signedOutAt: "2026-12-04T20:00:00.000Z",
    });
    const unchanged = await callApi(timeEntryRoute.PATCH, {
      ...steward,
      params: { id: entryId },
      body: { signedInAt: "2026-12-04T12:15:00Z" },
    });
    expect(unchanged.status).toBe(200);

    const added = await callApi(breaksRoute.POST, {
      ...steward,
      params: { id: entryId },
      body: { startsAt: "2026-12-04T17:00:00Z", durationMinutes: 30, paid: false },
    });
    const breakId = added.body.data.id as string;
    const patched = await callApi(mealBreakRoute.PATCH, {
      ...steward,
      params: { id: breakId },
      body: { durationMinutes: 45, paid: true },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ durationMinutes: 45, paid: true });
    const deleted = await callApi(mealBreakRoute.DELETE, { ...steward, params: { id: breakId } });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: breakId });

    const audits = await callApi(auditsRoute.GET, { ...steward, params: { id: entryId } });
    const summary = audits.body.data.map(
      (audit: { field: string; oldValue: string | null; newValue: string | null }) =>
        `${audit.field}: ${audit.oldValue} → ${audit.newValue}`,
    );
    expect(summary.sort()).toEqual(
      [
        `signedInAt: null → ${CALL.toISOString()}`,
        `signedInAt: ${CALL.toISOString()} → 2026-12-04T12:15:00.000Z`,
        "signedOutAt: null → 2026-12-04T20:00:00.000Z",
        "break: null → 2026-12-04T17:00:00.000Z 30 min unpaid",
        "break: 2026-12-04T17:00:00.000Z 30 min unpaid → 2026-12-04T17:00:00.000Z 45 min paid",
        "break: 2026-12-04T17:00:00.000Z 45 min paid → null",
      ].sort(),
    );
    expect(
      audits.body.data.every(
        (audit: { actor: { id: string } }) => audit.actor.id === setup.team.steward.user.id,
      ),
    ).toBe(true);
  });

  it("lets the assigned steward run the sheet and refuses changes once the event is closed (409)", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup);
    const steward = { token: setup.team.steward.token, orgId: setup.org.id };
    const entry = await callApi(signInRoute.POST, {
      ...steward,
      params: { id: ids.ann },
      body: {},
    });
    expect(entry.status).toBe(201);
    const out = await callApi(signOutRoute.POST, {
      ...steward,
      params: { id: ids.ann },
      body: { at: "2026-12-04T12:00:00-05:00" },
    });
    expect(out.status).toBe(200);
    // Clearing the sign-out puts the shift back in progress.
    const reopened = await callApi(timeEntryRoute.PATCH, {
      ...steward,
      params: { id: entry.body.data.id },
      body: { signedOutAt: null },
    });
    expect(reopened.body.data.signedOutAt).toBeNull();
    const sheet = await callApi(timesheetRoute.GET, { ...steward, params: { id: ids.callTimeId } });
    expect(sheet.status).toBe(200);
    expect(sheet.body.data.totals).toMatchObject({ inProgress: 2, completed: 0, noShows: 1 });

    await withSystemScope((tx) =>
      tx.update(events).set({ status: "completed" }).where(eq(events.id, ids.eventId)),
    );
    const before = await snapshotTimeEntries(setup.org.id);
    const closed = await callApi(signInRoute.POST, {
      ...steward,
      params: { id: ids.cy },
      body: {},
    });
    expect(closed.status).toBe(409);
    const edit = await callApi(timeEntryRoute.PATCH, {
      ...steward,
      params: { id: entry.body.data.id },
      body: { signedOutAt: "2026-12-04T13:00:00-05:00" },
    });
    expect(edit.status).toBe(409);
    expect(await snapshotTimeEntries(setup.org.id)).toEqual(before);
    // Reading stays open.
    expect(
      (await callApi(timesheetRoute.GET, { ...steward, params: { id: ids.callTimeId } })).status,
    ).toBe(200);
  });

  it("keeps stewards to their events (404), refuses workers and members (403) and anonymous callers (401)", async () => {
    const setup = await staffingOrg();
    const ids = await timesheetFixture(setup, { stewardAssigned: false });
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    const entry = await callApi(signInRoute.POST, {
      ...manager,
      params: { id: ids.ann },
      body: {},
    });
    const entryId = entry.body.data.id as string;
    const added = await callApi(breaksRoute.POST, {
      ...manager,
      params: { id: entryId },
      body: { startsAt: "2026-12-04T17:00:00Z", durationMinutes: 30, paid: false },
    });
    const breakId = added.body.data.id as string;
    const before = await snapshotTimeEntries(setup.org.id);

    const calls = (auth: { token?: string; orgId?: string }) => [
      callApi(timesheetRoute.GET, { ...auth, params: { id: ids.callTimeId } }),
      callApi(signInRoute.POST, { ...auth, params: { id: ids.cy }, body: {} }),
      callApi(signOutRoute.POST, { ...auth, params: { id: ids.ann }, body: {} }),
      callApi(timeEntryRoute.PATCH, {
        ...auth,
        params: { id: entryId },
        body: { signedInAt: "2026-12-04T12:30:00Z" },
      }),
      callApi(auditsRoute.GET, { ...auth, params: { id: entryId } }),
      callApi(breaksRoute.POST, {
        ...auth,
        params: { id: entryId },
        body: { startsAt: "2026-12-04T17:00:00Z", durationMinutes: 30, paid: false },
      }),
      callApi(mealBreakRoute.PATCH, { ...auth, params: { id: breakId }, body: { paid: true } }),
      callApi(mealBreakRoute.DELETE, { ...auth, params: { id: breakId } }),
    ];

    const asSteward = await Promise.all(
      calls({ token: setup.team.steward.token, orgId: setup.org.id }),
    );
    expect(asSteward.map((answer) => answer.status)).toEqual(Array(8).fill(404));
    const csv = await fetchCsv(setup.team.steward.token, setup.org.id, ids.callTimeId);
    expect(csv.response.status).toBe(404);

    for (const role of ["worker", "member"] as const) {
      const answers = await Promise.all(
        calls({ token: setup.team[role].token, orgId: setup.org.id }),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(403));
    }
    const anonymous = await Promise.all(calls({ orgId: setup.org.id }));
    expect(anonymous.map((answer) => answer.status)).toEqual(Array(8).fill(401));
    expect(await snapshotTimeEntries(setup.org.id)).toEqual(before);
  });

  it("answers 404 for another organization's ids on every endpoint", async () => {
    const setup = await staffingOrg("Harbor Crew");
    const ids = await timesheetFixture(setup);
    const owner = { token: setup.team.manager.token, orgId: setup.org.id };
    const entry = await callApi(signInRoute.POST, { ...owner, params: { id: ids.ann }, body: {} });
    const entryId = entry.body.data.id as string;
    const added = await callApi(breaksRoute.POST, {
      ...owner,
      params: { id: entryId },
      body: { startsAt: "2026-12-04T17:00:00Z", durationMinutes: 30, paid: false },
    });
    const breakId = added.body.data.id as string;
    const before = await snapshotTimeEntries(setup.org.id);

    const other = await staffingOrg("Rival Crew");
    const stranger = { token: other.team.owner.token, orgId: other.org.id };
    const answers = await Promise.all([
      callApi(timesheetRoute.GET, { ...stranger, params: { id: ids.callTimeId } }),
      callApi(signInRoute.POST, { ...stranger, params: { id: ids.cy }, body: {} }),
      callApi(signOutRoute.POST, { ...stranger, params: { id: ids.ann }, body: {} }),
      callApi(timeEntryRoute.PATCH, {
        ...stranger,
        params: { id: entryId },
        body: { signedInAt: "2026-12-04T12:30:00Z" },
      }),
      callApi(auditsRoute.GET, { ...stranger, params: { id: entryId } }),
      callApi(breaksRoute.POST, {
        ...stranger,
        params: { id: entryId },
        body: { startsAt: "2026-12-04T17:00:00Z", durationMinutes: 30, paid: false },
      }),
      callApi(mealBreakRoute.PATCH, { ...stranger, params: { id: breakId }, body: { paid: true } }),
      callApi(mealBreakRoute.DELETE, { ...stranger, params: { id: breakId } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(404));
    const csv = await fetchCsv(stranger.token, stranger.orgId, ids.callTimeId);
    expect(csv.response.status).toBe(404);
    expect(await snapshotTimeEntries(setup.org.id)).toEqual(before);
  });
});
