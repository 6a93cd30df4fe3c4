"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { createEvent, deleteEvent, setEventStewards, updateEvent } from "@/lib/staffing";
import { ZEventCreateForm, ZEventEditForm, ZEventRef } from "./form-schemas";
import { EVENTS_PATH, eventPath } from "./paths";

function revalidateEvents() {
  revalidatePath(EVENTS_PATH);
  revalidatePath(`${EVENTS_PATH}/[id]`, "page");
}

/**
 * Creates the event as a draft, assigns its stewards and, when asked, activates it. A
 * refused steward list takes the brand-new draft away again, so a form that comes back with
 * an error has created nothing.
 */
export const createEventAction = orgFormAction(
  "staffing.events.write",
  ZEventCreateForm,
  async ({ status, userIds, ...input }, { org }) => {
    const event = await createEvent(org, input);
    if (userIds.length > 0) {
      try {
        await setEventStewards(org, event.id, userIds);
      } catch (error) {
        await deleteEvent(org, event.id);
        throw error;
      }
    }
    if (status === "active") await updateEvent(org, event.id, { status });
    revalidateEvents();
    redirect(`${eventPath(event.id)}?created=1`);
  },
);

/**
 * Saves the edit form. The stewards go first: their check is the only one the form schema
 * cannot make, so a refused list leaves the event as it was.
 */
export const updateEventAction = orgFormAction(
  "staffing.events.write",
  ZEventEditForm,
  async ({ eventId, userIds, ...input }, { org, t }) => {
    await setEventStewards(org, eventId, userIds);
    const event = await updateEvent(org, eventId, input);
    revalidateEvents();
    return { data: event, message: t("staffing.events.eventUpdated") };
  },
);

/** Only drafts are deleted (the service answers 409 otherwise); back to the list after. */
export const deleteEventAction = orgFormAction(
  "staffing.events.write",
  ZEventRef,
  async ({ eventId }, { org }) => {
    await deleteEvent(org, eventId);
    revalidateEvents();
    redirect(`${EVENTS_PATH}?deleted=1`);
  },
);

const STATUS_MESSAGES = {
  active: "staffing.eventsUi.eventActivated",
  completed: "staffing.eventsUi.eventCompleted",
  canceled: "staffing.eventsUi.eventCanceled",
} as const;

/**
 * Moves the event along draft → active → completed, or cancels it (the cancellation texts to
 * confirmed and available workers go out from the service's transaction).
 */
export const setEventStatusAction = orgFormAction(
  "staffing.events.write",
  ZEventRef.extend({ status: z.enum(["active", "completed", "canceled"]) }),
  async ({ eventId, status }, { org, t }) => {
    const event = await updateEvent(org, eventId, { status });
    revalidateEvents();
    return { data: event, message: t(STATUS_MESSAGES[status]) };
  },
);
