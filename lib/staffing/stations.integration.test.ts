import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as stationsRoute from "@/app/api/v1/staffing/events/[id]/stations/route";
import * as stationRoute from "@/app/api/v1/staffing/stations/[id]/route";
import { events, eventStewards, signInStations } from "@/db/schema/staffing";
import { ConflictError, GoneError, NotFoundError } from "@/lib/errors";
import { hashToken } from "@/lib/identity/crypto";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import { createStation, loadStation, secretFromScan, stationScan } from "./stations.service";
import { requestPageUrl } from "./worker-requests.queries";
import { addRequest, auditsOf, timeEntryOf, workerWithPhone, workEvent } from "./worker.testing";

const CALL = new Date("2026-12-04T12:00:00Z"); // 07:00 in New York
const minutes = (count: number) => new Date(CALL.getTime() + count * 60_000);
type Setup = Awaited<ReturnType<typeof staffingOrg>>;

async function openStation(setup: Setup, eventId: string, as: "manager" | "steward" = "manager") {
  const response = await callApi(stationsRoute.POST, {
    token: setup.team[as].token,
    orgId: setup.org.id,
    params: { id: eventId },
  });
  expect(response.status).toBe(201);
  const url = response.body.data.url as string;
  return { id: response.body.data.id as string, token: url.split("/station/")[1]!, url };
}

/** A station opened two hours before the call (the kiosk tests run on the call's clock). */
async function kioskStation(setup: Setup, eventId: string) {
  const manager = setup.team.manager;
  const created = await createStation(
    {
      orgId: setup.org.id,
      userId: manager.user.id,
      role: "manager",
      membershipId: manager.membershipId,
    },
    eventId,
    minutes(-120),
  );
  return { id: created.id, token: created.url.split("/station/")[1]! };
}

async function stationFixture() {
  const setup = await staffingOrg();
  const orgId = setup.org.id;
  const harbor = await workEvent(setup, { callAt: CALL });
  const other = await workEvent(setup, { callAt: CALL, name: "Other Event" });
  const ann = await workerWithPhone(orgId, "Ann Able", "+15550000001");
  const bob = await workerWithPhone(orgId, "Bob Brown", "+15550000002");
  const annShift = await addRequest(orgId, harbor.loadInCrew.id, ann.id, "confirmed");
  const bobElsewhere = await addRequest(orgId, other.loadInCrew.id, bob.id, "confirmed");
  const bobPending = await addRequest(orgId, harbor.showCrew.id, bob.id, "available");
  return { setup, orgId, harbor, other, ann, bob, annShift, bobElsewhere, bobPending };
}

describe("sign-in stations: the manager's API", () => {
  it("opens a 24-hour station (URL shown once, token stored hashed), lists and closes it", async () => {
    const { setup, harbor } = await stationFixture();
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    const before = Date.now();
    const created = await callApi(stationsRoute.POST, {
      ...manager,
      params: { id: harbor.event.id },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.url).toMatch(/\/station\/[\w-]{43}$/);
    const expiresIn = Date.parse(created.body.data.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan(24 * 3_600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(24 * 3_600_000 + 1_000);
    expect(created.body.data.createdBy).toMatchObject({ id: setup.team.manager.user.id });
    const token = created.body.data.url.split("/station/")[1];
    const [stored] = await withSystemScope((tx) =>
      tx.select().from(signInStations).where(eq(signInStations.id, created.body.data.id)),
    );
    expect(stored!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const list = await callApi(stationsRoute.GET, { ...manager, params: { id: harbor.event.id } });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).not.toHaveProperty("url");

    const closed = await callApi(stationRoute.DELETE, {
      ...manager,
      params: { id: created.body.data.id },
    });
    expect(closed.status).toBe(200);
    await expect(stationScan(token, "anything")).rejects.toThrow(NotFoundError);
    const after = await callApi(stationsRoute.GET, { ...manager, params: { id: harbor.event.id } });
    expect(after.body.data).toEqual([]);
  });

  it("answers 401 without a token, 403 for workers, 404 for a steward's other events and other orgs, 409 when closed", async () => {
    const { setup, harbor } = await stationFixture();
    const outsider = await staffingOrg("Other Org");
    const station = await openStation(setup, harbor.event.id);
    const params = { id: harbor.event.id };

    expect((await callApi(stationsRoute.POST, { params })).status).toBe(401);
    expect((await callApi(stationsRoute.GET, { params })).status).toBe(401);
    expect((await callApi(stationRoute.DELETE, { params: { id: station.id } })).status).toBe(401);

    const worker = { token: setup.team.worker.token, orgId: setup.org.id };
    expect((await callApi(stationsRoute.POST, { ...worker, params })).status).toBe(403);

    // The steward is not assigned to this event: it does not exist for them.
    const steward = { token: setup.team.steward.token, orgId: setup.org.id };
    expect((await callApi(stationsRoute.POST, { ...steward, params })).status).toBe(404);
    expect((await callApi(stationsRoute.GET, { ...steward, params })).status).toBe(404);
    expect(
      (await callApi(stationRoute.DELETE, { ...steward, params: { id: station.id } })).status,
    ).toBe(404);
    await withSystemScope((tx) =>
      tx.insert(eventStewards).values({
        orgId: setup.org.id,
        eventId: harbor.event.id,
        userId: setup.team.steward.user.id,
      }),
    );
    await openStation(setup, harbor.event.id, "steward");

    // Another org's manager: 404 for the event and for the station.
    const foreign = { token: outsider.team.manager.token, orgId: outsider.org.id };
    expect((await callApi(stationsRoute.POST, { ...foreign, params })).status).toBe(404);
    expect((await callApi(stationsRoute.GET, { ...foreign, params })).status).toBe(404);
    expect(
      (await callApi(stationRoute.DELETE, { ...foreign, params: { id: station.id } })).status,
    ).toBe(404);

    await withSystemScope((tx) =>
      tx.update(events).set({ status: "completed" }).where(eq(events.id, harbor.event.id)),
    );
    const manager = { token: setup.team.manager.token, orgId: setup.org.id };
    expect((await callApi(stationsRoute.POST, { ...manager, params })).status).toBe(409);
  });
});

describe("sign-in stations: the kiosk", () => {
  it("toggles a confirmed worker in and out by QR code or typed short code", async () => {
    const { setup, harbor, annShift } = await stationFixture();
    const station = await kioskStation(setup, harbor.event.id);

    const signedIn = await stationScan(station.token, requestPageUrl(annShift.token), {
      now: minutes(-10),
    });
    expect(signedIn).toMatchObject({
      result: "signed_in",
      worker: { name: "Ann Able" },
      laborType: "Stagehand",
      callTime: { name: "Load-in", time: "07:00" },
      at: { time: "07:00" },
    });
    // The camera sees the same code again a moment later: nothing changes.
    const repeat = await stationScan(station.token, annShift.shortCode, { now: minutes(-9) });
    expect(repeat.result).toBe("already_in");

    const view = await loadStation(station.token, { now: minutes(1) });
    expect(view).toMatchObject({ event: { name: "Harbor Festival" }, confirmedCount: 1 });
    expect(view.signedIn.map((row) => [row.name, row.time])).toEqual([["Ann Able", "07:00"]]);

    const typed = annShift.shortCode.toLowerCase().replace(/(.{5})/, "$1 ");
    const signedOut = await stationScan(station.token, typed, { now: minutes(5 * 60 + 2) });
    expect(signedOut).toMatchObject({ result: "signed_out", at: { time: "12:02" } });
    const done = await stationScan(station.token, annShift.token, { now: minutes(5 * 60 + 30) });
    expect(done.result).toBe("already_out");

    const entry = await timeEntryOf(annShift.id);
    expect(entry).toMatchObject({ signedInAt: CALL, signedOutAt: minutes(5 * 60 + 2) });
    expect((await auditsOf(entry!.id)).map((audit) => [audit.field, audit.actorUserId])).toEqual([
      ["signedInAt:station", null],
      ["signedOutAt:station", null],
    ]);
    expect((await loadStation(station.token, { now: minutes(6 * 60) })).signedOutCount).toBe(1);
  });

  it("signs in late arrivals, but not more than an hour early", async () => {
    const { setup, harbor, annShift } = await stationFixture();
    const station = await kioskStation(setup, harbor.event.id);
    await expect(
      stationScan(station.token, annShift.shortCode, { now: minutes(-90) }),
    ).rejects.toMatchObject({ messageKey: "staffing.work.clockInTooEarly" });
    const late = await stationScan(station.token, annShift.shortCode, { now: minutes(95) });
    expect(late).toMatchObject({ result: "signed_in", at: { time: "08:35" } });
  });

  it("refuses workers not confirmed for the event, unknown codes, other orgs' codes and expired stations", async () => {
    const { setup, harbor, annShift, bobElsewhere, bobPending } = await stationFixture();
    const station = await kioskStation(setup, harbor.event.id);

    // Bob is confirmed for another event and only available for this one.
    for (const code of [bobElsewhere.shortCode, bobPending.token]) {
      const refused = await stationScan(station.token, code, { now: CALL }).catch((e) => e);
      expect(refused).toBeInstanceOf(ConflictError);
      expect(refused).toMatchObject({
        messageKey: "staffing.stations.notConfirmed",
        values: { name: "Bob Brown" },
      });
    }
    expect(await timeEntryOf(bobElsewhere.id)).toBeUndefined();
    await expect(stationScan(station.token, "ZZZZZZZZZZ", { now: CALL })).rejects.toMatchObject({
      messageKey: "staffing.stations.codeNotFound",
    });
    await expect(stationScan(station.token, "hello?", { now: CALL })).rejects.toThrow(
      NotFoundError,
    );

    // A worker of another org: their code is unknown here.
    const outsider = await staffingOrg("Other Org");
    const theirs = await workEvent(outsider, { callAt: CALL });
    const carl = await workerWithPhone(outsider.org.id, "Carl", "+15550000009");
    const carlShift = await addRequest(outsider.org.id, theirs.loadInCrew.id, carl.id, "confirmed");
    await expect(
      stationScan(station.token, carlShift.shortCode, { now: CALL }),
    ).rejects.toMatchObject({ messageKey: "staffing.stations.codeNotFound" });
    expect(await timeEntryOf(carlShift.id)).toBeUndefined();

    // 24 hours after it opened the station is gone.
    const expired = minutes(22 * 60);
    await expect(stationScan(station.token, annShift.shortCode, { now: expired })).rejects.toThrow(
      GoneError,
    );
    await expect(loadStation(station.token, { now: expired })).rejects.toThrow(GoneError);
    await expect(
      stationScan("not-a-real-station-token-at-all", annShift.shortCode),
    ).rejects.toThrow(NotFoundError);
    expect(await timeEntryOf(annShift.id)).toBeUndefined();
  });
});

describe("secretFromScan", () => {
  it("reads the page URL of a QR code, a typed short code, or a bare token", () => {
    const token = "a".repeat(43);
    expect(secretFromScan(`https://callboard.example/r/${token}`)).toBe(token);
    expect(secretFromScan(`https://callboard.example/r/${token}/calendar.ics`)).toBe(token);
    expect(secretFromScan(" 7k3mq-x9p2l ")).toBe("7K3MQX9P21");
    expect(secretFromScan("o1234abcde")).toBe("01234ABCDE");
    expect(secretFromScan(token)).toBe(token);
    expect(secretFromScan("hello?")).toBeNull();
  });
});
