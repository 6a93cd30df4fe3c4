import { describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/staffing/workers/import/route";
import * as previewRoute from "@/app/api/v1/staffing/workers/import/preview/route";
import type { RouteHandler } from "@/lib/api/route";
import { callApi } from "@/lib/testing/api";
import { orgWithTeam } from "@/lib/tenancy/testing";
import { createLaborTypeRow, createWorkerRow, snapshotPeople } from "./people.testing";

/** Sends a file the way browsers and scripts do: a multipart form or the raw body. */
async function sendFile(
  handler: RouteHandler,
  options: { token: string; orgId: string; body: FormData | string; contentType?: string },
) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${options.token}`,
    "x-org-id": options.orgId,
  };
  if (options.contentType) headers["content-type"] = options.contentType;
  const response = await handler(
    new Request("http://localhost/api/v1/test", { method: "POST", headers, body: options.body }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: await response.json() };
}

const roster = [
  "Name,Phone,Alternate phones,Email,Labor types,Notes",
  'Ana Hoxha,+1 415 555 0101,"+14155550102; +355 69 123 4567",ana@example.com,"rigger; Audio",Has a truck',
  "Besa Kola,(+1) 415-555-0199,,,,",
  "Cen Duka,+14155550102,,,Audio,",
  ",12345,,,,",
  "Dita Leka,+14155550104,,not-an-email,,",
  ",,,,,",
  "Era Marku,+14155550105,,,,",
].join("\r\n");

describe("worker import from CSV", () => {
  it("previews each row (new, duplicate of a worker or an earlier row, errors) and changes nothing", async () => {
    const { org, team } = await orgWithTeam();
    const rigger = await createLaborTypeRow(org.id, "Rigger");
    const besa = await createWorkerRow(org.id, { name: "Besa", phones: ["+14155550199"] });
    const before = await snapshotPeople(org.id);

    const preview = await callApi(previewRoute.POST, {
      token: team.manager.token,
      orgId: org.id,
      body: { content: roster },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.message).toBe("Import checked: 2 new, 2 duplicates, 2 with errors.");
    const { rows, counts, newLaborTypes } = preview.body.data;
    expect(counts).toEqual({ new: 2, duplicate: 2, error: 2 });
    expect(newLaborTypes).toEqual(["Audio"]);
    expect(rows.map((row: { row: number; status: string }) => [row.row, row.status])).toEqual([
      [2, "new"],
      [3, "duplicate"],
      [4, "duplicate"],
      [5, "error"],
      [6, "error"],
      [8, "new"],
    ]);
    expect(rows[0]).toEqual({
      row: 2,
      status: "new",
      errors: [],
      duplicateOf: null,
      worker: {
        name: "Ana Hoxha",
        phone: "+14155550101",
        alternatePhones: ["+14155550102", "+355691234567"],
        email: "ana@example.com",
        laborTypes: ["rigger", "Audio"],
        notes: "Has a truck",
      },
    });
    expect(rows[1].duplicateOf).toEqual({ workerId: besa.id, row: null });
    expect(rows[2].duplicateOf).toEqual({ workerId: null, row: 2 });
    expect(rows[3].errors).toEqual([
      { field: "name", message: "This field is required." },
      { field: "phone", message: expect.stringContaining("valid phone number") },
    ]);
    expect(rows[4].errors).toEqual([{ field: "email", message: "Enter a valid email address." }]);
    expect(await snapshotPeople(org.id)).toEqual(before);
    expect(rigger.name).toBe("Rigger");
  });

  it("imports the new rows in one go, creating missing labor types; a second run finds only duplicates", async () => {
    const { org, team } = await orgWithTeam();
    const rigger = await createLaborTypeRow(org.id, "Rigger");
    await createWorkerRow(org.id, { name: "Besa", phones: ["+14155550199"] });
    const as = { token: team.admin.token, orgId: org.id };

    const first = await callApi(importRoute.POST, {
      ...as,
      body: { format: "csv", content: roster },
    });
    expect(first.status).toBe(201);
    expect(first.body.data).toEqual({ created: 2, duplicates: 2, errors: 2, laborTypesCreated: 1 });
    expect(first.body.message).toBe("Imported 2 workers.");

    const after = await snapshotPeople(org.id);
    expect(after.workers.map((worker) => worker.name).sort()).toEqual([
      "Ana Hoxha",
      "Besa",
      "Era Marku",
    ]);
    const ana = after.workers.find((worker) => worker.name === "Ana Hoxha")!;
    expect(ana).toMatchObject({
      email: "ana@example.com",
      notes: "Has a truck",
      smsConsent: "unknown",
    });
    expect(
      after.phones
        .filter((phone) => phone.workerId === ana.id)
        .map((phone) => [phone.phone, phone.isPrimary]),
    ).toEqual([
      ["+14155550101", true],
      ["+14155550102", false],
      ["+355691234567", false],
    ]);
    const audio = after.laborTypes.find((type) => type.name === "Audio")!;
    expect(after.laborTypes).toHaveLength(2);
    expect(
      after.workerLaborTypes
        .filter((link) => link.workerId === ana.id)
        .map((link) => link.laborTypeId)
        .sort(),
    ).toEqual([audio.id, rigger.id].sort());

    const second = await callApi(importRoute.POST, { ...as, body: { content: roster } });
    expect(second.body.data).toEqual({
      created: 0,
      duplicates: 4,
      errors: 2,
      laborTypesCreated: 0,
    });
    expect(await snapshotPeople(org.id)).toEqual(after);
  });

  it("takes the file as a multipart upload or a raw text/csv body", async () => {
    const { org, team } = await orgWithTeam();
    const form = new FormData();
    form.set("file", new File([roster], "crew.csv", { type: "text/csv" }));
    const multipart = await sendFile(previewRoute.POST, {
      token: team.manager.token,
      orgId: org.id,
      body: form,
    });
    expect(multipart.status).toBe(200);
    expect(multipart.body.data.counts).toEqual({ new: 3, duplicate: 1, error: 2 });

    const raw = await sendFile(importRoute.POST, {
      token: team.manager.token,
      orgId: org.id,
      body: roster,
      contentType: "text/csv",
    });
    expect(raw.status).toBe(201);
    expect(raw.body.data.created).toBe(3);
  });

  it("refuses files it cannot read with 422 on the field, importing nothing", async () => {
    const { org, team } = await orgWithTeam();
    const as = { token: team.manager.token, orgId: org.id };
    const before = await snapshotPeople(org.id);

    const noColumns = await callApi(importRoute.POST, {
      ...as,
      body: { content: "Who,Number\nAna,+14155550101" },
    });
    expect(noColumns.status).toBe(422);
    expect(noColumns.body.errors.content).toEqual([expect.stringContaining('"name" and "phone"')]);

    const headerOnly = await callApi(importRoute.POST, {
      ...as,
      body: { content: "name,phone\n" },
    });
    expect(headerOnly.status).toBe(422);
    expect(headerOnly.body.errors.content).toEqual(["The file has no workers."]);

    const notVcard = await callApi(importRoute.POST, {
      ...as,
      body: { format: "vcard", content: "name,phone" },
    });
    expect(notVcard.status).toBe(422);
    expect(Object.keys(notVcard.body.errors)).toEqual(["content"]);

    const empty = await callApi(previewRoute.POST, { ...as, body: { content: "", format: "xls" } });
    expect(empty.status).toBe(422);
    expect(Object.keys(empty.body.errors).sort()).toEqual(["content", "format"]);

    const noFile = await sendFile(importRoute.POST, { ...as, body: new FormData() });
    expect(noFile.status).toBe(422);
    expect(Object.keys(noFile.body.errors)).toEqual(["file"]);

    expect(await snapshotPeople(org.id)).toEqual(before);
  });
});

const cards = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Gentian Shehu",
  "N:Shehu;Gentian;;;",
  "TEL;TYPE=CELL:+355 69 123 4567",
  "TEL;TYPE=HOME:+14155550110",
  "EMAIL:gent@example.com",
  "CATEGORIES:Rigger,Stagehand",
  "NOTE:Prefers nights\\, weekends",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "N:Berisha;Hana;;;",
  "TEL:+14155550111",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Gent again",
  "TEL:+14155550110",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:No Phone",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Known",
  "TEL:+14155550199",
  "END:VCARD",
].join("\n");

describe("worker import from vCard", () => {
  it("reads FN/N, TEL (first primary), EMAIL, CATEGORIES and NOTE; dedupes and reports bad cards", async () => {
    const { org, team } = await orgWithTeam();
    const known = await createWorkerRow(org.id, { name: "Known", phones: ["+14155550199"] });
    const form = new FormData();
    form.set("file", new File([cards], "contacts.vcf", { type: "" }));

    const preview = await sendFile(previewRoute.POST, {
      token: team.manager.token,
      orgId: org.id,
      body: form,
    });
    expect(preview.status).toBe(200);
    const { rows, counts, newLaborTypes } = preview.body.data;
    expect(counts).toEqual({ new: 2, duplicate: 2, error: 1 });
    expect(newLaborTypes).toEqual(["Rigger", "Stagehand"]);
    expect(rows[0].worker).toEqual({
      name: "Gentian Shehu",
      phone: "+355691234567",
      alternatePhones: ["+14155550110"],
      email: "gent@example.com",
      laborTypes: ["Rigger", "Stagehand"],
      notes: "Prefers nights, weekends",
    });
    expect(rows[1]).toMatchObject({ row: 2, status: "new", worker: { name: "Hana Berisha" } });
    expect(rows[2]).toMatchObject({
      row: 3,
      status: "duplicate",
      duplicateOf: { workerId: null, row: 1 },
    });
    expect(rows[3]).toMatchObject({ row: 4, status: "error", errors: [{ field: "phone" }] });
    expect(rows[4]).toMatchObject({
      status: "duplicate",
      duplicateOf: { workerId: known.id, row: null },
    });

    const committed = await callApi(importRoute.POST, {
      token: team.manager.token,
      orgId: org.id,
      body: { content: cards },
    });
    expect(committed.status).toBe(201);
    expect(committed.body.data).toEqual({
      created: 2,
      duplicates: 2,
      errors: 1,
      laborTypesCreated: 2,
    });
    const after = await snapshotPeople(org.id);
    expect(after.workers.map((worker) => worker.name).sort()).toEqual([
      "Gentian Shehu",
      "Hana Berisha",
      "Known",
    ]);
    expect(after.phones).toHaveLength(4);
  });
});

describe("worker import permissions and tenancy", () => {
  it("is for managers and above; another org's workers are not duplicates", async () => {
    const { org: other } = await orgWithTeam();
    await createWorkerRow(other.id, { name: "Besa", phones: ["+14155550199"] });
    const { org, team } = await orgWithTeam();
    const before = await snapshotPeople(org.id);

    for (const role of ["steward", "worker", "member"] as const) {
      const as = { token: team[role].token, orgId: org.id, body: { content: roster } };
      expect((await callApi(previewRoute.POST, as)).status).toBe(403);
      expect((await callApi(importRoute.POST, as)).status).toBe(403);
    }
    expect(
      (await callApi(importRoute.POST, { orgId: org.id, body: { content: roster } })).status,
    ).toBe(401);
    expect(await snapshotPeople(org.id)).toEqual(before);

    const otherBefore = await snapshotPeople(other.id);
    const preview = await callApi(previewRoute.POST, {
      token: team.owner.token,
      orgId: org.id,
      body: { content: roster },
    });
    expect(preview.body.data.counts).toEqual({ new: 3, duplicate: 1, error: 2 });
    expect(await snapshotPeople(other.id)).toEqual(otherBefore);
  });
});
