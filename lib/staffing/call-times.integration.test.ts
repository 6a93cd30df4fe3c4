import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as eventsRoute from "@/app/api/v1/staffing/events/route";
import * as eventRoute from "@/app/api/v1/staffing/events/[id]/route";
import * as stewardsRoute from "@/app/api/v1/staffing/events/[id]/stewards/route";
import * as eventCallTimesRoute from "@/app/api/v1/staffing/events/[id]/call-times/route";
import * as callTimeRoute from "@/app/api/v1/staffing/call-times/[id]/route";
import * as changesRoute from "@/app/api/v1/staffing/call-times/[id]/changes/route";
import * as copyRoute from "@/app/api/v1/staffing/call-times/[id]/copy/route";
import * as requirementsRoute from "@/app/api/v1/staffing/call-times/[id]/requirements/route";
import * as requirementRoute from "@/app/api/v1/staffing/requirements/[id]/route";
import { laborRequirements } from "@/db/schema/staffing";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { snapshotStaffing, staffingOrg } from "./events.testing";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/** An event at the New York location, its steward assigned, with one call time. */
async function eventWithCallTime(setup: Setup) {
  const manager = { token: setup.team.manager.token, orgId: setup.org.id };
  const event = await callApi(eventsRoute.POST, {
    ...manager,
    body: {
      name: "Harbor Festival",
      startDate: "2026-12-04",
      endDate: "2026-12-06",
      locationId: setup.location.id,
    },
  });
  await callApi(stewardsRoute.PUT, {
    ...manager,
    params: { id: event.body.data.id },
    body: { userIds: [setup.team.steward.user.id] },
  });
  const callTime = await callApi(eventCallTimesRoute.POST, {
    ...manager,
    params: { id: event.body.data.id },
    body: { name: "Load-in", date: "2026-12-04", time: "07:00", message: "Bring gloves" },
  });
  expect(callTime.status).toBe(201);
  return { eventId: event.body.data.id as string, callTimeId: callTime.body.data.id as string };
}

async function addRequirement(setup: Setup, callTimeId: string, body: Record<string, unknown>) {
  return callApi(requirementsRoute.POST, {
    token: setup.team.manager.token,
    orgId: setup.org.id,
    params: { id: callTimeId },
    body,
  });
}

async function setConfirmed(requirementId: string, confirmedCount: number) {
  await withSystemScope((tx) =>
    tx
      .update(laborRequirements)
      .set({ confirmedCount })
      .where(eq(laborRequirements.id, requirementId)),
  );
}

describe("call times", () => {
  it("adds call times from a wall time in the location's zone or an instant, in start order", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId } = await eventWithCallTime(setup);
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    const show = await callApi(eventCallTimesRoute.POST, {
      ...manager,
      params: { id: eventId },
      body: { name: "Show", startsAt: "2026-12-04T18:00:00-05:00", payRules: { minimumHours: 6 } },
    });
    expect(show.status).toBe(201);
    expect(show.body.data).toEqual({
      id: expect.any(String),
      eventId,
      name: "Show",
      startsAt: "2026-12-04T23:00:00.000Z",
      timeZone: "America/New_York",
      date: "2026-12-04",
      time: "18:00",
      message: null,
      payRules: { minimumHours: 6 },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const list = await callApi(eventCallTimesRoute.GET, { ...manager, params: { id: eventId } });
    expect(list.status).toBe(200);
    expect(list.body.data.map((c: { id: string; startsAt: string }) => [c.id, c.startsAt])).toEqual(
      [
        // 07:00 in New York in December is 12:00 UTC.
        [callTimeId, "2026-12-04T12:00:00.000Z"],
        [show.body.data.id, "2026-12-04T23:00:00.000Z"],
      ],
    );
    const one = await callApi(callTimeRoute.GET, { ...manager, params: { id: callTimeId } });
    expect(one.body.data).toMatchObject({
      name: "Load-in",
      message: "Bring gloves",
      time: "07:00",
    });
  });

  it("refuses bad input with 422 and adds nothing", async () => {
    const setup = await staffingOrg();
    const { eventId } = await eventWithCallTime(setup);
    const before = await snapshotStaffing(setup.org.id);
    for (const [body, field] of [
      [{ name: "Show" }, "startsAt"],
      [{ name: "Show", date: "2026-12-04" }, "startsAt"],
      [
        { name: "Show", startsAt: "2026-12-04T18:00:00Z", date: "2026-12-04", time: "18:00" },
        "startsAt",
      ],
      [{ name: "Show", date: "2026-12-04", time: "25:00" }, "time"],
      [{ name: "Show", startsAt: "2026-12-04T18:00:00" }, "startsAt"],
      [{ name: "", startsAt: "2026-12-04T18:00:00Z" }, "name"],
      [{ name: "Show", startsAt: "2026-12-04T18:00:00Z", payRules: { tips: 1 } }, "payRules"],
    ] as const) {
      const response = await callApi(eventCallTimesRoute.POST, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        params: { id: eventId },
        body,
      });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(response.body.errors), JSON.stringify(body)).toContain(field);
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("records each change of the start in the history, newest first", async () => {
    const setup = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    const patch = (body: Record<string, unknown>, token = setup.team.manager.token) =>
      callApi(callTimeRoute.PATCH, {
        token,
        orgId: setup.org.id,
        params: { id: callTimeId },
        body,
      });

    const renamed = await patch({ name: "Load-in crew", message: null });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ name: "Load-in crew", message: null, time: "07:00" });
    expect(await patch({ startsAt: "2026-12-04T12:00:00Z" })).toMatchObject({ status: 200 });

    const moved = await patch({ date: "2026-12-04", time: "08:30" });
    expect(moved.body.data).toMatchObject({ startsAt: "2026-12-04T13:30:00.000Z", time: "08:30" });
    await patch({ startsAt: "2026-12-05T13:00:00Z" }, setup.team.steward.token);

    const history = await callApi(changesRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
    });
    expect(history.status).toBe(200);
    expect(history.body.data).toEqual([
      {
        id: expect.any(String),
        previousStartsAt: "2026-12-04T13:30:00.000Z",
        newStartsAt: "2026-12-05T13:00:00.000Z",
        changedBy: { userId: setup.team.steward.user.id, name: "Steward Person" },
        createdAt: expect.any(String),
      },
      {
        id: expect.any(String),
        previousStartsAt: "2026-12-04T12:00:00.000Z",
        newStartsAt: "2026-12-04T13:30:00.000Z",
        changedBy: { userId: setup.team.manager.user.id, name: "Manager Person" },
        createdAt: expect.any(String),
      },
    ]);

    const before = await snapshotStaffing(setup.org.id);
    const bad = await patch({ startsAt: "tomorrow", name: "" });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["name", "startsAt"]);
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("copies a call time with its requirements, nobody confirmed, the original untouched", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId } = await eventWithCallTime(setup);
    const stagehands = await addRequirement(setup, callTimeId, {
      laborTypeId: setup.laborTypes.stagehand.id,
      needed: 6,
      firstComePositions: 2,
      payRateMinor: 2500,
      payRules: { minimumHours: 5 },
    });
    await addRequirement(setup, callTimeId, { laborTypeId: setup.laborTypes.rigger.id, needed: 2 });
    await setConfirmed(stagehands.body.data.id, 3);

    const copy = await callApi(copyRoute.POST, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
      body: { date: "2026-12-05", time: "07:00" },
    });
    expect(copy.status).toBe(201);
    expect(copy.body.data).toMatchObject({
      eventId,
      name: "Load-in",
      message: "Bring gloves",
      startsAt: "2026-12-05T12:00:00.000Z",
    });
    expect(copy.body.data.id).not.toBe(callTimeId);

    const copied = await callApi(requirementsRoute.GET, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: copy.body.data.id },
    });
    expect(
      copied.body.data.map((r: Record<string, unknown>) => ({
        laborType: (r.laborType as { name: string }).name,
        needed: r.needed,
        firstComePositions: r.firstComePositions,
        payRateMinor: r.payRateMinor,
        payRules: r.payRules,
        counts: r.counts,
      })),
    ).toEqual([
      {
        laborType: "Rigger",
        needed: 2,
        firstComePositions: 0,
        payRateMinor: null,
        payRules: {},
        counts: expect.objectContaining({ confirmed: 0 }),
      },
      {
        laborType: "Stagehand",
        needed: 6,
        firstComePositions: 2,
        payRateMinor: 2500,
        payRules: { minimumHours: 5 },
        counts: expect.objectContaining({ confirmed: 0 }),
      },
    ]);
    const original = await callApi(requirementsRoute.GET, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
    });
    expect(
      original.body.data.map((r: { counts: { confirmed: number } }) => r.counts.confirmed),
    ).toEqual([0, 3]);

    const named = await callApi(copyRoute.POST, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
      body: { startsAt: "2026-12-06T12:00:00Z", name: "Load-out" },
    });
    expect(named.body.data.name).toBe("Load-out");
    const bad = await callApi(copyRoute.POST, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
      body: {},
    });
    expect(bad.status).toBe(422);
  });

  it("deletes a call time with its requirements", async () => {
    const setup = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    await addRequirement(setup, callTimeId, { laborTypeId: setup.laborTypes.rigger.id, needed: 1 });
    const deleted = await callApi(callTimeRoute.DELETE, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: callTimeId });
    const after = await snapshotStaffing(setup.org.id);
    expect(after.callTimes).toEqual([]);
    expect(after.requirements).toEqual([]);
  });

  it("refuses changes once the event is canceled (409), still lets people read", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId } = await eventWithCallTime(setup);
    const requirement = await addRequirement(setup, callTimeId, {
      laborTypeId: setup.laborTypes.rigger.id,
      needed: 1,
    });
    await callApi(eventRoute.PATCH, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: eventId },
      body: { status: "canceled" },
    });
    const before = await snapshotStaffing(setup.org.id);
    const as = { token: setup.team.manager.token, orgId: setup.org.id };
    const statuses = [
      await callApi(eventCallTimesRoute.POST, {
        ...as,
        params: { id: eventId },
        body: { name: "Late", startsAt: "2026-12-05T12:00:00Z" },
      }),
      await callApi(callTimeRoute.PATCH, {
        ...as,
        params: { id: callTimeId },
        body: { name: "X" },
      }),
      await callApi(callTimeRoute.DELETE, { ...as, params: { id: callTimeId } }),
      await callApi(copyRoute.POST, {
        ...as,
        params: { id: callTimeId },
        body: { startsAt: "2026-12-05T12:00:00Z" },
      }),
      await addRequirement(setup, callTimeId, {
        laborTypeId: setup.laborTypes.stagehand.id,
        needed: 1,
      }),
      await callApi(requirementRoute.PATCH, {
        ...as,
        params: { id: requirement.body.data.id },
        body: { needed: 3 },
      }),
      await callApi(requirementRoute.DELETE, { ...as, params: { id: requirement.body.data.id } }),
    ].map((response) => response.status);
    expect(statuses).toEqual([409, 409, 409, 409, 409, 409, 409]);
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
    const read = await callApi(callTimeRoute.GET, { ...as, params: { id: callTimeId } });
    expect(read.status).toBe(200);
  });
});

describe("labor requirements", () => {
  it("adds, lists, updates and deletes requirements with their confirmed count", async () => {
    const setup = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    const created = await addRequirement(setup, callTimeId, {
      laborTypeId: setup.laborTypes.stagehand.id,
      needed: 4,
      firstComePositions: 4,
      payRateMinor: 0,
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual({
      id: expect.any(String),
      callTimeId,
      laborType: { id: setup.laborTypes.stagehand.id, name: "Stagehand" },
      needed: 4,
      firstComePositions: 4,
      payRateMinor: 0,
      payRules: {},
      counts: {
        queued: 0,
        sent: 0,
        available: 0,
        declined: 0,
        confirmed: 0,
        canceled: 0,
        noShow: 0,
        unfilled: 4,
      },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const id = created.body.data.id;
    const patch = (body: Record<string, unknown>) =>
      callApi(requirementRoute.PATCH, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        params: { id },
        body,
      });

    const updated = await patch({ needed: 8, firstComePositions: 2, payRateMinor: null });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      needed: 8,
      firstComePositions: 2,
      payRateMinor: null,
    });

    const list = await callApi(requirementsRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: callTimeId },
    });
    expect(list.body.data.map((r: { id: string }) => r.id)).toEqual([id]);

    const deleted = await callApi(requirementRoute.DELETE, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id },
    });
    expect(deleted.body.data).toEqual({ id });
    expect((await snapshotStaffing(setup.org.id)).requirements).toEqual([]);
  });

  it("refuses a second requirement for the same labor type with 409", async () => {
    const setup = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    const body = { laborTypeId: setup.laborTypes.rigger.id, needed: 2 };
    expect((await addRequirement(setup, callTimeId, body)).status).toBe(201);
    const before = await snapshotStaffing(setup.org.id);
    const duplicate = await addRequirement(setup, callTimeId, { ...body, needed: 5 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual({ laborTypeId: [expect.any(String)] });
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("lets exactly one of two simultaneous adds of a labor type win (the other 409)", async () => {
    const setup = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    const body = { laborTypeId: setup.laborTypes.stagehand.id, needed: 2 };
    const responses = await Promise.all([
      addRequirement(setup, callTimeId, body),
      addRequirement(setup, callTimeId, body),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect((await snapshotStaffing(setup.org.id)).requirements).toHaveLength(1);
  });

  it("refuses bad numbers and other orgs' labor types with 422, changing nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    const existing = await addRequirement(setup, callTimeId, {
      laborTypeId: setup.laborTypes.rigger.id,
      needed: 3,
    });
    const before = await snapshotStaffing(setup.org.id);
    const stagehand = setup.laborTypes.stagehand.id;
    for (const [body, field] of [
      [{ laborTypeId: stagehand, needed: 0 }, "needed"],
      [{ laborTypeId: stagehand, needed: 2, firstComePositions: 3 }, "firstComePositions"],
      [{ laborTypeId: stagehand, needed: 2, payRateMinor: -1 }, "payRateMinor"],
      [{ laborTypeId: stagehand, needed: 1.5 }, "needed"],
      [{ laborTypeId: other.laborTypes.stagehand.id, needed: 2 }, "laborTypeId"],
    ] as const) {
      const response = await addRequirement(setup, callTimeId, body);
      expect(response.status, field).toBe(422);
      expect(Object.keys(response.body.errors), field).toContain(field);
    }
    for (const [body, field] of [
      [{ firstComePositions: 4 }, "firstComePositions"],
      [{ needed: -1 }, "needed"],
      [{ laborTypeId: stagehand }, "body"],
    ] as const) {
      const response = await callApi(requirementRoute.PATCH, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        params: { id: existing.body.data.id },
        body,
      });
      expect(response.status, field).toBe(422);
      expect(Object.keys(response.body.errors), field).toContain(field);
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("refuses lowering needed below the confirmed count with 409", async () => {
    const setup = await staffingOrg();
    const { callTimeId } = await eventWithCallTime(setup);
    const requirement = await addRequirement(setup, callTimeId, {
      laborTypeId: setup.laborTypes.stagehand.id,
      needed: 5,
    });
    await setConfirmed(requirement.body.data.id, 4);
    const before = await snapshotStaffing(setup.org.id);
    const lowered = await callApi(requirementRoute.PATCH, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: requirement.body.data.id },
      body: { needed: 3 },
    });
    expect(lowered.status).toBe(409);
    expect(lowered.body.errors).toEqual({ needed: [expect.any(String)] });
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);

    const toConfirmed = await callApi(requirementRoute.PATCH, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: requirement.body.data.id },
      body: { needed: 4 },
    });
    expect(toConfirmed.status).toBe(200);
    expect(toConfirmed.body.data).toMatchObject({
      needed: 4,
      counts: expect.objectContaining({ confirmed: 4, unfilled: 0 }),
    });
  });
});

describe("steward scope and roles", () => {
  it("lets a steward staff their own event and hides every other event (404)", async () => {
    const setup = await staffingOrg();
    const mine = await eventWithCallTime(setup);
    const theirs = await eventWithCallTime(setup);
    // Take the steward off the second event.
    await callApi(stewardsRoute.PUT, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: theirs.eventId },
      body: { userIds: [] },
    });
    const theirRequirement = await addRequirement(setup, theirs.callTimeId, {
      laborTypeId: setup.laborTypes.rigger.id,
      needed: 1,
    });
    const steward = { token: setup.team.steward.token, orgId: setup.org.id };

    const added = await callApi(eventCallTimesRoute.POST, {
      ...steward,
      params: { id: mine.eventId },
      body: { name: "Show", date: "2026-12-04", time: "19:00" },
    });
    expect(added.status).toBe(201);
    const labor = await callApi(requirementsRoute.POST, {
      ...steward,
      params: { id: added.body.data.id },
      body: { laborTypeId: setup.laborTypes.stagehand.id, needed: 3 },
    });
    expect(labor.status).toBe(201);
    const patched = await callApi(requirementRoute.PATCH, {
      ...steward,
      params: { id: labor.body.data.id },
      body: { needed: 4 },
    });
    expect(patched.status).toBe(200);

    const before = await snapshotStaffing(setup.org.id);
    const statuses = [
      await callApi(eventRoute.GET, { ...steward, params: { id: theirs.eventId } }),
      await callApi(eventCallTimesRoute.GET, { ...steward, params: { id: theirs.eventId } }),
      await callApi(eventCallTimesRoute.POST, {
        ...steward,
        params: { id: theirs.eventId },
        body: { name: "Sneak", startsAt: "2026-12-04T12:00:00Z" },
      }),
      await callApi(callTimeRoute.GET, { ...steward, params: { id: theirs.callTimeId } }),
      await callApi(callTimeRoute.PATCH, {
        ...steward,
        params: { id: theirs.callTimeId },
        body: { name: "Sneak" },
      }),
      await callApi(callTimeRoute.DELETE, { ...steward, params: { id: theirs.callTimeId } }),
      await callApi(changesRoute.GET, { ...steward, params: { id: theirs.callTimeId } }),
      await callApi(copyRoute.POST, {
        ...steward,
        params: { id: theirs.callTimeId },
        body: { startsAt: "2026-12-05T12:00:00Z" },
      }),
      await callApi(requirementsRoute.GET, { ...steward, params: { id: theirs.callTimeId } }),
      await callApi(requirementsRoute.POST, {
        ...steward,
        params: { id: theirs.callTimeId },
        body: { laborTypeId: setup.laborTypes.stagehand.id, needed: 1 },
      }),
      await callApi(requirementRoute.PATCH, {
        ...steward,
        params: { id: theirRequirement.body.data.id },
        body: { needed: 9 },
      }),
      await callApi(requirementRoute.DELETE, {
        ...steward,
        params: { id: theirRequirement.body.data.id },
      }),
    ].map((response) => response.status);
    expect(statuses).toEqual(Array(12).fill(404));
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("gives members and workers 403 on every call-time and requirement endpoint", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId } = await eventWithCallTime(setup);
    const requirement = await addRequirement(setup, callTimeId, {
      laborTypeId: setup.laborTypes.rigger.id,
      needed: 1,
    });
    const before = await snapshotStaffing(setup.org.id);
    for (const role of ["member", "worker"] as const) {
      const as = { token: setup.team[role].token, orgId: setup.org.id };
      const statuses = [
        await callApi(eventCallTimesRoute.GET, { ...as, params: { id: eventId } }),
        await callApi(eventCallTimesRoute.POST, {
          ...as,
          params: { id: eventId },
          body: { name: "X", startsAt: "2026-12-04T12:00:00Z" },
        }),
        await callApi(callTimeRoute.GET, { ...as, params: { id: callTimeId } }),
        await callApi(callTimeRoute.PATCH, {
          ...as,
          params: { id: callTimeId },
          body: { name: "X" },
        }),
        await callApi(callTimeRoute.DELETE, { ...as, params: { id: callTimeId } }),
        await callApi(changesRoute.GET, { ...as, params: { id: callTimeId } }),
        await callApi(copyRoute.POST, {
          ...as,
          params: { id: callTimeId },
          body: { startsAt: "2026-12-05T12:00:00Z" },
        }),
        await callApi(requirementsRoute.GET, { ...as, params: { id: callTimeId } }),
        await callApi(requirementsRoute.POST, {
          ...as,
          params: { id: callTimeId },
          body: { laborTypeId: setup.laborTypes.stagehand.id, needed: 1 },
        }),
        await callApi(requirementRoute.PATCH, {
          ...as,
          params: { id: requirement.body.data.id },
          body: { needed: 2 },
        }),
        await callApi(requirementRoute.DELETE, { ...as, params: { id: requirement.body.data.id } }),
      ].map((response) => response.status);
      expect(statuses, role).toEqual(Array(11).fill(403));
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });
});

describe("cross-tenant: another org's call time and requirement ids", () => {
  it("answers 404 on every endpoint and changes nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const theirs = await eventWithCallTime(other);
    const theirRequirement = await addRequirement(other, theirs.callTimeId, {
      laborTypeId: other.laborTypes.rigger.id,
      needed: 1,
    });
    const before = await snapshotStaffing(other.org.id);
    const as = { token: setup.team.owner.token, orgId: setup.org.id };
    const statuses = [
      await callApi(eventCallTimesRoute.GET, { ...as, params: { id: theirs.eventId } }),
      await callApi(eventCallTimesRoute.POST, {
        ...as,
        params: { id: theirs.eventId },
        body: { name: "X", startsAt: "2026-12-04T12:00:00Z" },
      }),
      await callApi(callTimeRoute.GET, { ...as, params: { id: theirs.callTimeId } }),
      await callApi(callTimeRoute.PATCH, {
        ...as,
        params: { id: theirs.callTimeId },
        body: { startsAt: "2026-12-09T12:00:00Z" },
      }),
      await callApi(callTimeRoute.DELETE, { ...as, params: { id: theirs.callTimeId } }),
      await callApi(changesRoute.GET, { ...as, params: { id: theirs.callTimeId } }),
      await callApi(copyRoute.POST, {
        ...as,
        params: { id: theirs.callTimeId },
        body: { startsAt: "2026-12-05T12:00:00Z" },
      }),
      await callApi(requirementsRoute.GET, { ...as, params: { id: theirs.callTimeId } }),
      await callApi(requirementsRoute.POST, {
        ...as,
        params: { id: theirs.callTimeId },
        body: { laborTypeId: setup.laborTypes.stagehand.id, needed: 1 },
      }),
      await callApi(requirementRoute.PATCH, {
        ...as,
        params: { id: theirRequirement.body.data.id },
        body: { needed: 2 },
      }),
      await callApi(requirementRoute.DELETE, {
        ...as,
        params: { id: theirRequirement.body.data.id },
      }),
    ].map((response) => response.status);
    expect(statuses).toEqual(Array(11).fill(404));
    expect(await snapshotStaffing(other.org.id)).toEqual(before);
  });
});
