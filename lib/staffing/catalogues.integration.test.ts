import { describe, expect, it } from "vitest";
import * as laborTypeRoute from "@/app/api/v1/staffing/labor-types/[id]/route";
import * as laborTypesRoute from "@/app/api/v1/staffing/labor-types/route";
import * as locationRoute from "@/app/api/v1/staffing/locations/[id]/route";
import * as locationsRoute from "@/app/api/v1/staffing/locations/route";
import { callApi } from "@/lib/testing/api";
import { orgWithTeam } from "@/lib/tenancy/testing";
import {
  createLaborTypeRow,
  createLocationRow,
  createRequirementRow,
  createWorkerRow,
  snapshotPeople,
} from "./people.testing";

describe("labor types", () => {
  it("lists, creates, renames and deletes labor types with worker counts", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };

    const rigger = await callApi(laborTypesRoute.POST, { ...as, body: { name: "  Rigger " } });
    expect(rigger.status).toBe(201);
    expect(rigger.body.data).toEqual({
      id: expect.any(String),
      name: "Rigger",
      workerCount: 0,
      createdAt: expect.any(String),
    });
    const audio = await callApi(laborTypesRoute.POST, { ...as, body: { name: "Audio" } });
    await createWorkerRow(org.id, {
      name: "Ana",
      phones: ["+14155550101"],
      laborTypeIds: [rigger.body.data.id],
    });

    const list = await callApi(laborTypesRoute.GET, as);
    expect(list.status).toBe(200);
    expect(
      list.body.data.map((type: { name: string; workerCount: number }) => [
        type.name,
        type.workerCount,
      ]),
    ).toEqual([
      ["Audio", 0],
      ["Rigger", 1],
    ]);

    const renamed = await callApi(laborTypeRoute.PATCH, {
      ...as,
      params: { id: audio.body.data.id },
      body: { name: "Audio tech" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.name).toBe("Audio tech");

    const deleted = await callApi(laborTypeRoute.DELETE, {
      ...as,
      params: { id: rigger.body.data.id },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: rigger.body.data.id });
    const after = await snapshotPeople(org.id);
    expect(after.laborTypes.map((type) => type.name)).toEqual(["Audio tech"]);
    expect(after.workerLaborTypes).toEqual([]);
  });

  it("refuses a name that exists in any case (409 on name) and a blank one (422)", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.admin.token, orgId: org.id };
    const rigger = await createLaborTypeRow(org.id, "Rigger");
    const audio = await createLaborTypeRow(org.id, "Audio");
    const before = await snapshotPeople(org.id);

    const taken = await callApi(laborTypesRoute.POST, { ...as, body: { name: "RIGGER" } });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual({ name: [expect.any(String)] });

    const renamedOnto = await callApi(laborTypeRoute.PATCH, {
      ...as,
      params: { id: audio.id },
      body: { name: "rigger" },
    });
    expect(renamedOnto.status).toBe(409);
    expect(renamedOnto.body.errors).toEqual({ name: [expect.any(String)] });

    const blank = await callApi(laborTypesRoute.POST, { ...as, body: { name: "  " } });
    expect(blank.status).toBe(422);
    expect(blank.body.errors.name).toHaveLength(1);

    expect(await snapshotPeople(org.id)).toEqual(before);
    expect(rigger.name).toBe("Rigger");
  });

  it("keeps a labor type that a requirement asks for (409)", async () => {
    const { org, team } = await orgWithTeam();
    const rigger = await createLaborTypeRow(org.id, "Rigger");
    await createRequirementRow(org.id, { laborTypeId: rigger.id });
    const response = await callApi(laborTypeRoute.DELETE, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: rigger.id },
    });
    expect(response.status).toBe(409);
    expect((await snapshotPeople(org.id)).laborTypes).toHaveLength(1);
  });
});

describe("locations", () => {
  const hall = {
    name: "Palace of Congresses",
    address: "Bulevardi Dëshmorët e Kombit, Tiranë",
    latitude: 41.3179,
    longitude: 19.8226,
    timeZone: "Europe/Tirane",
    payRules: { minimumHours: 4, overtimeAfterHours: null },
  };

  it("creates, reads, lists, updates and deletes a location", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };

    const made = await callApi(locationsRoute.POST, { ...as, body: hall });
    expect(made.status).toBe(201);
    expect(made.body.data).toEqual({
      id: expect.any(String),
      ...hall,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const id = made.body.data.id;

    const bare = await callApi(locationsRoute.POST, {
      ...as,
      body: { name: "Warehouse", timeZone: "America/New_York", address: "" },
    });
    expect(bare.body.data).toMatchObject({
      address: null,
      latitude: null,
      longitude: null,
      payRules: {},
    });

    const read = await callApi(locationRoute.GET, { ...as, params: { id } });
    expect(read.body.data).toEqual(made.body.data);
    const list = await callApi(locationsRoute.GET, as);
    expect(list.body.data.map((location: { name: string }) => location.name)).toEqual([
      "Palace of Congresses",
      "Warehouse",
    ]);

    const changed = await callApi(locationRoute.PATCH, {
      ...as,
      params: { id },
      body: {
        name: "Pallati",
        latitude: null,
        longitude: null,
        payRules: { mealPenaltyMultiplier: 1.5 },
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      name: "Pallati",
      address: hall.address,
      latitude: null,
      longitude: null,
      timeZone: "Europe/Tirane",
      payRules: { mealPenaltyMultiplier: 1.5 },
    });

    const deleted = await callApi(locationRoute.DELETE, { ...as, params: { id } });
    expect(deleted.status).toBe(200);
    expect((await snapshotPeople(org.id)).locations.map((location) => location.name)).toEqual([
      "Warehouse",
    ]);
  });

  it("answers 422 per field for a bad zone, half a point and unknown pay rules, saving nothing", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };
    const location = await createLocationRow(org.id);
    const before = await snapshotPeople(org.id);

    const bad = await callApi(locationsRoute.POST, {
      ...as,
      body: {
        name: "",
        timeZone: "Mars/Olympus",
        latitude: 41,
        payRules: { tips: 1, minimumHours: -1 },
      },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(
      ["longitude", "name", "payRules", "payRules.minimumHours", "timeZone"].sort(),
    );

    const half = await callApi(locationsRoute.POST, {
      ...as,
      body: { name: "X", timeZone: "UTC", latitude: 41 },
    });
    expect(half.status).toBe(422);
    expect(Object.keys(half.body.errors)).toEqual(["longitude"]);

    const patch = await callApi(locationRoute.PATCH, {
      ...as,
      params: { id: location.id },
      body: { timeZone: "Nowhere/City" },
    });
    expect(patch.status).toBe(422);
    expect(patch.body.errors.timeZone).toEqual(["Choose a time zone such as Europe/Tirane."]);

    const halfPatch = await callApi(locationRoute.PATCH, {
      ...as,
      params: { id: location.id },
      body: { latitude: null },
    });
    expect(halfPatch.status).toBe(422);
    expect(Object.keys(halfPatch.body.errors)).toEqual(["longitude"]);

    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("keeps a location where an event takes place (409)", async () => {
    const { org, team } = await orgWithTeam();
    const location = await createLocationRow(org.id);
    const type = await createLaborTypeRow(org.id, "Rigger");
    await createRequirementRow(org.id, { laborTypeId: type.id, locationId: location.id });
    const response = await callApi(locationRoute.DELETE, {
      token: team.manager.token,
      orgId: org.id,
      params: { id: location.id },
    });
    expect(response.status).toBe(409);
    expect((await snapshotPeople(org.id)).locations).toHaveLength(1);
  });
});

describe("catalogue permissions and tenancy", () => {
  it("lets stewards read but not write; workers and members get 403; no token 401", async () => {
    const { org, team } = await orgWithTeam();
    const location = await createLocationRow(org.id);
    const before = await snapshotPeople(org.id);

    for (const role of ["steward", "manager", "admin", "owner"] as const) {
      const as = { token: team[role].token, orgId: org.id };
      expect((await callApi(laborTypesRoute.GET, as)).status).toBe(200);
      expect((await callApi(locationsRoute.GET, as)).status).toBe(200);
      expect(
        (await callApi(locationRoute.GET, { ...as, params: { id: location.id } })).status,
      ).toBe(200);
    }
    for (const role of ["worker", "member"] as const) {
      const as = { token: team[role].token, orgId: org.id };
      expect((await callApi(laborTypesRoute.GET, as)).status).toBe(403);
      expect((await callApi(locationsRoute.GET, as)).status).toBe(403);
    }
    for (const role of ["steward", "worker", "member"] as const) {
      const as = { token: team[role].token, orgId: org.id };
      expect(
        (await callApi(laborTypesRoute.POST, { ...as, body: { name: "Rigger" } })).status,
      ).toBe(403);
      expect(
        (await callApi(locationsRoute.POST, { ...as, body: { name: "X", timeZone: "UTC" } }))
          .status,
      ).toBe(403);
      expect(
        (
          await callApi(locationRoute.PATCH, {
            ...as,
            params: { id: location.id },
            body: { name: "Y" },
          })
        ).status,
      ).toBe(403);
      expect(
        (await callApi(locationRoute.DELETE, { ...as, params: { id: location.id } })).status,
      ).toBe(403);
    }
    expect((await callApi(laborTypesRoute.GET, { orgId: org.id })).status).toBe(401);
    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("answers 404 for another org's labor type or location and changes nothing", async () => {
    const { org: theirs } = await orgWithTeam();
    const { org: ours, team } = await orgWithTeam();
    const type = await createLaborTypeRow(theirs.id, "Rigger");
    const location = await createLocationRow(theirs.id);
    const before = await snapshotPeople(theirs.id);
    const as = { token: team.owner.token, orgId: ours.id };

    const calls = [
      callApi(laborTypeRoute.PATCH, { ...as, params: { id: type.id }, body: { name: "Mine" } }),
      callApi(laborTypeRoute.DELETE, { ...as, params: { id: type.id } }),
      callApi(locationRoute.GET, { ...as, params: { id: location.id } }),
      callApi(locationRoute.PATCH, { ...as, params: { id: location.id }, body: { name: "Mine" } }),
      callApi(locationRoute.DELETE, { ...as, params: { id: location.id } }),
    ];
    for (const response of await Promise.all(calls)) expect(response.status).toBe(404);
    // Naming the other org in the header is no way in either.
    const asOutsider = { token: team.owner.token, orgId: theirs.id };
    expect(
      (await callApi(locationRoute.GET, { ...asOutsider, params: { id: location.id } })).status,
    ).toBe(404);
    expect(await snapshotPeople(theirs.id)).toEqual(before);
  });
});
