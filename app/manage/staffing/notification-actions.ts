"use server";

import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { clearNotifications, markNotificationsRead, ZMarkNotificationsRead } from "@/lib/staffing";

/** The bell posts `ids` (one or more) or `all=true`, as the API's body has them. */
const ZMarkReadForm = z.preprocess((raw) => {
  const form = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const ids = form.ids === undefined ? undefined : [form.ids].flat();
  return { ...(ids ? { ids } : {}), ...(form.all === "true" ? { all: true } : {}) };
}, ZMarkNotificationsRead);

export const markStaffingNotificationsRead = orgFormAction(
  "staffing.read",
  ZMarkReadForm,
  async (input, { org, t }) => ({
    data: await markNotificationsRead(org, input),
    message: t("staffing.notifications.markedRead"),
  }),
);

export const clearStaffingNotifications = orgFormAction(
  "staffing.read",
  z.object({}),
  async (_input, { org, t }) => ({
    data: await clearNotifications(org),
    message: t("staffing.notifications.cleared"),
  }),
);
