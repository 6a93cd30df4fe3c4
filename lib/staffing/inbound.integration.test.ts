import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as inboundWebhook } from "@/app/api/webhooks/twilio/inbound/route";
import * as sendEventRoute from "@/app/api/v1/staffing/events/[id]/send/route";
import { getDb } from "@/db/client";
import { smsOptOuts } from "@/db/schema";
import { appUrl } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { createWorkerRow } from "./people.testing";
import { requestRow, snapshotRequests } from "./requests.testing";
import { CONSENT_TEMPLATE, REQUEST_TEMPLATE } from "./sending.queue";
import {
  consentOf,
  crewMember,
  queueRequests,
  runSendJobs,
  type SendingSetup,
  sendingSetup,
  setConsent,
  textsOf,
  twilioInboundRequest,
  twimlReply,
  waitingSendJobs,
} from "./sending.testing";

const linkOf = (shortCode: string) => `${appUrl()}/r/${shortCode}`;

async function sendAll(setup: SendingSetup) {
  const response = await callApi(sendEventRoute.POST, {
    ...setup.manager,
    params: { id: setup.eventId },
  });
  expect(response.status).toBe(202);
  return runSendJobs(setup.org.id);
}

async function text(from: string, body: string) {
  const response = await inboundWebhook(twilioInboundRequest(from, body));
  expect(response.status).toBe(200);
  return twimlReply(response);
}

describe("consent by text", () => {
  it("unknown → consent question → YES → the waiting request goes out with its link", async () => {
    const setup = await sendingSetup();
    const nora = await crewMember(setup, "Nora", "unknown");
    const [request] = await queueRequests(setup, setup.requirements.loadInStagehands, [nora.id]);
    await sendAll(setup);
    expect((await textsOf(setup.org.id)).map((sms) => sms.template)).toEqual([CONSENT_TEMPLATE]);
    expect(await consentOf(nora.id)).toBe("pending");

    const reply = await text(nora.phone, " yes ");
    expect(reply).toBe(
      "Stagecrew Events: Thanks! You will now receive work requests by text. Reply STOP to opt out.",
    );
    expect(await consentOf(nora.id)).toBe("granted");
    const [flush] = await waitingSendJobs(setup.org.id);
    expect(flush!.data).toEqual({ orgId: setup.org.id, scope: { workerId: nora.id } });

    expect(await runSendJobs(setup.org.id)).toEqual([
      { requestTexts: 1, consentTexts: 0, requestsSent: 1, groupsHeld: 0 },
    ]);
    const [, requestText] = await textsOf(setup.org.id);
    const { shortCode, state } = await requestRow(request!);
    expect(requestText).toMatchObject({
      template: REQUEST_TEMPLATE,
      recipient: nora.phone,
      body: `Stagecrew Events: Are you available for Harbor Festival - Load-in on Fri, Jun 13 at 7:00 AM? Answer: ${linkOf(shortCode)}`,
    });
    expect(state).toBe("sent");

    // A second YES is now an answer to that request, not consent again.
    // (Confirmed: the confirmation text with its links is the answer, not a TwiML reply.)
    expect(await text(nora.phone, "YES")).toBe("");
    expect((await requestRow(request!)).state).toBe("confirmed");
  });

  it("STOP stops the worker in every org with the number; START grants and sends again", async () => {
    const setup = await sendingSetup();
    const other = await sendingSetup({ orgName: "Other Crew" });
    const sam = await crewMember(setup, "Sam");
    const samElsewhere = await createWorkerRow(other.org.id, {
      name: "Sam",
      phones: [sam.phone],
      laborTypeIds: [other.laborTypes.stagehand.id],
    });
    await setConsent(samElsewhere.id, "granted");
    const [request] = await queueRequests(setup, setup.requirements.loadInStagehands, [sam.id]);

    expect(await text(sam.phone, "STOP")).toContain("no more texts");
    expect(await consentOf(sam.id)).toBe("stopped");
    expect(await consentOf(samElsewhere.id)).toBe("stopped");
    const sent = await sendAll(setup);
    expect(sent[0]).toMatchObject({ requestTexts: 0, groupsHeld: 1 });
    expect(await textsOf(setup.org.id)).toEqual([]);
    expect((await requestRow(request!)).state).toBe("queued");

    expect(await text(sam.phone, "START")).toContain("texts are back on");
    expect(await getDb().select().from(smsOptOuts).where(eq(smsOptOuts.phone, sam.phone))).toEqual(
      [],
    );
    expect(await consentOf(sam.id)).toBe("granted");
    expect(await consentOf(samElsewhere.id)).toBe("granted");
    expect(await runSendJobs(setup.org.id)).toEqual([
      { requestTexts: 1, consentTexts: 0, requestsSent: 1, groupsHeld: 0 },
    ]);
    expect((await requestRow(request!)).state).toBe("sent");
  });
});

describe("answers by text", () => {
  it("YES confirms a first-come place, a later YES is available, NO declines", async () => {
    const setup = await sendingSetup();
    const ada = await crewMember(setup, "Ada");
    const ben = await crewMember(setup, "Ben");
    const cy = await crewMember(setup, "Cy");
    const [adaRequest, benRequest, cyRequest] = await queueRequests(
      setup,
      setup.requirements.loadInStagehands,
      [ada.id, ben.id, cy.id],
    );
    await sendAll(setup);

    // Confirmed: one text only, the confirmation with the calendar and clock-in links.
    expect(await text(ada.phone, "Yes!")).toBe("");
    expect(
      (await textsOf(setup.org.id))
        .filter((sms) => sms.recipient === ada.phone)
        .map((sms) => sms.template),
    ).toContain("staffing-confirmed");
    expect(await requestRow(adaRequest!)).toMatchObject({
      state: "confirmed",
      answerChannel: "sms_reply",
    });
    // The only first-come place is taken: Ben's yes leaves him available for the manager.
    expect(await text(ben.phone, "1")).toBe(
      "Stagecrew Events: Thanks! We'll let you know if you're confirmed for Harbor Festival - Load-in.",
    );
    expect((await requestRow(benRequest!)).state).toBe("available");
    expect(await text(cy.phone, "no")).toBe(
      "Stagecrew Events: Noted, you declined Harbor Festival - Load-in.",
    );
    expect((await requestRow(cyRequest!)).state).toBe("declined");
    // Ben changes his mind while still available.
    expect(await text(ben.phone, "2")).toContain("you declined");
    expect((await requestRow(benRequest!)).state).toBe("declined");
  });

  it("with several open requests, replies with the link instead of guessing", async () => {
    const setup = await sendingSetup();
    const ada = await crewMember(setup, "Ada");
    const [stagehand] = await queueRequests(setup, setup.requirements.loadInStagehands, [ada.id]);
    const [rigger] = await queueRequests(setup, setup.requirements.loadInRiggers, [ada.id]);
    await sendAll(setup);
    const before = await snapshotRequests(setup.org.id);

    const reply = await text(ada.phone, "YES");
    const codes = [(await requestRow(stagehand!)).shortCode, (await requestRow(rigger!)).shortCode];
    expect(reply).toMatch(/^Stagecrew Events: You have 2 open requests\. Answer here: /);
    expect(codes.map(linkOf)).toContain(reply.split("Answer here: ")[1]);
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
  });

  it("is not staffing's text from an unknown number, with nothing open, or not an answer", async () => {
    const setup = await sendingSetup();
    const ada = await crewMember(setup, "Ada");
    await queueRequests(setup, setup.requirements.loadInStagehands, [ada.id]);
    const before = await snapshotRequests(setup.org.id);

    expect(await text("+12125550000", "YES")).toBe("");
    // Ada's request is still queued: she was never asked, so her YES answers nothing.
    expect(await text(ada.phone, "YES")).toBe("");
    await sendAll(setup);
    expect(await text(ada.phone, "maybe later")).toBe("");
    expect((await snapshotRequests(setup.org.id)).requests.map((r) => r.state)).toEqual(["sent"]);
    expect(before.requests.map((r) => r.state)).toEqual(["queued"]);
  });

  it("refuses an unsigned webhook and changes nothing", async () => {
    const setup = await sendingSetup();
    const ada = await crewMember(setup, "Ada");
    await queueRequests(setup, setup.requirements.loadInStagehands, [ada.id]);
    await sendAll(setup);
    const before = await snapshotRequests(setup.org.id);
    const forged = new Request("http://internal/api/webhooks/twilio/inbound", {
      method: "POST",
      body: new URLSearchParams({ From: ada.phone, Body: "YES", MessageSid: "SMx" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await inboundWebhook(forged)).status).toBe(403);
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
  });
});
