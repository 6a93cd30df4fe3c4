import { beforeAll, describe, expect, it } from "vitest";
import * as workerReportRoute from "@/app/api/v1/staffing/reports/workers/route";
import * as workerReliabilityRoute from "@/app/api/v1/staffing/reports/workers/[id]/route";
import * as workerHistoryRoute from "@/app/api/v1/staffing/workers/[id]/history/route";
import { callApi } from "@/lib/testing/api";
import { staffingOrg } from "./events.testing";
import { computeShift } from "./hours";
import { DEFAULT_PAY_RULES } from "./pay-rules";
import { seeder } from "./reports.testing";
import { listWorkerReliability } from "./reports-workers.queries";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/**
 * A fair long past and a gala far ahead, so "now" (the real clock in the API, a fixed one
 * below) falls between them either way.
 */
async function crew(setup: Setup) {
  const seed = seeder(setup);
  const fair = await seed.event({
    name: "Autumn Fair",
    startDate: "2020-11-20",
    endDate: "2020-11-21",
  });
  const gala = await seed.event({ name: "Winter Gala", startDate: "2099-12-20" });
  const day1 = await seed.requirement(await seed.callTime(fair, "Day 1", "2020-11-20T14:00:00Z"), {
    needed: 5,
    confirmed: 2,
  });
  const day2 = await seed.requirement(await seed.callTime(fair, "Day 2", "2020-11-21T14:00:00Z"), {
    needed: 5,
    confirmed: 3,
  });
  const doors = await seed.requirement(await seed.callTime(gala, "Doors", "2099-12-20T23:00:00Z"), {
    needed: 5,
    confirmed: 1,
  });
  const ann = await seed.worker("Ann Able");
  const bob = await seed.worker("Bob Brown", { noCallNoShows: 1 });
  const cy = await seed.worker("Cy Clark", { lateCancellations: 1 });
  const dee = await seed.worker("Dee Dunn");
  const eve = await seed.worker("Eve Evans", { active: false });

  // Ann: 09:00–17:00 with an unpaid half hour (7.5 h), then a two-hour day paid the 4 h minimum.
  const annDay1 = await seed.request(day1, ann, "confirmed");
  await seed.shift(annDay1, {
    in: "2020-11-20T14:00:00Z",
    out: "2020-11-20T22:00:00Z",
    breaks: [{ at: "2020-11-20T18:00:00Z", minutes: 30 }],
  });
  await seed.shift(await seed.request(day2, ann, "confirmed"), {
    in: "2020-11-21T14:00:00Z",
    out: "2020-11-21T16:00:00Z",
  });
  await seed.request(doors, ann, "confirmed");
  // Bob: a no-show, a show without a time entry, a decline.
  await seed.request(day1, bob, "no_call_no_show");
  await seed.request(day2, bob, "confirmed");
  await seed.request(doors, bob, "declined");
  // Cy: canceled late, then nine hours without a break, then an open request.
  await seed.request(day1, cy, "canceled", {
    confirmedAt: "2020-11-18T10:00:00Z",
    canceledAt: "2020-11-20T08:00:00Z",
  });
  await seed.shift(await seed.request(day2, cy, "confirmed"), {
    in: "2020-11-21T14:00:00Z",
    out: "2020-11-21T23:00:00Z",
  });
  await seed.request(doors, cy, "sent", { sentAt: "2020-11-22T10:00:00Z" });
  // Eve (inactive now): one four-hour shift, one answer pending.
  await seed.shift(await seed.request(day1, eve, "confirmed"), {
    in: "2020-11-20T14:00:00Z",
    out: "2020-11-20T18:00:00Z",
  });
  await seed.request(doors, eve, "available");
  return { ann, bob, cy, dee, eve, annDay1 };
}

let setup: Setup;
let people: Awaited<ReturnType<typeof crew>>;
let manager: { token: string; orgId: string };
const names = (items: { worker: { name: string } }[]) => items.map((item) => item.worker.name);

beforeAll(async () => {
  setup = await staffingOrg();
  people = await crew(setup);
  manager = { token: setup.team.manager.token, orgId: setup.org.id };
});

describe("worker reports", () => {
  it("counts each worker's outcomes, hours from the time sheets and a reliability score", async () => {
    const answer = await callApi(workerReportRoute.GET, { ...manager });
    expect(answer.status).toBe(200);
    expect(answer.body.meta).toEqual({ page: 1, pageSize: 25, total: 5 });
    const [ann, bob, cy, dee, eve] = answer.body.data;
    expect(names(answer.body.data)).toEqual([
      "Ann Able",
      "Bob Brown",
      "Cy Clark",
      "Dee Dunn",
      "Eve Evans",
    ]);
    expect(ann).toEqual({
      worker: { id: people.ann, name: "Ann Able", active: true },
      requested: 3,
      pending: 0,
      confirmed: 3,
      upcoming: 1,
      shows: 2,
      declined: 0,
      canceled: 0,
      lateCancellations: 0,
      noCallNoShows: 0,
      paidMinutes: 450 + 240,
      hoursWorked: 11.5,
      lastWorkedAt: "2020-11-21T14:00:00.000Z",
      reliability: 1,
    });
    expect(bob).toMatchObject({
      requested: 3,
      confirmed: 1,
      shows: 1,
      declined: 1,
      noCallNoShows: 1,
      paidMinutes: 0,
      reliability: 0.5,
    });
    expect(cy).toMatchObject({
      requested: 3,
      pending: 1,
      shows: 1,
      canceled: 1,
      lateCancellations: 1,
      paidMinutes: 540,
      hoursWorked: 9,
      reliability: 0.5,
    });
    expect(dee).toMatchObject({
      requested: 0,
      shows: 0,
      paidMinutes: 0,
      lastWorkedAt: null,
      reliability: null,
    });
    expect(eve).toMatchObject({
      worker: { active: false },
      shows: 1,
      pending: 1,
      paidMinutes: 240,
      lastWorkedAt: "2020-11-20T14:00:00.000Z",
      reliability: 1,
    });
  });

  it("sorts by reliability or hours, searches and pages", async () => {
    const byReliability = await callApi(workerReportRoute.GET, {
      ...manager,
      query: { sort: "reliability" },
    });
    expect(names(byReliability.body.data)).toEqual([
      "Ann Able",
      "Eve Evans",
      "Bob Brown",
      "Cy Clark",
      "Dee Dunn",
    ]);

    const byHours = await callApi(workerReportRoute.GET, {
      ...manager,
      query: { sort: "hours", pageSize: "2", page: "2" },
    });
    expect(names(byHours.body.data)).toEqual(["Eve Evans", "Bob Brown"]);
    expect(byHours.body.meta).toEqual({ page: 2, pageSize: 2, total: 5 });
    const firstPage = await callApi(workerReportRoute.GET, {
      ...manager,
      query: { sort: "hours", pageSize: "2" },
    });
    expect(firstPage.body.data.map((item: { paidMinutes: number }) => item.paidMinutes)).toEqual([
      690, 540,
    ]);

    const pastTheEnd = await callApi(workerReportRoute.GET, {
      ...manager,
      query: { sort: "reliability", pageSize: "2", page: "4" },
    });
    expect(pastTheEnd.body).toMatchObject({ data: [], meta: { total: 5 } });

    for (const sort of ["name", "hours"]) {
      const search = await callApi(workerReportRoute.GET, {
        ...manager,
        query: { q: "DUNN", sort },
      });
      expect(names(search.body.data)).toEqual(["Dee Dunn"]);
      expect(search.body.meta.total).toBe(1);
    }
    const none = await callApi(workerReportRoute.GET, { ...manager, query: { q: "100%_" } });
    expect(none.body).toMatchObject({ data: [], meta: { total: 0 } });

    const bad = await callApi(workerReportRoute.GET, {
      ...manager,
      query: { sort: "age", pageSize: "500" },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["pageSize", "sort"]);
  });

  it("counts shows against a given clock", async () => {
    const context = {
      orgId: setup.org.id,
      userId: setup.team.manager.user.id,
      role: "manager" as const,
      membershipId: setup.team.manager.membershipId,
    };
    // Before the fair's second day: Day 2 is still upcoming for everyone.
    const { items } = await listWorkerReliability(
      context,
      { sort: "name", page: 1, pageSize: 25 },
      new Date("2020-11-21T00:00:00Z"),
    );
    expect(items[0]).toMatchObject({ shows: 1, upcoming: 2, reliability: 1 });
    expect(items[2]).toMatchObject({ shows: 0, upcoming: 1, lateCancellations: 1, reliability: 0 });
  });

  it("lists a worker's requests, latest first, with the time sheet's hours", async () => {
    const summary = await callApi(workerReliabilityRoute.GET, {
      ...manager,
      params: { id: people.ann },
    });
    expect(summary.status).toBe(200);
    expect(summary.body.data).toMatchObject({ shows: 2, paidMinutes: 690, reliability: 1 });

    const history = await callApi(workerHistoryRoute.GET, {
      ...manager,
      params: { id: people.ann },
      query: { pageSize: "2" },
    });
    expect(history.status).toBe(200);
    expect(history.body.meta).toEqual({ page: 1, pageSize: 2, total: 3 });
    const [doors, day2] = history.body.data;
    expect(doors).toMatchObject({
      state: "confirmed",
      event: { name: "Winter Gala", status: "active" },
      callTime: {
        name: "Doors",
        startsAt: "2099-12-20T23:00:00.000Z",
        timeZone: "America/New_York",
      },
      laborType: { name: "Stagehand" },
      hours: { status: "in_progress", paidMinutes: null },
    });
    expect(day2).toMatchObject({ callTime: { name: "Day 2" }, hours: { paidMinutes: 240 } });

    const older = await callApi(workerHistoryRoute.GET, {
      ...manager,
      params: { id: people.ann },
      query: { pageSize: "2", page: "2" },
    });
    const [day1] = older.body.data;
    const shift = computeShift({
      scheduledStart: new Date("2020-11-20T14:00:00Z"),
      signedInAt: new Date("2020-11-20T14:00:00Z"),
      signedOutAt: new Date("2020-11-20T22:00:00Z"),
      breaks: [{ startsAt: new Date("2020-11-20T18:00:00Z"), durationMinutes: 30, paid: false }],
      rules: DEFAULT_PAY_RULES,
      payRateMinor: 2500,
      timeZone: "America/New_York",
    });
    expect(day1).toMatchObject({ requestId: people.annDay1, callTime: { name: "Day 1" } });
    expect(day1.hours).toEqual({
      ...shift,
      start: shift.start.toISOString(),
      end: shift.end!.toISOString(),
    });

    const bob = await callApi(workerHistoryRoute.GET, { ...manager, params: { id: people.bob } });
    expect(
      bob.body.data.map((item: { state: string; hours: unknown }) => [item.state, item.hours]),
    ).toEqual([
      ["declined", null],
      ["confirmed", expect.objectContaining({ status: "in_progress" })],
      ["no_call_no_show", null],
    ]);
    const dee = await callApi(workerHistoryRoute.GET, { ...manager, params: { id: people.dee } });
    expect(dee.body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it("is for managers: 403 to stewards, 401 without a token, 404 across orgs", async () => {
    const calls = (auth: { token?: string; orgId?: string }, id = people.ann) => [
      callApi(workerReportRoute.GET, { ...auth }),
      callApi(workerReliabilityRoute.GET, { ...auth, params: { id } }),
      callApi(workerHistoryRoute.GET, { ...auth, params: { id } }),
    ];
    for (const role of ["steward", "worker", "member"] as const) {
      const answers = await Promise.all(
        calls({ token: setup.team[role].token, orgId: setup.org.id }),
      );
      expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403]);
    }
    const anonymous = await Promise.all(calls({ orgId: setup.org.id }));
    expect(anonymous.map((answer) => answer.status)).toEqual([401, 401, 401]);

    const other = await staffingOrg("Rival Crew");
    const stranger = { token: other.team.owner.token, orgId: other.org.id };
    const [list, summary, history] = await Promise.all(calls(stranger));
    expect(list!.body).toMatchObject({ data: [], meta: { total: 0 } });
    expect([summary!.status, history!.status]).toEqual([404, 404]);
    expect(summary!.body.message).toBe("Worker not found.");
    const missing = await Promise.all(calls(manager, "00000000-0000-4000-8000-000000000000"));
    expect(missing.slice(1).map((answer) => answer.status)).toEqual([404, 404]);
  });
});
