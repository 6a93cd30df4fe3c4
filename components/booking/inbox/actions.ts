"use server";

import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { markAllRead, markRead } from "@/lib/booking/notifications.service";

/** The bell marks one notice read (`id`) or all of them: the signed-in person's own only. */
export const markInboxReadAction = userFormAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { viewer, t }) => ({
    data: await markRead(viewer.user.id, id),
    message: t("booking.notifications.read"),
  }),
);

export const markAllInboxReadAction = userFormAction(
  z.object({}),
  async (_input, { viewer, t }) => ({
    data: await markAllRead(viewer.user.id),
    message: t("booking.notifications.readAll"),
  }),
);
