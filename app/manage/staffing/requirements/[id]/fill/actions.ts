"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZRequestWorkersForm } from "@/app/manage/staffing/events/form-schemas";
import { EVENTS_PATH, eventPath, requirementAnchor } from "@/app/manage/staffing/events/paths";
import { orgFormAction } from "@/lib/actions/form-action";
import { createRequests } from "@/lib/staffing";

/**
 * Queues requests (or reservations) for the chosen workers and goes back to the event page,
 * where they show as "not sent" under the requirement until the manager sends them.
 */
export const requestWorkersAction = orgFormAction(
  "staffing.requests.write",
  ZRequestWorkersForm,
  async ({ eventId, requirementId, ...input }, { org }) => {
    const result = await createRequests(org, requirementId, input);
    revalidatePath(EVENTS_PATH);
    revalidatePath(`${EVENTS_PATH}/[id]`, "page");
    const params = new URLSearchParams({ requested: String(result.created.length) });
    if (result.skipped.length > 0) params.set("skipped", String(result.skipped.length));
    redirect(`${eventPath(eventId)}?${params}#${requirementAnchor(requirementId)}`);
  },
);
