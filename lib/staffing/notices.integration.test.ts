import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as eventRoute from "@/app/api/v1/staffing/events/[id]/route";
import * as copyRoute from "@/app/api/v1/staffing/call-times/[id]/copy/route";
import * as requirementsRoute from "@/app/api/v1/staffing/call-times/[id]/requirements/route";
import * as requestsRoute from "@/app/api/v1/staffing/requirements/[id]/requests/route";
import * as bulkConfirmRoute from "@/app/api/v1/staffing/requirements/[id]/confirm/route";
import * as confirmRoute from "@/app/api/v1/staffing/requests/[id]/confirm/route";
import * as cancelRoute from "@/app/api/v1/staffing/requests/[id]/cancel/route";
import { workerLaborTypes, workerPhones, workers } from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import {
  announcedBy,
  as,
  markSent,
  requestWorkers,
  setOrgLocale,
  stagehands,
  textsOf,
  workerAnswers,
} from "./notices.testing";
import { requestRow, requirementRow, requirementSetup, setRequestState } from "./requests.testing";

const CODE = /\/r\/([0-9A-Z]{10})\b/;

describe("confirmation text", () => {
  it("goes to a worker confirmed automatically, with the calendar and clock-in links", async () => {
    const setup = await staffingOrg("Stagecrew");
    const { requirementId } = await requirementSetup(setup, { needed: 2, firstComePositions: 1 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [adaRequest, benRequest] = await requestWorkers(setup, requirementId, [ada!.id, ben!.id]);
    await markSent([adaRequest!, benRequest!]);

    await workerAnswers(setup, adaRequest!, "yes");
    await workerAnswers(setup, benRequest!, "yes"); // past the first-come place: available

    const texts = await textsOf(setup.org.id, "staffing-confirmed");
    expect(texts).toHaveLength(1);
    const { shortCode } = await requestRow(adaRequest!);
    expect(texts[0]).toMatchObject({
      template: "staffing-confirmed",
      locale: "en",
      relatedType: "labor_request",
      relatedId: adaRequest,
      body:
        "Stagecrew: You're confirmed for Harbor Festival - Load-in on Fri, Dec 4 at 7:00 AM. " +
        `Calendar: ${appUrl()}/r/${shortCode}/calendar.ics  ` +
        `Clock-in code: ${appUrl()}/r/${shortCode}`,
    });
    expect(texts[0]!.body!.match(CODE)![1]).toBe(shortCode);
  });

  it("goes out when a manager confirms one or several, in the org's language", async () => {
    const setup = await staffingOrg("Ekipi");
    await setOrgLocale(setup.org.id, "sq");
    const { requirementId } = await requirementSetup(setup, { needed: 3 });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const [adaRequest, benRequest, cyRequest] = await requestWorkers(setup, requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
    ]);

    const one = await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    expect(one.status).toBe(200);
    const bulk = await callApi(bulkConfirmRoute.POST, {
      ...as(setup, "steward"),
      params: { id: requirementId },
      body: { requestIds: [benRequest, cyRequest] },
    });
    expect(bulk.status).toBe(200);

    const texts = await textsOf(setup.org.id, "staffing-confirmed");
    expect(texts.map((text) => text.relatedId).sort()).toEqual(
      [adaRequest, benRequest, cyRequest].sort(),
    );
    expect(texts.every((text) => text.locale === "sq")).toBe(true);
    const code = texts[0]!.body!.match(CODE)![1];
    expect(texts[0]!.body).toBe(
      "Ekipi: Jeni konfirmuar për Harbor Festival - Load-in më pre, 4 dhj në orën 07:00. " +
        `Kalendari: ${appUrl()}/r/${code}/calendar.ics  Kodi i hyrjes: ${appUrl()}/r/${code}`,
    );
  });

  it("skips a worker who replied STOP, and a refused confirmation sends nothing", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    await withSystemScope((tx) =>
      tx.update(workers).set({ smsConsent: "stopped" }).where(eq(workers.id, ada!.id)),
    );
    const [adaRequest, benRequest] = await requestWorkers(setup, requirementId, [ada!.id, ben!.id]);

    expect(
      (await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRequest! } })).status,
    ).toBe(200);
    expect(await requestRow(adaRequest!)).toMatchObject({ state: "confirmed" });
    // The requirement is full: Ben's confirmation is refused and texts nobody.
    expect(
      (await callApi(confirmRoute.POST, { ...as(setup), params: { id: benRequest! } })).status,
    ).toBe(409);
    expect(await textsOf(setup.org.id)).toEqual([]);
  });
});

describe("cancellation text", () => {
  it("tells a confirmed or available worker, not one whose request was only queued or sent", async () => {
    const setup = await staffingOrg("Stagecrew");
    const { requirementId } = await requirementSetup(setup, { needed: 3 });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const [adaRequest, benRequest, cyRequest] = await requestWorkers(setup, requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
    ]);
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    await setRequestState(benRequest!, "available");
    await markSent([cyRequest!]);

    for (const id of [adaRequest, benRequest, cyRequest]) {
      const canceled = await callApi(cancelRoute.POST, { ...as(setup), params: { id: id! } });
      expect(canceled.status).toBe(200);
    }
    const texts = await textsOf(setup.org.id, "staffing-canceled");
    expect(texts.map((text) => text.relatedId).sort()).toEqual([adaRequest, benRequest].sort());
    expect(texts.find((text) => text.relatedId === adaRequest)!.body).toBe(
      "Stagecrew: You are no longer needed for Harbor Festival - Load-in on Fri, Dec 4 at " +
        "7:00 AM. Sorry for the change.",
    );
  });
});

describe("canceling an event", () => {
  it("cancels its open requests, frees the places and texts each confirmed or available worker once", async () => {
    const setup = await staffingOrg("Stagecrew");
    const first = await requirementSetup(setup, { needed: 3 });
    const [ada, ben, cy, dee, eve] = await stagehands(setup, ["Ada", "Ben", "Cy", "Dee", "Eve"]);
    const [adaRequest, benRequest, cyRequest, deeRequest, eveRequest] = await requestWorkers(
      setup,
      first.requirementId,
      [ada!.id, ben!.id, cy!.id, dee!.id, eve!.id],
    );
    // A second requirement of the same event on which Ada is also confirmed.
    const second = await callApi(requirementsRoute.POST, {
      ...as(setup),
      params: { id: first.callTimeId },
      body: { laborTypeId: setup.laborTypes.rigger.id, needed: 1 },
    });
    await withSystemScope((tx) =>
      tx.insert(workerLaborTypes).values({
        orgId: setup.org.id,
        workerId: ada!.id,
        laborTypeId: setup.laborTypes.rigger.id,
      }),
    );
    const [adaRigger] = await requestWorkers(setup, second.body.data.id, [ada!.id]);
    await callApi(bulkConfirmRoute.POST, {
      ...as(setup),
      params: { id: first.requirementId },
      body: { requestIds: [adaRequest, benRequest] },
    });
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRigger! } });
    await setRequestState(cyRequest!, "available");
    await markSent([deeRequest!]);
    await setRequestState(eveRequest!, "declined");

    let canceled = { status: 0, body: { data: { status: "" } } };
    const announced = await announcedBy(setup.org.id, async () => {
      canceled = await callApi(eventRoute.PATCH, {
        ...as(setup),
        params: { id: first.eventId },
        body: { status: "canceled" },
      });
    });
    expect(canceled.status).toBe(200);
    expect(canceled.body.data.status).toBe("canceled");
    // One job: the event and its requests.
    expect(announced).toEqual([
      [
        { kind: "event", eventId: first.eventId },
        { kind: "request", eventId: first.eventId },
      ],
    ]);

    for (const id of [adaRequest, benRequest, cyRequest, deeRequest, adaRigger]) {
      expect(await requestRow(id!)).toMatchObject({ state: "canceled", answerChannel: "manager" });
    }
    expect(await requestRow(eveRequest!)).toMatchObject({ state: "declined" });
    expect((await requirementRow(first.requirementId)).confirmedCount).toBe(0);
    expect((await requirementRow(second.body.data.id)).confirmedCount).toBe(0);
    // Not the workers' fault: no late cancellation counted.
    const [adaRow] = await withSystemScope((tx) =>
      tx.select().from(workers).where(eq(workers.id, ada!.id)),
    );
    expect(adaRow!.lateCancellationCount).toBe(0);

    const texts = await textsOf(setup.org.id, "staffing-event-canceled");
    // Ada (two requests) once, Ben, Cy; not Dee (only sent) nor Eve (declined).
    expect(texts.map((text) => text.recipient).sort()).toEqual(
      await phonesOf([ada!.id, ben!.id, cy!.id]),
    );
    expect(texts[0]).toMatchObject({
      relatedType: "staffing_event",
      relatedId: first.eventId,
      body:
        "Stagecrew: Harbor Festival on Fri, Dec 4 is canceled. You don't need to come. " +
        "Thank you for being available.",
    });

    // Canceling again changes and sends nothing.
    const again = await callApi(eventRoute.PATCH, {
      ...as(setup),
      params: { id: first.eventId },
      body: { status: "canceled" },
    });
    expect(again.status).toBe(200);
    expect(await textsOf(setup.org.id, "staffing-event-canceled")).toHaveLength(3);
  });
});

async function phonesOf(workerIds: string[]) {
  const rows = await withSystemScope((tx) =>
    tx
      .select({ phone: workerPhones.phone })
      .from(workerPhones)
      .where(inArray(workerPhones.workerId, workerIds)),
  );
  return rows.map((row) => row.phone).sort();
}

describe("copying a call time", () => {
  it("re-queues the workers whose requests were still open, with new links", async () => {
    const setup = await staffingOrg();
    const source = await requirementSetup(setup, { needed: 4 });
    const [ada, ben, cy, dee, eve, fay] = await stagehands(setup, [
      "Ada",
      "Ben",
      "Cy",
      "Dee",
      "Eve",
      "Fay",
    ]);
    const ids = await requestWorkers(setup, source.requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
      dee!.id,
      eve!.id,
    ]);
    const [fayRequest] = await requestWorkers(setup, source.requirementId, [fay!.id], true);
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: ids[0]! } }); // Ada confirmed
    await setRequestState(ids[1]!, "available"); // Ben
    await markSent([ids[2]!]); // Cy sent
    await setRequestState(ids[3]!, "declined"); // Dee
    await setRequestState(ids[4]!, "canceled"); // Eve
    // Fay stays queued and reserved.

    const copy = await callApi(copyRoute.POST, {
      ...as(setup, "steward"),
      params: { id: source.callTimeId },
      body: { date: "2026-12-05", time: "07:00" },
    });
    expect(copy.status).toBe(201);
    const [copied] = (
      await callApi(requirementsRoute.GET, { ...as(setup), params: { id: copy.body.data.id } })
    ).body.data;
    const list = await callApi(requestsRoute.GET, { ...as(setup), params: { id: copied.id } });
    expect(
      list.body.data.requests.map(
        (r: { worker: { name: string }; state: string; reserved: boolean }) => ({
          name: r.worker.name,
          state: r.state,
          reserved: r.reserved,
        }),
      ),
    ).toEqual([
      { name: "Ada", state: "queued", reserved: false },
      { name: "Ben", state: "queued", reserved: false },
      { name: "Cy", state: "queued", reserved: false },
      { name: "Fay", state: "queued", reserved: true },
    ]);
    expect(list.body.data.counts.confirmed).toBe(0);
    const originalFay = await requestRow(fayRequest!);
    const copiedFay = list.body.data.requests.find(
      (r: { worker: { name: string } }) => r.worker.name === "Fay",
    );
    const copiedFayRow = await requestRow(copiedFay.id);
    expect(copiedFayRow.shortCode).not.toBe(originalFay.shortCode);
    expect(copiedFayRow.token).not.toBe(originalFay.token);
    // Copying sends nothing: the only text is Ada's confirmation on the original.
    expect((await textsOf(setup.org.id)).map((text) => text.template)).toEqual([
      "staffing-confirmed",
    ]);
  });
});
