"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { createStation, deleteStation } from "@/lib/staffing";

/**
 * The manager's side of sign-in stations, for the event page's stations card: open one (its
 * URL is shown once) or close one. Same permission and steward scope as the API.
 */

export const openStationAction = orgFormAction(
  "staffing.timesheets.write",
  z.object({ eventId: z.uuid() }),
  async ({ eventId }, { org, t }) => {
    const station = await createStation(org, eventId);
    revalidatePath("/manage/staffing/events/[id]", "page");
    return {
      data: { url: station.url, expiresAt: station.expiresAt },
      message: t("staffing.stations.created"),
    };
  },
);

export const closeStationAction = orgFormAction(
  "staffing.timesheets.write",
  z.object({ stationId: z.uuid() }),
  async ({ stationId }, { org, t }) => {
    await deleteStation(org, stationId);
    revalidatePath("/manage/staffing/events/[id]", "page");
    return { data: null, message: t("staffing.stations.deleted") };
  },
);
