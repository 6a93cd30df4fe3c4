"use server";

import { revalidatePath } from "next/cache";
import {
  ZBreakRef,
  ZMealBreakCreateForm,
  ZMealBreakEditForm,
  ZSignInForm,
  ZTimeEntryEditForm,
} from "@/app/manage/staffing/events/form-schemas";
import { orgFormAction } from "@/lib/actions/form-action";
import {
  addMealBreak,
  deleteMealBreak,
  signIn,
  signOut,
  updateMealBreak,
  updateTimeEntry,
} from "@/lib/staffing";

/** The time sheet, and the event pages that show who is in. */
function revalidateTimesheet() {
  revalidatePath("/manage/staffing/call-times/[id]/timesheet", "page");
  revalidatePath("/manage/staffing/events/[id]", "page");
}

/** Signs a confirmed worker in: at the time given, else at the scheduled call time. */
export const signInAction = orgFormAction(
  "staffing.timesheets.write",
  ZSignInForm,
  async ({ requestId, at }, { org, t }) => {
    const entry = await signIn(org, requestId, { at });
    revalidateTimesheet();
    return { data: entry, message: t("staffing.timesheet.signedIn") };
  },
);

/** Signs a signed-in worker out: at the time given, else now. */
export const signOutAction = orgFormAction(
  "staffing.timesheets.write",
  ZSignInForm,
  async ({ requestId, at }, { org, t }) => {
    const entry = await signOut(org, requestId, { at });
    revalidateTimesheet();
    return { data: entry, message: t("staffing.timesheet.signedOut") };
  },
);

export const updateTimeEntryAction = orgFormAction(
  "staffing.timesheets.write",
  ZTimeEntryEditForm,
  async ({ timeEntryId, ...input }, { org, t }) => {
    const entry = await updateTimeEntry(org, timeEntryId, input);
    revalidateTimesheet();
    return { data: entry, message: t("staffing.timesheet.timeEntryUpdated") };
  },
);

export const addMealBreakAction = orgFormAction(
  "staffing.timesheets.write",
  ZMealBreakCreateForm,
  async ({ timeEntryId, ...input }, { org, t }) => {
    const mealBreak = await addMealBreak(org, timeEntryId, input);
    revalidateTimesheet();
    return { data: mealBreak, message: t("staffing.timesheet.mealBreakAdded") };
  },
);

export const updateMealBreakAction = orgFormAction(
  "staffing.timesheets.write",
  ZMealBreakEditForm,
  async ({ breakId, ...input }, { org, t }) => {
    const mealBreak = await updateMealBreak(org, breakId, input);
    revalidateTimesheet();
    return { data: mealBreak, message: t("staffing.timesheet.mealBreakUpdated") };
  },
);

export const deleteMealBreakAction = orgFormAction(
  "staffing.timesheets.write",
  ZBreakRef,
  async ({ breakId }, { org, t }) => {
    const deleted = await deleteMealBreak(org, breakId);
    revalidateTimesheet();
    return { data: deleted, message: t("staffing.timesheet.mealBreakDeleted") };
  },
);
