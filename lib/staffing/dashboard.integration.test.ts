import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as dashboardRoute from "@/app/api/v1/staffing/dashboard/route";
import { organizations } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import type { OrgContext } from "@/lib/tenancy";
import { withSystemScope } from "@/lib/tenancy/scope";
import { getStaffingDashboard, weekOf } from "./dashboard.queries";
import { staffingOrg } from "./events.testing";
import { seeder } from "./reports.testing";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/** Wednesday 9 December 2026, noon in New York (the org's zone): the week is 7–13 December. */
const NOW = new Date("2026-12-09T17:00:00Z");

function contextOf(setup: Setup, role: "manager" | "steward"): OrgContext {
  return {
    orgId: setup.org.id,
    userId: setup.team[role].user.id,
    role,
    membershipId: setup.team[role].membershipId,
  };
}

async function scenario(setup: Setup) {
  await withSystemScope((tx) =>
    tx
      .update(organizations)
      .set({ timeZone: "America/New_York" })
      .where(eq(organizations.id, setup.org.id)),
  );
  const seed = seeder(setup);
  const w = Object.fromEntries(
    await Promise.all(
      ["Ann", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kim"].map(
        async (name) => [name, await seed.worker(name)] as const,
      ),
    ),
  ) as Record<string, string>;

  // The steward's event: this morning's load-in, a late crew tonight (still today in New
  // York, tomorrow in UTC) and Friday's show.
  const harbor = await seed.event({
    name: "Harbor Festival",
    startDate: "2026-12-09",
    endDate: "2026-12-11",
    steward: true,
  });
  const loadIn = await seed.requirement(
    await seed.callTime(harbor, "Load-in", "2026-12-09T12:00:00Z"),
    { needed: 4, confirmed: 3 },
  );
  await seed.shift(await seed.request(loadIn, w.Ann!, "confirmed"), {
    in: "2026-12-09T12:00:00Z",
    out: "2026-12-09T18:20:00Z",
    breaks: [{ at: "2026-12-09T16:00:00Z", minutes: 30 }],
  });
  await seed.shift(await seed.request(loadIn, w.Bob!, "confirmed"), {
    in: "2026-12-09T12:30:00Z",
  });
  await seed.request(loadIn, w.Cy!, "confirmed");
  await seed.request(loadIn, w.Ivy!, "sent"); // unanswered, but the call has started
  await seed.requirement(await seed.callTime(harbor, "Late crew", "2026-12-10T04:00:00Z"), {
    needed: 1,
  });
  const show = await seed.requirement(await seed.callTime(harbor, "Show", "2026-12-11T23:00:00Z"), {
    needed: 2,
    confirmed: 1,
  });
  await seed.request(show, w.Dee!, "confirmed");
  await seed.request(show, w.Eve!, "sent");

  // A draft gala in eleven days, and a draft with no call time yet next week.
  const gala = await seed.event({ name: "Winter Gala", startDate: "2026-12-20", status: "draft" });
  const setupCall = await seed.callTime(gala, "Setup", "2026-12-20T14:00:00Z");
  await seed.request(await seed.requirement(setupCall, { needed: 5 }), w.Fay!, "sent");
  await seed.request(
    await seed.requirement(setupCall, { laborType: "rigger", needed: 2, confirmed: 1 }),
    w.Gus!,
    "confirmed",
  );
  await seed.event({ name: "Planning Day", startDate: "2026-12-15", status: "draft" });

  // Monday's finished show counts in the week; Sunday night's (23:30 in New York) does not.
  const oldShow = await seed.event({
    name: "Old Show",
    startDate: "2026-12-07",
    status: "completed",
  });
  await seed.shift(
    await seed.request(
      await seed.requirement(await seed.callTime(oldShow, "Doors", "2026-12-07T14:00:00Z"), {
        needed: 1,
        confirmed: 1,
      }),
      w.Hal!,
      "confirmed",
    ),
    { in: "2026-12-07T14:00:00Z", out: "2026-12-07T22:00:00Z" },
  );
  const sunday = await seed.event({
    name: "Sunday Late",
    startDate: "2026-12-06",
    status: "completed",
  });
  await seed.shift(
    await seed.request(
      await seed.requirement(await seed.callTime(sunday, "Late", "2026-12-07T04:30:00Z"), {
        needed: 1,
        confirmed: 1,
      }),
      w.Jo!,
      "confirmed",
    ),
    { in: "2026-12-07T04:30:00Z", out: "2026-12-07T09:00:00Z" },
  );

  // Canceled and far-off events count nowhere.
  const canceled = await seed.event({
    name: "Canceled Thing",
    startDate: "2026-12-09",
    status: "canceled",
  });
  await seed.shift(
    await seed.request(
      await seed.requirement(await seed.callTime(canceled, "Doors", "2026-12-09T20:00:00Z"), {
        needed: 1,
        confirmed: 1,
      }),
      w.Kim!,
      "confirmed",
    ),
    { in: "2026-12-09T20:00:00Z", out: "2026-12-10T01:00:00Z" },
  );
  await seed.request(
    await seed.requirement(
      await seed.callTime(
        await seed.event({ name: "Spring Expo", startDate: "2027-01-15" }),
        "Doors",
        "2027-01-15T14:00:00Z",
      ),
      { needed: 3 },
    ),
    w.Kim!,
    "sent",
  );
}

let setup: Setup;

beforeAll(async () => {
  setup = await staffingOrg();
  await scenario(setup);
  // Another org with a call time today: never on this org's dashboard.
  const other = await staffingOrg("Rival Crew");
  const seed = seeder(other);
  const event = await seed.event({ name: "Rival Night", startDate: "2026-12-09" });
  const requirement = await seed.requirement(
    await seed.callTime(event, "Doors", "2026-12-09T15:00:00Z"),
    { needed: 2, confirmed: 1 },
  );
  await seed.request(requirement, await seed.worker("Zed"), "confirmed");
  await seed.request(requirement, await seed.worker("Yan"), "sent");
});

describe("staffing dashboard", () => {
  it("computes the week on the org's calendar", () => {
    expect(weekOf(NOW, "America/New_York")).toMatchObject({
      today: "2026-12-09",
      from: "2026-12-07",
      to: "2026-12-13",
      start: new Date("2026-12-07T05:00:00Z"),
      end: new Date("2026-12-14T05:00:00Z"),
    });
    // Sunday night in New York is already Monday in UTC; the week is still the one ending.
    expect(weekOf(new Date("2026-12-14T03:00:00Z"), "America/New_York")).toMatchObject({
      from: "2026-12-07",
      to: "2026-12-13",
    });
  });

  it("shows a manager upcoming fill, today's call times, pending answers and the week", async () => {
    const dashboard = await getStaffingDashboard(contextOf(setup, "manager"), NOW);
    expect(dashboard).toMatchObject({ now: NOW.toISOString(), timeZone: "America/New_York" });

    expect(
      dashboard.upcomingEvents.map(
        ({ name, callTimes, needed, confirmed, unfilled, fillRate }) => ({
          name,
          callTimes,
          needed,
          confirmed,
          unfilled,
          fillRate,
        }),
      ),
    ).toEqual([
      // Late crew and Show (the load-in has started).
      {
        name: "Harbor Festival",
        callTimes: 2,
        needed: 3,
        confirmed: 1,
        unfilled: 2,
        fillRate: 0.333,
      },
      { name: "Planning Day", callTimes: 0, needed: 0, confirmed: 0, unfilled: 0, fillRate: null },
      { name: "Winter Gala", callTimes: 1, needed: 7, confirmed: 1, unfilled: 6, fillRate: 0.143 },
    ]);
    expect(dashboard.upcomingEvents[0]).toMatchObject({
      status: "active",
      location: "Pier 17",
      nextCallTimeAt: "2026-12-10T04:00:00.000Z",
    });
    expect(dashboard.upcomingEvents[1]!.nextCallTimeAt).toBeNull();

    expect(dashboard.todayCallTimes.map((callTime) => callTime.name)).toEqual([
      "Load-in",
      "Late crew",
    ]);
    const [loadIn, lateCrew] = dashboard.todayCallTimes;
    expect(loadIn).toMatchObject({
      timeZone: "America/New_York",
      event: { name: "Harbor Festival" },
      needed: 4,
      confirmed: 3,
      unfilled: 1,
      fillRate: 0.75,
      signedIn: 1,
      signedOut: 1,
      notYet: 1,
    });
    expect(loadIn!.workers.map((worker) => [worker.name, worker.status])).toEqual([
      ["Ann", "out"],
      ["Bob", "in"],
      ["Cy", "not_yet"],
    ]);
    expect(loadIn!.workers[1]).toMatchObject({
      laborType: "Stagehand",
      signedInAt: "2026-12-09T12:30:00.000Z",
      signedOutAt: null,
    });
    expect(lateCrew).toMatchObject({ needed: 1, confirmed: 0, workers: [] });

    // Eve (Friday), Fay (the gala) and Kim (the expo, next month); not Ivy: her call started.
    expect(dashboard.pendingAnswers).toBe(3);

    // Hal: 8 h on Monday (5 regular, 3 meal penalty at 1.5 × $25 = $237.50); Ann: 6 paid
    // hours ($150). Bob (signed in), Cy and Dee (not yet) add their 4-hour minimum ($100 each)
    // to the estimate.
    expect(dashboard.week).toEqual({
      from: "2026-12-07",
      to: "2026-12-13",
      completedShifts: 2,
      paidMinutes: 480 + 360,
      hours: 14,
      costMinor: 23750 + 15000,
      inProgressShifts: 1,
      scheduledShifts: 2,
      estimatedMinutes: 840 + 3 * 240,
      estimatedHours: 26,
      estimatedCostMinor: 38750 + 3 * 10000,
      currency: "USD",
    });
  });

  it("shows a steward their events only", async () => {
    const dashboard = await getStaffingDashboard(contextOf(setup, "steward"), NOW);
    expect(dashboard.upcomingEvents.map((event) => event.name)).toEqual(["Harbor Festival"]);
    expect(dashboard.todayCallTimes.map((callTime) => callTime.name)).toEqual([
      "Load-in",
      "Late crew",
    ]);
    expect(dashboard.pendingAnswers).toBe(1);
    expect(dashboard.week).toMatchObject({
      completedShifts: 1,
      paidMinutes: 360,
      costMinor: 15000,
      inProgressShifts: 1,
      scheduledShifts: 2,
    });
  });

  it("answers over the API for staffing leads only, each org its own", async () => {
    const answer = await callApi(dashboardRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      timeZone: "America/New_York",
      week: { currency: "USD" },
    });
    expect(Array.isArray(answer.body.data.todayCallTimes)).toBe(true);
    for (const role of ["worker", "member"] as const) {
      const refused = await callApi(dashboardRoute.GET, {
        token: setup.team[role].token,
        orgId: setup.org.id,
      });
      expect(refused.status).toBe(403);
    }
    expect((await callApi(dashboardRoute.GET, { orgId: setup.org.id })).status).toBe(401);

    const other = await staffingOrg("Third Crew");
    const forged = await callApi(dashboardRoute.GET, {
      token: other.team.owner.token,
      orgId: setup.org.id,
    });
    expect(forged.status).toBe(404);
    const own = await getStaffingDashboard(
      {
        orgId: other.org.id,
        userId: other.team.owner.user.id,
        role: "owner",
        membershipId: other.team.owner.membershipId,
      },
      NOW,
    );
    expect(own).toMatchObject({
      upcomingEvents: [],
      todayCallTimes: [],
      pendingAnswers: 0,
      week: { completedShifts: 0, estimatedMinutes: 0 },
    });
  });
});
