import { describe, expect, it } from "vitest";
import * as eventsRoute from "@/app/api/v1/staffing/events/route";
import * as eventRoute from "@/app/api/v1/staffing/events/[id]/route";
import * as stewardsRoute from "@/app/api/v1/staffing/events/[id]/stewards/route";
import * as settingsRoute from "@/app/api/v1/staffing/settings/route";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { snapshotStaffing, staffingOrg } from "./events.testing";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

const festival = { name: "Harbor Festival", startDate: "2026-12-04", endDate: "2026-12-06" };

async function createEvent(setup: Setup, body: Record<string, unknown> = festival) {
  const response = await callApi(eventsRoute.POST, {
    token: setup.team.manager.token,
    orgId: setup.org.id,
    body,
  });
  expect(response.status).toBe(201);
  return response.body.data as { id: string; status: string };
}

describe("POST /staffing/events", () => {
  it("creates a draft event at one of the org's locations", async () => {
    const setup = await staffingOrg();
    const response = await callApi(eventsRoute.POST, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      body: {
        ...festival,
        description: "Three days on the pier",
        locationId: setup.location.id,
        payRules: { minimumHours: 5 },
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toEqual({
      id: expect.any(String),
      name: "Harbor Festival",
      description: "Three days on the pier",
      location: { id: setup.location.id, name: "Pier 17", timeZone: "America/New_York" },
      startDate: "2026-12-04",
      endDate: "2026-12-06",
      status: "draft",
      payRules: { minimumHours: 5 },
      sendingPaused: false,
      stewards: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it("refuses bad input with 422 field errors and creates nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const before = await snapshotStaffing(setup.org.id);
    const attempts: [Record<string, unknown>, string][] = [
      [{ ...festival, endDate: "2026-12-01" }, "endDate"],
      [{ ...festival, name: "" }, "name"],
      [{ ...festival, startDate: "04/12/2026" }, "startDate"],
      [{ ...festival, payRules: { minimumHours: 30 } }, "payRules.minimumHours"],
      [{ ...festival, payRules: { bonus: 1 } }, "payRules"],
      [{ ...festival, locationId: other.location.id }, "locationId"],
    ];
    for (const [body, field] of attempts) {
      const response = await callApi(eventsRoute.POST, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        body,
      });
      expect(response.status, field).toBe(422);
      expect(Object.keys(response.body.errors)).toContain(field);
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("is for managers and above: stewards, members and workers get 403, strangers 404", async () => {
    const setup = await staffingOrg();
    for (const role of ["steward", "member", "worker"] as const) {
      const response = await callApi(eventsRoute.POST, {
        token: setup.team[role].token,
        orgId: setup.org.id,
        body: festival,
      });
      expect(response.status, role).toBe(403);
    }
    const stranger = await signedInUser();
    const response = await callApi(eventsRoute.POST, {
      token: stranger.token,
      orgId: setup.org.id,
      body: festival,
    });
    expect(response.status).toBe(404);
    expect((await callApi(eventsRoute.POST, { orgId: setup.org.id, body: festival })).status).toBe(
      401,
    );
    expect((await snapshotStaffing(setup.org.id)).events).toEqual([]);
  });
});

describe("GET /staffing/events", () => {
  it("pages, filters by status, date range and name, and hides other orgs' events", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    await createEvent(other, festival);
    const december = await createEvent(setup, festival);
    await createEvent(setup, {
      name: "New Year Gala",
      startDate: "2026-12-31",
      endDate: "2027-01-01",
    });
    await createEvent(setup, {
      name: "Spring Fair",
      startDate: "2027-04-10",
      endDate: "2027-04-10",
    });
    await callApi(eventRoute.PATCH, {
      token: setup.team.admin.token,
      orgId: setup.org.id,
      params: { id: december.id },
      body: { status: "active" },
    });
    const list = (query: Record<string, string>) =>
      callApi(eventsRoute.GET, { token: setup.team.owner.token, orgId: setup.org.id, query });
    const names = (response: Awaited<ReturnType<typeof list>>) =>
      response.body.data.map((event: { name: string }) => event.name);

    const all = await list({});
    expect(all.status).toBe(200);
    expect(all.body.meta).toEqual({ page: 1, pageSize: 25, total: 3 });
    expect(names(all)).toEqual(["Harbor Festival", "New Year Gala", "Spring Fair"]);
    expect(names(await list({ status: "active" }))).toEqual(["Harbor Festival"]);
    // Overlap: the gala spans the new year, so it is in January too.
    expect(names(await list({ from: "2027-01-01", to: "2027-01-31" }))).toEqual(["New Year Gala"]);
    expect(names(await list({ from: "2026-12-05", to: "2026-12-05" }))).toEqual([
      "Harbor Festival",
    ]);
    expect(names(await list({ q: "gala" }))).toEqual(["New Year Gala"]);
    expect(names(await list({ q: "%" }))).toEqual([]);
    const page2 = await list({ page: "2", pageSize: "2" });
    expect(page2.body.meta).toEqual({ page: 2, pageSize: 2, total: 3 });
    expect(names(page2)).toEqual(["Spring Fair"]);

    const badRange = await list({ from: "2027-02-01", to: "2027-01-01" });
    expect(badRange.status).toBe(422);
    expect(Object.keys(badRange.body.errors)).toEqual(["to"]);
    const badStatus = await list({ status: "paused" });
    expect(badStatus.status).toBe(422);
    expect(Object.keys(badStatus.body.errors)).toEqual(["status"]);
  });

  it("shows a steward only the events assigned to them; members and workers get 403", async () => {
    const setup = await staffingOrg();
    const mine = await createEvent(setup, { ...festival, name: "Mine" });
    await createEvent(setup, { ...festival, name: "Not mine" });
    const assign = await callApi(stewardsRoute.PUT, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: mine.id },
      body: { userIds: [setup.team.steward.user.id] },
    });
    expect(assign.status).toBe(200);

    const stewardList = await callApi(eventsRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
    });
    expect(stewardList.status).toBe(200);
    expect(stewardList.body.meta.total).toBe(1);
    expect(stewardList.body.data[0]).toMatchObject({
      id: mine.id,
      stewards: [{ userId: setup.team.steward.user.id, name: "Steward Person" }],
    });
    for (const role of ["member", "worker"] as const) {
      const response = await callApi(eventsRoute.GET, {
        token: setup.team[role].token,
        orgId: setup.org.id,
      });
      expect(response.status, role).toBe(403);
    }
  });
});

describe("GET/PATCH/DELETE /staffing/events/{id}", () => {
  it("edits fields and walks the status draft → active → completed", async () => {
    const setup = await staffingOrg();
    const event = await createEvent(setup);
    const patch = (body: Record<string, unknown>) =>
      callApi(eventRoute.PATCH, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        params: { id: event.id },
        body,
      });

    const edited = await patch({
      name: "Harbor Festival 2026",
      description: null,
      locationId: setup.location.id,
      endDate: "2026-12-07",
      payRules: { overtimeAfterHours: null },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({
      name: "Harbor Festival 2026",
      description: null,
      location: { id: setup.location.id },
      startDate: "2026-12-04",
      endDate: "2026-12-07",
      payRules: { overtimeAfterHours: null },
      status: "draft",
    });

    expect((await patch({ status: "completed" })).status).toBe(409);
    expect((await patch({ status: "active" })).body.data.status).toBe("active");
    expect((await patch({ status: "draft" })).status).toBe(409);
    expect((await patch({ status: "completed" })).body.data.status).toBe("completed");
    const closed = await patch({ name: "Renamed" });
    expect(closed.status).toBe(409);
    expect((await patch({ status: "canceled" })).status).toBe(409);

    const read = await callApi(eventRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: event.id },
    });
    expect(read.status).toBe(404);
    const byOwner = await callApi(eventRoute.GET, {
      token: setup.team.owner.token,
      orgId: setup.org.id,
      params: { id: event.id },
    });
    expect(byOwner.body.data).toMatchObject({ name: "Harbor Festival 2026", status: "completed" });
  });

  it("cancels from draft or active, and then refuses edits", async () => {
    const setup = await staffingOrg();
    const event = await createEvent(setup);
    const patch = (body: Record<string, unknown>) =>
      callApi(eventRoute.PATCH, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        params: { id: event.id },
        body,
      });
    expect((await patch({ status: "canceled" })).body.data.status).toBe("canceled");
    expect((await patch({ status: "active" })).status).toBe(409);
    expect((await patch({ description: "late note" })).status).toBe(409);
  });

  it("refuses an end before the stored start with 422 and changes nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const event = await createEvent(setup);
    const before = await snapshotStaffing(setup.org.id);
    for (const [body, field] of [
      [{ endDate: "2026-12-01" }, "endDate"],
      [{ locationId: other.location.id }, "locationId"],
      [{ status: "paused" }, "status"],
      [{ orgId: other.org.id }, "body"],
    ] as const) {
      const response = await callApi(eventRoute.PATCH, {
        token: setup.team.manager.token,
        orgId: setup.org.id,
        params: { id: event.id },
        body,
      });
      expect(response.status, field).toBe(422);
      expect(Object.keys(response.body.errors), field).toContain(field);
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("deletes drafts only", async () => {
    const setup = await staffingOrg();
    const draft = await createEvent(setup);
    const active = await createEvent(setup);
    await callApi(eventRoute.PATCH, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: active.id },
      body: { status: "active" },
    });
    const remove = (id: string, token = setup.team.manager.token) =>
      callApi(eventRoute.DELETE, { token, orgId: setup.org.id, params: { id } });

    expect((await remove(active.id)).status).toBe(409);
    expect((await remove(draft.id, setup.team.steward.token)).status).toBe(403);
    const deleted = await remove(draft.id);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: draft.id });
    expect((await remove(draft.id)).status).toBe(404);
    expect((await snapshotStaffing(setup.org.id)).events.map((event) => event.id)).toEqual([
      active.id,
    ]);
  });

  it("is refused to stewards (403 on changes), members and workers (403)", async () => {
    const setup = await staffingOrg();
    const event = await createEvent(setup);
    await callApi(stewardsRoute.PUT, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      params: { id: event.id },
      body: { userIds: [setup.team.steward.user.id] },
    });
    const before = await snapshotStaffing(setup.org.id);
    const steward = setup.team.steward.token;
    const params = { id: event.id };
    const orgId = setup.org.id;
    expect((await callApi(eventRoute.GET, { token: steward, orgId, params })).status).toBe(200);
    expect(
      (await callApi(eventRoute.PATCH, { token: steward, orgId, params, body: { name: "X" } }))
        .status,
    ).toBe(403);
    expect(
      (await callApi(stewardsRoute.PUT, { token: steward, orgId, params, body: { userIds: [] } }))
        .status,
    ).toBe(403);
    for (const role of ["member", "worker"] as const) {
      const token = setup.team[role].token;
      expect((await callApi(eventRoute.GET, { token, orgId, params })).status).toBe(403);
      expect((await callApi(eventRoute.DELETE, { token, orgId, params })).status).toBe(403);
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });
});

describe("PUT /staffing/events/{id}/stewards", () => {
  it("replaces the stewards with members of steward rank or above", async () => {
    const setup = await staffingOrg();
    const event = await createEvent(setup);
    const put = (userIds: string[]) =>
      callApi(stewardsRoute.PUT, {
        token: setup.team.admin.token,
        orgId: setup.org.id,
        params: { id: event.id },
        body: { userIds },
      });
    const first = await put([setup.team.steward.user.id, setup.team.manager.user.id]);
    expect(first.status).toBe(200);
    expect(first.body.data.stewards).toEqual([
      { userId: setup.team.manager.user.id, name: "Manager Person" },
      { userId: setup.team.steward.user.id, name: "Steward Person" },
    ]);
    const second = await put([setup.team.steward.user.id]);
    expect(second.body.data.stewards.map((s: { userId: string }) => s.userId)).toEqual([
      setup.team.steward.user.id,
    ]);

    const before = await snapshotStaffing(setup.org.id);
    const outsider = await signedInUser();
    const refused = await put([setup.team.worker.user.id, outsider.user.id]);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors).sort()).toEqual(["userIds.0", "userIds.1"]);
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);

    expect((await put([])).body.data.stewards).toEqual([]);
  });
});

describe("GET/PATCH /staffing/settings", () => {
  it("creates the defaults on first read and saves changes", async () => {
    const setup = await staffingOrg();
    const read = await callApi(settingsRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
    });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({
      payRules: {},
      reminderHours: [24, 2],
      autoWithdrawHours: null,
      conflictWindowHours: 5,
      smsSenderName: null,
      updatedAt: expect.any(String),
    });

    const saved = await callApi(settingsRoute.PATCH, {
      token: setup.team.manager.token,
      orgId: setup.org.id,
      body: {
        payRules: { minimumHours: 3, mealPenaltyMultiplier: 2 },
        reminderHours: [48],
        autoWithdrawHours: 12,
        smsSenderName: "Harbor Crew",
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({
      payRules: { minimumHours: 3, mealPenaltyMultiplier: 2 },
      reminderHours: [48],
      autoWithdrawHours: 12,
      conflictWindowHours: 5,
      smsSenderName: "Harbor Crew",
    });
    const again = await callApi(settingsRoute.GET, {
      token: setup.team.owner.token,
      orgId: setup.org.id,
    });
    expect(again.body.data).toEqual(saved.body.data);
  });

  it("saves on a first PATCH without a prior read", async () => {
    const setup = await staffingOrg();
    const saved = await callApi(settingsRoute.PATCH, {
      token: setup.team.owner.token,
      orgId: setup.org.id,
      body: { conflictWindowHours: 8 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ conflictWindowHours: 8, reminderHours: [24, 2] });
  });

  it("refuses bad values (422) and non-managers (403), changing nothing", async () => {
    const setup = await staffingOrg();
    await callApi(settingsRoute.GET, { token: setup.team.owner.token, orgId: setup.org.id });
    const before = await snapshotStaffing(setup.org.id);
    for (const [body, field] of [
      [{ reminderHours: [2, 2] }, "reminderHours"],
      [{ reminderHours: [0] }, "reminderHours.0"],
      [{ conflictWindowHours: -1 }, "conflictWindowHours"],
      [{ payRules: { roundingGraceMinutes: 30 } }, "payRules.roundingGraceMinutes"],
      [{ smsSenderName: "" }, "smsSenderName"],
    ] as const) {
      const response = await callApi(settingsRoute.PATCH, {
        token: setup.team.owner.token,
        orgId: setup.org.id,
        body,
      });
      expect(response.status, field).toBe(422);
      expect(Object.keys(response.body.errors), field).toContain(field);
    }
    for (const role of ["steward", "member", "worker"] as const) {
      const response = await callApi(settingsRoute.PATCH, {
        token: setup.team[role].token,
        orgId: setup.org.id,
        body: { conflictWindowHours: 1 },
      });
      expect(response.status, role).toBe(403);
    }
    for (const role of ["member", "worker"] as const) {
      const response = await callApi(settingsRoute.GET, {
        token: setup.team[role].token,
        orgId: setup.org.id,
      });
      expect(response.status, role).toBe(403);
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("keeps each org's settings to itself", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    await callApi(settingsRoute.PATCH, {
      token: other.team.owner.token,
      orgId: other.org.id,
      body: { smsSenderName: "Other" },
    });
    const mine = await callApi(settingsRoute.GET, {
      token: setup.team.owner.token,
      orgId: setup.org.id,
    });
    expect(mine.body.data.smsSenderName).toBeNull();
    // A member of one org naming the other org in the header is not a member there.
    const crossed = await callApi(settingsRoute.PATCH, {
      token: setup.team.owner.token,
      orgId: other.org.id,
      body: { smsSenderName: "Hijack" },
    });
    expect(crossed.status).toBe(404);
  });
});

describe("cross-tenant: another org's event id", () => {
  it("answers 404 on every event endpoint and changes nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const theirs = await createEvent(other);
    const before = await snapshotStaffing(other.org.id);
    const as = { token: setup.team.owner.token, orgId: setup.org.id, params: { id: theirs.id } };
    const responses = [
      await callApi(eventRoute.GET, as),
      await callApi(eventRoute.PATCH, { ...as, body: { name: "Taken" } }),
      await callApi(eventRoute.PATCH, { ...as, body: { status: "active" } }),
      await callApi(eventRoute.DELETE, as),
      await callApi(stewardsRoute.PUT, { ...as, body: { userIds: [setup.team.steward.user.id] } }),
    ];
    expect(responses.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    expect(await snapshotStaffing(other.org.id)).toEqual(before);
  });
});

describe("without a token", () => {
  it("answers 401 on every events, call-time, requirement and settings endpoint", async () => {
    const setup = await staffingOrg();
    const handlers = await Promise.all([
      import("@/app/api/v1/staffing/events/route"),
      import("@/app/api/v1/staffing/events/[id]/route"),
      import("@/app/api/v1/staffing/events/[id]/stewards/route"),
      import("@/app/api/v1/staffing/events/[id]/call-times/route"),
      import("@/app/api/v1/staffing/call-times/[id]/route"),
      import("@/app/api/v1/staffing/call-times/[id]/changes/route"),
      import("@/app/api/v1/staffing/call-times/[id]/copy/route"),
      import("@/app/api/v1/staffing/call-times/[id]/requirements/route"),
      import("@/app/api/v1/staffing/requirements/[id]/route"),
      import("@/app/api/v1/staffing/settings/route"),
    ]);
    const id = crypto.randomUUID();
    let checked = 0;
    for (const route of handlers) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = route[method];
        if (!handler.contract) continue;
        const body = method === "GET" ? undefined : {};
        const response = await callApi(handler, { orgId: setup.org.id, params: { id }, body });
        expect(response.status, `${method} ${handler.contract.path}`).toBe(401);
        checked++;
      }
    }
    expect(checked).toBe(20);
  });
});
