import { describe, expect, it } from "vitest";
import { GET as publicHoursApi } from "@/app/api/v1/businesses/[idOrSlug]/hours/route";
import { PUT as batchHoursApi } from "@/app/api/v1/manage/businesses/[id]/hours/batch/route";
import {
  GET as getHoursApi,
  PUT as setHoursApi,
} from "@/app/api/v1/manage/businesses/[id]/hours/route";
import {
  GET as listTimeOffApi,
  POST as createTimeOffApi,
} from "@/app/api/v1/manage/businesses/[id]/time-off/route";
import {
  DELETE as deleteTimeOffApi,
  PATCH as updateTimeOffApi,
} from "@/app/api/v1/manage/time-off/[id]/route";
import { callApi } from "@/lib/testing/api";
import { bookingBusiness } from "./booking.testing";
import { snapshotCatalog } from "./catalog.testing";
import { instantIn } from "./hours.service";

const week = (opensAt: string, closesAt: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt, closesAt }));

describe("working hours", () => {
  it("sets the week of the business, an employee and a service, breaks included", async () => {
    const { org, team, business, employees, services } = await bookingBusiness();
    const as = { token: team.manager.token, orgId: org.id, params: { id: business.id } };
    const businessWeek = await callApi(setHoursApi, {
      ...as,
      body: {
        ranges: [
          { weekday: 1, opensAt: "08:00", closesAt: "12:00" },
          { weekday: 1, opensAt: "13:00", closesAt: "24:00" },
          { weekday: 1, opensAt: "10:00", closesAt: "10:15", kind: "break" },
        ],
      },
    });
    expect(businessWeek.status).toBe(200);
    const businessRows = businessWeek.body.data.hours.filter(
      (row: { employeeId: string | null; serviceId: string | null }) =>
        !row.employeeId && !row.serviceId,
    );
    // The fixture's seven days were replaced by Monday's three ranges.
    expect(businessRows).toEqual([
      expect.objectContaining({ weekday: 1, opensAt: "08:00", closesAt: "12:00", kind: "open" }),
      expect.objectContaining({ weekday: 1, opensAt: "10:00", closesAt: "10:15", kind: "break" }),
      expect.objectContaining({ weekday: 1, opensAt: "13:00", closesAt: "24:00", kind: "open" }),
    ]);

    await callApi(setHoursApi, {
      ...as,
      body: { employeeId: employees.ana.id, ranges: week("10:00", "14:00") },
    });
    await callApi(setHoursApi, {
      ...as,
      body: {
        serviceId: services.color.id,
        ranges: [{ weekday: 6, opensAt: "09:00", closesAt: "12:00" }],
      },
    });
    const pair = await callApi(setHoursApi, {
      ...as,
      body: {
        employeeId: employees.ana.id,
        serviceId: services.color.id,
        ranges: [{ weekday: 2, opensAt: "11:00", closesAt: "13:00" }],
      },
    });
    const levels = pair.body.data.hours.map(
      (row: { employeeId: string | null; serviceId: string | null }) =>
        `${row.employeeId ? "employee" : "-"}/${row.serviceId ? "service" : "-"}`,
    );
    expect(new Set(levels)).toEqual(
      new Set(["-/-", "employee/-", "-/service", "employee/service"]),
    );

    // An empty week removes the level: the business's hours apply to Ana again.
    const cleared = await callApi(setHoursApi, {
      ...as,
      body: { employeeId: employees.ana.id, ranges: [] },
    });
    expect(
      cleared.body.data.hours.filter(
        (row: { employeeId: string | null; serviceId: string | null }) =>
          row.employeeId === employees.ana.id && !row.serviceId,
      ),
    ).toEqual([]);

    const read = await callApi(getHoursApi, { ...as, token: team.member.token });
    expect(read.body.data.timeZone).toBe("Europe/Tirane");
    expect(read.body.data.hours).toEqual(cleared.body.data.hours);
  });

  it("answers 422 per range for overlaps, reversed ranges and breaks outside hours, changing nothing", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const other = await bookingBusiness();
    const before = await snapshotCatalog(business.id);
    const as = { token: team.owner.token, orgId: org.id, params: { id: business.id } };
    const bad = await callApi(setHoursApi, {
      ...as,
      body: {
        ranges: [
          { weekday: 1, opensAt: "09:00", closesAt: "13:00" },
          { weekday: 1, opensAt: "12:00", closesAt: "18:00" },
          { weekday: 2, opensAt: "18:00", closesAt: "09:00" },
          { weekday: 3, opensAt: "09:00", closesAt: "12:00" },
          { weekday: 3, opensAt: "11:30", closesAt: "12:30", kind: "break" },
          { weekday: 8, opensAt: "25:00", closesAt: "9" },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      "ranges.0",
      "ranges.1",
      "ranges.2.closesAt",
      "ranges.4",
      "ranges.5.closesAt",
      "ranges.5.opensAt",
      "ranges.5.weekday",
    ]);
    expect(bad.body.errors["ranges.4"]).toEqual([
      "A break must lie within opening hours of the same day.",
    ]);

    const foreignEmployee = await callApi(setHoursApi, {
      ...as,
      body: { employeeId: other.employees.ana.id, ranges: week("09:00", "10:00") },
    });
    expect(foreignEmployee.status).toBe(422);
    expect(foreignEmployee.body.errors).toEqual({
      employeeId: ["This employee doesn't belong to the business."],
    });

    const batch = await callApi(batchHoursApi, {
      ...as,
      body: {
        employeeIds: [employees.ana.id, other.employees.ben.id],
        ranges: week("09:00", "10:00"),
      },
    });
    expect(batch.status).toBe(422);
    expect(batch.body.errors).toEqual({
      "employeeIds.1": ["This employee doesn't belong to the business."],
    });
    expect(await snapshotCatalog(business.id)).toEqual(before);
  });

  it("gives many employees the same week at once (the batch editor)", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const batch = await callApi(batchHoursApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
      body: {
        employeeIds: [employees.ana.id, employees.ben.id],
        ranges: [
          ...week("09:00", "17:00"),
          { weekday: 1, opensAt: "12:00", closesAt: "12:30", kind: "break" },
        ],
      },
    });
    expect(batch.status).toBe(200);
    expect(batch.body.message).toBe("Hours saved for 2 employees.");
    for (const employee of [employees.ana, employees.ben]) {
      const rows = batch.body.data.hours.filter(
        (row: { employeeId: string | null }) => row.employeeId === employee.id,
      );
      expect(rows).toHaveLength(6);
    }
  });

  it("shows customers the hours of published businesses only", async () => {
    const published = await bookingBusiness({ hours: ["10:00", "18:00"], weekdays: [1, 2] });
    const draft = await bookingBusiness({ status: "draft" });
    const hours = await callApi(publicHoursApi, { params: { idOrSlug: published.business.slug } });
    expect(hours.status).toBe(200);
    expect(hours.body.data).toMatchObject({
      timeZone: "Europe/Tirane",
      hours: [
        {
          employeeId: null,
          serviceId: null,
          weekday: 1,
          opensAt: "10:00",
          closesAt: "18:00",
          kind: "open",
        },
        {
          employeeId: null,
          serviceId: null,
          weekday: 2,
          opensAt: "10:00",
          closesAt: "18:00",
          kind: "open",
        },
      ],
      closures: [],
    });
    expect(
      (await callApi(publicHoursApi, { params: { idOrSlug: draft.business.id } })).status,
    ).toBe(404);
  });
});

describe("time off and closures", () => {
  it("reads local date-times in the business's zone, lists upcoming ones and deletes them", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const as = { token: team.manager.token, orgId: org.id, params: { id: business.id } };
    const closure = await callApi(createTimeOffApi, {
      ...as,
      body: { startsAt: "2030-07-01T00:00", endsAt: "2030-07-03T00:00", reason: "Summer break" },
    });
    expect(closure.status).toBe(201);
    // Tirana is UTC+2 in summer.
    expect(closure.body.data).toMatchObject({
      employeeId: null,
      startsAt: "2030-06-30T22:00:00.000Z",
      endsAt: "2030-07-02T22:00:00.000Z",
      reason: "Summer break",
    });
    const vacation = await callApi(createTimeOffApi, {
      ...as,
      body: {
        employeeId: employees.ana.id,
        startsAt: "2030-01-10T09:00:00Z",
        endsAt: "2030-01-10T13:00:00+01:00",
      },
    });
    expect(vacation.body.data).toMatchObject({
      startsAt: "2030-01-10T09:00:00.000Z",
      endsAt: "2030-01-10T12:00:00.000Z",
    });

    const listed = await callApi(listTimeOffApi, { ...as, token: team.member.token });
    expect(listed.body.data.map((row: { id: string }) => row.id)).toEqual([
      vacation.body.data.id,
      closure.body.data.id,
    ]);
    const anasOnly = await callApi(listTimeOffApi, {
      ...as,
      query: { employeeId: employees.ana.id },
    });
    expect(anasOnly.body.data).toHaveLength(1);

    const moved = await callApi(updateTimeOffApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: closure.body.data.id },
      body: { endsAt: "2030-07-04T00:00", reason: null },
    });
    expect(moved.body.data).toMatchObject({
      startsAt: "2030-06-30T22:00:00.000Z",
      endsAt: "2030-07-03T22:00:00.000Z",
      reason: null,
    });

    const removed = await callApi(deleteTimeOffApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: vacation.body.data.id },
    });
    expect(removed.status).toBe(200);
    expect((await snapshotCatalog(business.id)).timeOff).toHaveLength(1);
  });

  it("shows customers the business's closures of the next 90 days, not employees' time off", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const as = { token: team.owner.token, orgId: org.id, params: { id: business.id } };
    const soon = new Date(Date.now() + 3 * 86_400_000);
    const later = new Date(Date.now() + 200 * 86_400_000);
    const iso = (date: Date, plusHours = 0) =>
      new Date(date.getTime() + plusHours * 3_600_000).toISOString();
    await callApi(createTimeOffApi, {
      ...as,
      body: { startsAt: iso(soon), endsAt: iso(soon, 8), reason: "Inventory" },
    });
    await callApi(createTimeOffApi, {
      ...as,
      body: { startsAt: iso(later), endsAt: iso(later, 8) },
    });
    await callApi(createTimeOffApi, {
      ...as,
      body: {
        employeeId: employees.ben.id,
        startsAt: iso(soon),
        endsAt: iso(soon, 2),
        reason: "Dentist",
      },
    });
    const hours = await callApi(publicHoursApi, { params: { idOrSlug: business.id } });
    expect(hours.body.data.closures).toEqual([
      { startsAt: iso(soon), endsAt: iso(soon, 8), reason: "Inventory" },
    ]);
  });

  it("answers 422 for an end before the start and 404 across orgs, changing nothing", async () => {
    const mine = await bookingBusiness();
    const theirs = await bookingBusiness();
    const as = { token: mine.team.owner.token, orgId: mine.org.id };
    const reversed = await callApi(createTimeOffApi, {
      ...as,
      params: { id: mine.business.id },
      body: { startsAt: "2030-01-10T12:00", endsAt: "2030-01-10T09:00" },
    });
    expect(reversed.status).toBe(422);
    expect(reversed.body.errors).toEqual({ endsAt: ["The end must come after the start."] });
    expect((await snapshotCatalog(mine.business.id)).timeOff).toEqual([]);

    const mineClosure = await callApi(createTimeOffApi, {
      ...as,
      params: { id: mine.business.id },
      body: { startsAt: "2030-01-10T09:00", endsAt: "2030-01-10T12:00" },
    });
    const beforeMove = await snapshotCatalog(mine.business.id);
    const movedBackwards = await callApi(updateTimeOffApi, {
      ...as,
      params: { id: mineClosure.body.data.id },
      body: { startsAt: "2030-01-10T13:00" },
    });
    expect(movedBackwards.status).toBe(422);
    expect(movedBackwards.body.errors).toHaveProperty("endsAt");
    expect(await snapshotCatalog(mine.business.id)).toEqual(beforeMove);

    const theirClosure = await callApi(createTimeOffApi, {
      token: theirs.team.owner.token,
      orgId: theirs.org.id,
      params: { id: theirs.business.id },
      body: { startsAt: "2030-01-10T09:00", endsAt: "2030-01-10T12:00" },
    });
    const before = await snapshotCatalog(theirs.business.id);
    const businessId = { id: theirs.business.id };
    const attempts = [
      [getHoursApi, businessId, undefined],
      [setHoursApi, businessId, { ranges: [] }],
      [batchHoursApi, businessId, { employeeIds: [theirs.employees.ana.id], ranges: [] }],
      [listTimeOffApi, businessId, undefined],
      [createTimeOffApi, businessId, { startsAt: "2030-01-10T09:00", endsAt: "2030-01-10T12:00" }],
      [updateTimeOffApi, { id: theirClosure.body.data.id }, { reason: "Mine now" }],
      [deleteTimeOffApi, { id: theirClosure.body.data.id }, undefined],
    ] as const;
    for (const [handler, params, body] of attempts) {
      const response = await callApi(handler, { ...as, params, body });
      expect(response.status, `${handler.contract?.method} ${handler.contract?.path}`).toBe(404);
    }
    expect(await snapshotCatalog(theirs.business.id)).toEqual(before);
    expect(
      (await callApi(getHoursApi, { orgId: mine.org.id, params: { id: mine.business.id } })).status,
    ).toBe(401);
  });
});

describe("instantIn", () => {
  it("reads wall times in the zone across DST, and keeps explicit offsets", () => {
    expect(instantIn("2030-03-31T03:30", "Europe/Tirane").toISOString()).toBe(
      "2030-03-31T01:30:00.000Z",
    );
    expect(instantIn("2030-01-15T09:00", "Europe/Tirane").toISOString()).toBe(
      "2030-01-15T08:00:00.000Z",
    );
    expect(instantIn("2030-01-15T09:00:00-05:00", "Europe/Tirane").toISOString()).toBe(
      "2030-01-15T14:00:00.000Z",
    );
  });
});
