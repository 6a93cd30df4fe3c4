"use server";

import { revalidatePath } from "next/cache";
import { orgFormAction } from "@/lib/actions/form-action";
import { updateStaffingSettings } from "@/lib/staffing";
import { ZStaffingSettingsForm } from "@/lib/staffing/catalogue-forms";

export const saveStaffingSettings = orgFormAction(
  "staffing.events.write",
  ZStaffingSettingsForm,
  async (input, { org, t }) => {
    const settings = await updateStaffingSettings(org, input);
    revalidatePath("/manage/staffing/settings");
    return { data: settings, message: t("staffing.events.settingsUpdated") };
  },
);
