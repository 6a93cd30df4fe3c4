"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import {
  actOnRequest,
  confirmRequests,
  copyCallTime,
  createCallTime,
  createRequirement,
  deleteCallTime,
  deleteRequest,
  deleteRequirement,
  type ManagerAction,
  sendQueuedRequests,
  setSendingPaused,
  updateCallTime,
  updateRequirement,
} from "@/lib/staffing";
import {
  ZBulkConfirmForm,
  ZCallTimeCopyForm,
  ZCallTimeCreateForm,
  ZCallTimeEditForm,
  ZCallTimeRef,
  ZEventRef,
  ZRequestRef,
  ZRequirementCreateForm,
  ZRequirementEditForm,
  ZRequirementRef,
} from "../form-schemas";
import { EVENTS_PATH } from "../paths";

/** Every event page and the list (fill rates) show what these actions change. */
function revalidateEventPages() {
  revalidatePath(EVENTS_PATH);
  revalidatePath(`${EVENTS_PATH}/[id]`, "page");
  revalidatePath("/manage/staffing/call-times/[id]/timesheet", "page");
}

// ---------- call times (managers and the event's stewards) ----------

export const createCallTimeAction = orgFormAction(
  "staffing.read",
  ZCallTimeCreateForm,
  async ({ eventId, ...input }, { org, t }) => {
    const callTime = await createCallTime(org, eventId, input);
    revalidateEventPages();
    return { data: callTime, message: t("staffing.events.callTimeCreated") };
  },
);

export const updateCallTimeAction = orgFormAction(
  "staffing.read",
  ZCallTimeEditForm,
  async ({ callTimeId, ...input }, { org, t }) => {
    const callTime = await updateCallTime(org, callTimeId, input);
    revalidateEventPages();
    return { data: callTime, message: t("staffing.events.callTimeUpdated") };
  },
);

export const copyCallTimeAction = orgFormAction(
  "staffing.read",
  ZCallTimeCopyForm,
  async ({ callTimeId, ...input }, { org, t }) => {
    const callTime = await copyCallTime(org, callTimeId, input);
    revalidateEventPages();
    return { data: callTime, message: t("staffing.events.callTimeCopied") };
  },
);

export const deleteCallTimeAction = orgFormAction(
  "staffing.read",
  ZCallTimeRef,
  async ({ callTimeId }, { org, t }) => {
    const deleted = await deleteCallTime(org, callTimeId);
    revalidateEventPages();
    return { data: deleted, message: t("staffing.events.callTimeDeleted") };
  },
);

// ---------- requirements ----------

export const createRequirementAction = orgFormAction(
  "staffing.read",
  ZRequirementCreateForm,
  async ({ callTimeId, ...input }, { org, t }) => {
    const requirement = await createRequirement(org, callTimeId, input);
    revalidateEventPages();
    return { data: requirement, message: t("staffing.events.requirementCreated") };
  },
);

export const updateRequirementAction = orgFormAction(
  "staffing.read",
  ZRequirementEditForm,
  async ({ requirementId, ...input }, { org, t }) => {
    const requirement = await updateRequirement(org, requirementId, input);
    revalidateEventPages();
    return { data: requirement, message: t("staffing.events.requirementUpdated") };
  },
);

export const deleteRequirementAction = orgFormAction(
  "staffing.read",
  ZRequirementRef,
  async ({ requirementId }, { org, t }) => {
    const deleted = await deleteRequirement(org, requirementId);
    revalidateEventPages();
    return { data: deleted, message: t("staffing.events.requirementDeleted") };
  },
);

// ---------- requests ----------

const ACTION_MESSAGES: Record<ManagerAction, string> = {
  confirm: "staffing.requests.requestConfirmed",
  decline: "staffing.requests.requestDeclined",
  cancel: "staffing.requests.requestCanceled",
  "no-show": "staffing.requests.requestNoShow",
  "showed-up": "staffing.requests.requestShowedUp",
};

/** One manager transition of a request: confirm, decline, cancel, no-show or showed up. */
export const actOnRequestAction = orgFormAction(
  "staffing.requests.write",
  ZRequestRef.extend({
    action: z.enum(["confirm", "decline", "cancel", "no-show", "showed-up"]),
  }),
  async ({ requestId, action }, { org, t }) => {
    const request = await actOnRequest(org, requestId, action);
    revalidateEventPages();
    return { data: request, message: t(ACTION_MESSAGES[action]) };
  },
);

/** Withdraws a request that has not been sent yet. */
export const deleteRequestAction = orgFormAction(
  "staffing.requests.write",
  ZRequestRef,
  async ({ requestId }, { org, t }) => {
    const deleted = await deleteRequest(org, requestId);
    revalidateEventPages();
    return { data: deleted, message: t("staffing.requests.requestDeleted") };
  },
);

export const bulkConfirmAction = orgFormAction(
  "staffing.requests.write",
  ZBulkConfirmForm,
  async ({ requirementId, requestIds }, { org, t }) => {
    const confirmed = await confirmRequests(org, requirementId, { requestIds });
    revalidateEventPages();
    return {
      data: confirmed,
      message: t("staffing.eventsUi.bulkConfirmed", { count: confirmed.length }),
    };
  },
);

// ---------- sending ----------

/** Exactly one of the three: send the queued requests of an event, a call time or a requirement. */
const ZSendScopeForm = z.union([
  z.strictObject({ eventId: z.uuid() }),
  z.strictObject({ callTimeId: z.uuid() }),
  z.strictObject({ requirementId: z.uuid() }),
]);

/**
 * Sends what is queued in the scope (lifting a pause first). The answer says how many workers
 * get a text and who cannot yet: those asked for consent first, those who stopped texts.
 */
export const sendRequestsAction = orgFormAction(
  "staffing.requests.write",
  ZSendScopeForm,
  async (scope, { org, t }) => {
    const result = await sendQueuedRequests(org, scope);
    revalidateEventPages();
    const parts = [
      result.queuedWorkers === 0
        ? t("staffing.eventsUi.nothingToSend")
        : t("staffing.eventsUi.sending", { count: result.queuedWorkers }),
    ];
    if (result.workersAwaitingConsent > 0) {
      parts.push(t("staffing.eventsUi.awaitingConsent", { count: result.workersAwaitingConsent }));
    }
    if (result.workersStopped > 0) {
      parts.push(t("staffing.eventsUi.stopped", { count: result.workersStopped }));
    }
    return { data: result, message: parts.join(" ") };
  },
);

export const setSendingPausedAction = orgFormAction(
  "staffing.requests.write",
  ZEventRef.extend({ paused: z.enum(["true", "false"]).transform((value) => value === "true") }),
  async ({ eventId, paused }, { org, t }) => {
    const state = await setSendingPaused(org, eventId, paused);
    revalidateEventPages();
    return {
      data: state,
      message: t(paused ? "staffing.eventsUi.sendingPaused" : "staffing.eventsUi.sendingResumed"),
    };
  },
);
