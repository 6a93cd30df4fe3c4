import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as eventRoute from "@/app/api/v1/staffing/events/[id]/route";
import { laborRequestReminders, workers } from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { withdrawUnanswered } from "./auto-withdraw";
import { staffingOrg } from "./events.testing";
import {
  announcedBy,
  as,
  markSent,
  notificationRows,
  requestWorkers,
  setStaffingSettings,
  stagehands,
  textsOf,
  workerAnswers,
  type Setup,
} from "./notices.testing";
import { sendDueReminders } from "./reminders";
import { actOnRequest } from "./requests.service";
import { requestRow, requirementSetup } from "./requests.testing";

/** The call times of requirementSetup start at 07:00 New York on 2026-12-04: 12:00 UTC. */
const START = new Date("2026-12-04T12:00:00Z");
const hoursBefore = (hours: number) => new Date(START.getTime() - hours * 3_600_000);

function managerContext(setup: Setup) {
  return {
    orgId: setup.org.id,
    userId: setup.team.manager.user.id,
    role: "manager" as const,
    membershipId: setup.team.manager.membershipId,
  };
}

async function confirmAt(setup: Setup, requestId: string, at: Date) {
  await actOnRequest(managerContext(setup), requestId, "confirm", at);
}

async function remindersOf(requestId: string) {
  const rows = await withSystemScope((tx) =>
    tx
      .select({ hoursBefore: laborRequestReminders.hoursBefore })
      .from(laborRequestReminders)
      .where(eq(laborRequestReminders.requestId, requestId)),
  );
  return rows.map((row) => row.hoursBefore).sort((a, b) => a - b);
}

describe("reminders job", () => {
  it("texts each confirmed worker 24 h and 2 h before, once each", async () => {
    const setup = await staffingOrg("Stagecrew");
    const { requirementId } = await requirementSetup(setup, { needed: 3 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [adaRequest, benRequest] = await requestWorkers(setup, requirementId, [ada!.id, ben!.id]);
    await confirmAt(setup, adaRequest!, hoursBefore(72));
    await markSent([benRequest!]); // asked, never confirmed: no reminder

    await sendDueReminders(hoursBefore(30));
    expect(await textsOf(setup.org.id, "staffing-reminder")).toEqual([]);

    await sendDueReminders(hoursBefore(23));
    await sendDueReminders(hoursBefore(22.9));
    const first = await textsOf(setup.org.id, "staffing-reminder");
    const { shortCode } = await requestRow(adaRequest!);
    expect(first).toEqual([
      expect.objectContaining({
        relatedId: adaRequest,
        body:
          "Stagecrew: Reminder: Harbor Festival - Load-in on Fri, Dec 4 at 7:00 AM. " +
          `Clock-in code: ${appUrl()}/r/${shortCode}`,
      }),
    ]);

    await sendDueReminders(hoursBefore(1.5));
    await sendDueReminders(hoursBefore(1));
    await sendDueReminders(hoursBefore(-0.5));
    expect(await textsOf(setup.org.id, "staffing-reminder")).toHaveLength(2);
    expect(await remindersOf(adaRequest!)).toEqual([2, 24]);
    expect(await remindersOf(benRequest!)).toEqual([]);
  });

  it("skips offsets that passed before the confirmation and sends one text after a missed run", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 3 });
    const [late, missed] = await stagehands(setup, ["Late", "Missed"]);
    const [lateRequest, missedRequest] = await requestWorkers(setup, requirementId, [
      late!.id,
      missed!.id,
    ]);
    await confirmAt(setup, lateRequest!, hoursBefore(3));
    await confirmAt(setup, missedRequest!, hoursBefore(48));

    // The job first runs 1 hour before the call.
    await sendDueReminders(hoursBefore(1));
    const texts = await textsOf(setup.org.id, "staffing-reminder");
    expect(texts.map((text) => text.relatedId).sort()).toEqual([lateRequest, missedRequest].sort());
    expect(await remindersOf(lateRequest!)).toEqual([2]);
    expect(await remindersOf(missedRequest!)).toEqual([2, 24]);
    await sendDueReminders(hoursBefore(0.5));
    expect(await textsOf(setup.org.id, "staffing-reminder")).toHaveLength(2);
  });

  it("sends each reminder once when runs overlap", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 5 });
    const crew = await stagehands(setup, ["A", "B", "C", "D", "E"]);
    const ids = await requestWorkers(
      setup,
      requirementId,
      crew.map((worker) => worker.id),
    );
    for (const id of ids) await confirmAt(setup, id, hoursBefore(72));

    await Promise.all([
      sendDueReminders(hoursBefore(20)),
      sendDueReminders(hoursBefore(20)),
      sendDueReminders(hoursBefore(19)),
    ]);
    const texts = await textsOf(setup.org.id, "staffing-reminder");
    expect(texts.map((text) => text.relatedId).sort()).toEqual([...ids].sort());
  });

  it("follows the org's offsets, and skips stopped workers, canceled requests and events", async () => {
    const setup = await staffingOrg();
    await setStaffingSettings(setup.org.id, { reminderHours: [6] });
    const first = await requirementSetup(setup, { needed: 3 });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const [adaRequest, benRequest, cyRequest] = await requestWorkers(setup, first.requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
    ]);
    for (const id of [adaRequest, benRequest, cyRequest])
      await confirmAt(setup, id!, hoursBefore(72));
    await withSystemScope((tx) =>
      tx.update(workers).set({ smsConsent: "stopped" }).where(eq(workers.id, ben!.id)),
    );
    await actOnRequest(managerContext(setup), cyRequest!, "cancel", hoursBefore(70));
    const canceledEvent = await requirementSetup(setup, { needed: 1 });
    const [dee] = await stagehands(setup, ["Dee"]);
    const [deeRequest] = await requestWorkers(setup, canceledEvent.requirementId, [dee!.id]);
    await confirmAt(setup, deeRequest!, hoursBefore(72));
    await callApi(eventRoute.PATCH, {
      ...as(setup),
      params: { id: canceledEvent.eventId },
      body: { status: "canceled" },
    });

    await sendDueReminders(hoursBefore(23));
    expect(await textsOf(setup.org.id, "staffing-reminder")).toEqual([]);
    await sendDueReminders(hoursBefore(5));
    const texts = await textsOf(setup.org.id, "staffing-reminder");
    expect(texts.map((text) => text.relatedId)).toEqual([adaRequest]);
    // Ben's reminder is done (he opted out of texts), not retried every run.
    expect(await remindersOf(benRequest!)).toEqual([6]);
    expect(await remindersOf(cyRequest!)).toEqual([]);
    expect(await remindersOf(deeRequest!)).toEqual([]);
  });
});

describe("auto-withdraw job", () => {
  it("is off by default", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada] = await stagehands(setup, ["Ada"]);
    const [adaRequest] = await requestWorkers(setup, requirementId, [ada!.id]);
    await markSent([adaRequest!]);
    await withdrawUnanswered(hoursBefore(1));
    expect(await requestRow(adaRequest!)).toMatchObject({ state: "sent" });
  });

  it("withdraws requests unanswered X hours before the call and notifies the manager", async () => {
    const setup = await staffingOrg();
    await setStaffingSettings(setup.org.id, { autoWithdrawHours: 12 });
    const { requirementId, eventId, callTimeId } = await requirementSetup(setup, {
      needed: 3,
      firstComePositions: 3,
    });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const [adaRequest, benRequest, cyRequest] = await requestWorkers(setup, requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
    ]);
    await markSent([adaRequest!, benRequest!]);
    await workerAnswers(setup, benRequest!, "yes"); // answered: stays
    const answeredNotifications = (await notificationRows(setup.org.id)).length;
    // Cy is still queued (never sent): nothing to withdraw.

    await withdrawUnanswered(hoursBefore(13));
    expect(await requestRow(adaRequest!)).toMatchObject({ state: "sent" });

    const jobs = await announcedBy(setup.org.id, () => withdrawUnanswered(hoursBefore(11)));
    expect(jobs).toEqual([
      [{ kind: "request", eventId, callTimeId, requirementId }, { kind: "notification" }],
    ]);
    expect(await requestRow(adaRequest!)).toMatchObject({
      state: "canceled",
      answerChannel: null,
      canceledAt: hoursBefore(11),
    });
    expect(await requestRow(benRequest!)).toMatchObject({ state: "confirmed" });
    expect(await requestRow(cyRequest!)).toMatchObject({ state: "queued" });
    const notifications = (await notificationRows(setup.org.id)).slice(answeredNotifications);
    expect(notifications.map((row) => [row.kind, row.requestId, row.message])).toEqual([
      [
        "canceled",
        adaRequest,
        "Ada did not answer in time and was withdrawn from Harbor Festival - Load-in (Stagehand).",
      ],
    ]);
    // The worker is not texted, and a second run changes nothing.
    expect(await textsOf(setup.org.id, "staffing-canceled")).toEqual([]);
    expect(await announcedBy(setup.org.id, () => withdrawUnanswered(hoursBefore(10)))).toEqual([]);
    await expect(workerAnswers(setup, adaRequest!, "yes")).rejects.toMatchObject({ status: 409 });
  });

  it("leaves past call times alone, and an answer racing the withdrawal wins or loses cleanly", async () => {
    const setup = await staffingOrg();
    await setStaffingSettings(setup.org.id, { autoWithdrawHours: 12 });
    const { requirementId } = await requirementSetup(setup, { needed: 10 });
    const crew = await stagehands(setup, ["A", "B", "C", "D", "E", "F"]);
    const ids = await requestWorkers(
      setup,
      requirementId,
      crew.map((worker) => worker.id),
    );
    await markSent(ids);

    await withdrawUnanswered(hoursBefore(-1));
    expect((await requestRow(ids[0]!)).state).toBe("sent");

    const answers = ids.map((id) =>
      workerAnswers(setup, id, "no", hoursBefore(11)).then(
        () => "answered",
        (error: { status?: number }) => (error.status === 409 ? "refused" : Promise.reject(error)),
      ),
    );
    const [, ...outcomes] = await Promise.all([withdrawUnanswered(hoursBefore(11)), ...answers]);
    for (const [index, id] of ids.entries()) {
      const { state } = await requestRow(id);
      expect(state).toBe(outcomes[index] === "answered" ? "declined" : "canceled");
    }
  });
});
