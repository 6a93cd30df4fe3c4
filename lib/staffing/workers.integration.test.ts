import { describe, expect, it } from "vitest";
import * as workerRoute from "@/app/api/v1/staffing/workers/[id]/route";
import * as workersRoute from "@/app/api/v1/staffing/workers/route";
import { callApi } from "@/lib/testing/api";
import { orgWithTeam } from "@/lib/tenancy/testing";
import {
  createLaborTypeRow,
  createRequirementRow,
  createWorkerRow,
  snapshotPeople,
} from "./people.testing";

describe("workers", () => {
  it("creates, reads, updates and lists a worker with phones and labor types", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };
    const rigger = await createLaborTypeRow(org.id, "Rigger");
    const audio = await createLaborTypeRow(org.id, "Audio");

    const made = await callApi(workersRoute.POST, {
      ...as,
      body: {
        name: " Arbër Hoxha ",
        phone: "+1 (415) 555-0101",
        alternatePhones: ["+355 69 123 4567"],
        email: "Arber@Example.com",
        notes: "Has a truck",
        laborTypeIds: [rigger.id, audio.id],
      },
    });
    expect(made.status).toBe(201);
    expect(made.body.data).toEqual({
      id: expect.any(String),
      name: "Arbër Hoxha",
      phone: "+14155550101",
      alternatePhones: ["+355691234567"],
      email: "arber@example.com",
      notes: "Has a truck",
      laborTypes: [
        { id: audio.id, name: "Audio" },
        { id: rigger.id, name: "Rigger" },
      ],
      smsConsent: "unknown",
      reliability: { noCallNoShowCount: 0, lateCancellationCount: 0 },
      active: true,
      registered: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const id = made.body.data.id;

    const read = await callApi(workerRoute.GET, { ...as, params: { id } });
    expect(read.body.data).toEqual(made.body.data);

    // The old primary becomes an alternate; the alternate becomes the primary.
    const changed = await callApi(workerRoute.PATCH, {
      ...as,
      params: { id },
      body: {
        phone: "+355691234567",
        alternatePhones: ["+14155550101"],
        laborTypeIds: [rigger.id],
        email: "",
        notes: null,
        smsConsent: "stopped",
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      name: "Arbër Hoxha",
      phone: "+355691234567",
      alternatePhones: ["+14155550101"],
      email: null,
      notes: null,
      laborTypes: [{ id: rigger.id, name: "Rigger" }],
      smsConsent: "stopped",
    });

    const renamed = await callApi(workerRoute.PATCH, {
      ...as,
      params: { id },
      body: { name: "Arbër H." },
    });
    expect(renamed.body.data).toMatchObject({ name: "Arbër H.", phone: "+355691234567" });
  });

  it("pages, searches by name, email and phone digits, and filters by labor type and active", async () => {
    const { org, team } = await orgWithTeam();
    const rigger = await createLaborTypeRow(org.id, "Rigger");
    await createWorkerRow(org.id, {
      name: "Ana",
      phones: ["+14155550101"],
      laborTypeIds: [rigger.id],
    });
    await createWorkerRow(org.id, {
      name: "Besa",
      phones: ["+14155550102", "+355691234567"],
      email: "besa@crew.al",
    });
    const gone = await createWorkerRow(org.id, { name: "Cen", phones: ["+14155550103"] });
    await callApi(workerRoute.PATCH, {
      token: team.manager.token,
      orgId: org.id,
      params: { id: gone.id },
      body: { active: false },
    });
    const list = async (query: Record<string, string>) => {
      const response = await callApi(workersRoute.GET, {
        token: team.steward.token,
        orgId: org.id,
        query,
      });
      expect(response.status).toBe(200);
      return {
        names: response.body.data.map((worker: { name: string }) => worker.name),
        meta: response.body.meta,
      };
    };

    expect(await list({})).toEqual({
      names: ["Ana", "Besa", "Cen"],
      meta: { page: 1, pageSize: 25, total: 3 },
    });
    expect(await list({ page: "2", pageSize: "2" })).toEqual({
      names: ["Cen"],
      meta: { page: 2, pageSize: 2, total: 3 },
    });
    expect((await list({ q: "bes" })).names).toEqual(["Besa"]);
    expect((await list({ q: "CREW.AL" })).names).toEqual(["Besa"]);
    expect((await list({ q: "69 123" })).names).toEqual(["Besa"]);
    expect((await list({ q: "555-0103" })).names).toEqual(["Cen"]);
    expect((await list({ laborTypeId: rigger.id })).names).toEqual(["Ana"]);
    expect((await list({ active: "false" })).names).toEqual(["Cen"]);
    expect((await list({ active: "true" })).names).toEqual(["Ana", "Besa"]);

    const bad = await callApi(workersRoute.GET, {
      token: team.steward.token,
      orgId: org.id,
      query: { active: "maybe", laborTypeId: "x" },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["active", "laborTypeId"]);
  });

  it("answers 422 per field (bad and repeated phones, unknown labor types, granted consent), saving nothing", async () => {
    const { org: other } = await orgWithTeam();
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };
    const foreignType = await createLaborTypeRow(other.id, "Rigger");
    const worker = await createWorkerRow(org.id, { name: "Ana", phones: ["+14155550101"] });
    const before = await snapshotPeople(org.id);

    const bad = await callApi(workersRoute.POST, {
      ...as,
      body: {
        name: "",
        phone: "12",
        alternatePhones: ["+14155550109", "+1 415 555 0109"],
        email: "not-an-email",
      },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["email", "name"]);

    const phones = await callApi(workersRoute.POST, {
      ...as,
      body: { name: "Bo", phone: "12", alternatePhones: ["+14155550109", "+1 415 555 0109"] },
    });
    expect(phones.status).toBe(422);
    expect(phones.body.errors).toEqual({
      phone: [expect.stringContaining("phone number")],
      "alternatePhones.1": ["This phone number is listed twice."],
    });

    const foreign = await callApi(workersRoute.POST, {
      ...as,
      body: { name: "Bo", phone: "+14155550109", laborTypeIds: [foreignType.id] },
    });
    expect(foreign.status).toBe(422);
    expect(Object.keys(foreign.body.errors)).toEqual(["laborTypeIds"]);

    const granted = await callApi(workerRoute.PATCH, {
      ...as,
      params: { id: worker.id },
      body: { smsConsent: "granted" },
    });
    expect(granted.status).toBe(422);
    expect(granted.body.errors.smsConsent).toEqual([expect.stringContaining("consent comes from")]);

    const counters = await callApi(workerRoute.PATCH, {
      ...as,
      params: { id: worker.id },
      body: { noCallNoShowCount: 0 },
    });
    expect(counters.status).toBe(422);

    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("answers 409 naming the field when another worker has a phone, saving nothing", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.admin.token, orgId: org.id };
    await createWorkerRow(org.id, { name: "Ana", phones: ["+14155550101", "+14155550102"] });
    const besa = await createWorkerRow(org.id, { name: "Besa", phones: ["+14155550103"] });
    const before = await snapshotPeople(org.id);

    const primary = await callApi(workersRoute.POST, {
      ...as,
      body: { name: "Bo", phone: "+14155550101" },
    });
    expect(primary.status).toBe(409);
    expect(primary.body.errors).toEqual({
      phone: ["Another worker already has this phone number."],
    });

    const alternate = await callApi(workersRoute.POST, {
      ...as,
      body: {
        name: "Bo",
        phone: "+14155550109",
        alternatePhones: ["+14155550108", "+1 415 555 0102"],
      },
    });
    expect(alternate.status).toBe(409);
    expect(Object.keys(alternate.body.errors)).toEqual(["alternatePhones.1"]);

    const patch = await callApi(workerRoute.PATCH, {
      ...as,
      params: { id: besa.id },
      body: { alternatePhones: ["+14155550102"] },
    });
    expect(patch.status).toBe(409);
    expect(Object.keys(patch.body.errors)).toEqual(["alternatePhones.0"]);

    // Keeping one's own number is no conflict.
    const own = await callApi(workerRoute.PATCH, {
      ...as,
      params: { id: besa.id },
      body: { phone: "+14155550103" },
    });
    expect(own.status).toBe(200);
    const after = await snapshotPeople(org.id);
    expect(after.phones.map((phone) => phone.phone)).toEqual(
      before.phones.map((phone) => phone.phone),
    );
    expect(after.workers.map((worker) => worker.name)).toEqual(
      before.workers.map((worker) => worker.name),
    );
  });

  it("lets only one of two managers racing for the same phone save it", async () => {
    const { org, team } = await orgWithTeam();
    const save = (name: string, token: string) =>
      callApi(workersRoute.POST, { token, orgId: org.id, body: { name, phone: "+14155550150" } });
    const answers = await Promise.all([
      save("Ana", team.manager.token),
      save("Bo", team.admin.token),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const after = await snapshotPeople(org.id);
    expect(after.workers).toHaveLength(1);
    expect(after.phones).toHaveLength(1);
  });

  it("deletes a worker never asked to work and deactivates one with requests", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };
    const type = await createLaborTypeRow(org.id, "Rigger");
    const fresh = await createWorkerRow(org.id, { name: "Ana", phones: ["+14155550101"] });
    const veteran = await createWorkerRow(org.id, { name: "Besa", phones: ["+14155550102"] });
    await createRequirementRow(org.id, { laborTypeId: type.id, requestWorkerId: veteran.id });

    const deleted = await callApi(workerRoute.DELETE, { ...as, params: { id: fresh.id } });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: fresh.id, outcome: "deleted" });
    const deactivated = await callApi(workerRoute.DELETE, { ...as, params: { id: veteran.id } });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.data).toEqual({ id: veteran.id, outcome: "deactivated" });

    const after = await snapshotPeople(org.id);
    expect(after.workers.map((worker) => [worker.name, worker.active])).toEqual([["Besa", false]]);
    expect(after.phones.map((phone) => phone.phone)).toEqual(["+14155550102"]);
  });
});

describe("worker permissions and tenancy", () => {
  it("lets stewards read but not write; workers and members get 403", async () => {
    const { org, team } = await orgWithTeam();
    const worker = await createWorkerRow(org.id, { name: "Ana", phones: ["+14155550101"] });
    const before = await snapshotPeople(org.id);
    const as = (role: keyof typeof team) => ({ token: team[role].token, orgId: org.id });

    expect((await callApi(workersRoute.GET, as("steward"))).status).toBe(200);
    expect(
      (await callApi(workerRoute.GET, { ...as("steward"), params: { id: worker.id } })).status,
    ).toBe(200);
    for (const role of ["worker", "member"] as const) {
      expect((await callApi(workersRoute.GET, as(role))).status).toBe(403);
      expect(
        (await callApi(workerRoute.GET, { ...as(role), params: { id: worker.id } })).status,
      ).toBe(403);
    }
    for (const role of ["steward", "worker", "member"] as const) {
      const body = { name: "Bo", phone: "+14155550109" };
      expect((await callApi(workersRoute.POST, { ...as(role), body })).status).toBe(403);
      expect(
        (
          await callApi(workerRoute.PATCH, {
            ...as(role),
            params: { id: worker.id },
            body: { name: "X" },
          })
        ).status,
      ).toBe(403);
      expect(
        (await callApi(workerRoute.DELETE, { ...as(role), params: { id: worker.id } })).status,
      ).toBe(403);
    }
    expect((await callApi(workersRoute.GET, { orgId: org.id })).status).toBe(401);
    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("answers 404 for another org's worker and changes nothing; phones are unique per org only", async () => {
    const { org: theirs } = await orgWithTeam();
    const { org: ours, team } = await orgWithTeam();
    const worker = await createWorkerRow(theirs.id, { name: "Ana", phones: ["+14155550101"] });
    const before = await snapshotPeople(theirs.id);
    const as = { token: team.owner.token, orgId: ours.id };

    for (const response of [
      await callApi(workerRoute.GET, { ...as, params: { id: worker.id } }),
      await callApi(workerRoute.PATCH, {
        ...as,
        params: { id: worker.id },
        body: { name: "Mine" },
      }),
      await callApi(workerRoute.DELETE, { ...as, params: { id: worker.id } }),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await callApi(workersRoute.GET, as)).body.meta.total).toBe(0);

    // The same person may work for both orgs with the same phone.
    const same = await callApi(workersRoute.POST, {
      ...as,
      body: { name: "Ana", phone: "+14155550101" },
    });
    expect(same.status).toBe(201);
    expect(await snapshotPeople(theirs.id)).toEqual(before);
  });
});
