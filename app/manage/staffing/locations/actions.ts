"use server";

import { revalidatePath } from "next/cache";
import { orgFormAction } from "@/lib/actions/form-action";
import { createLocation, deleteLocation, updateLocation } from "@/lib/staffing";
import {
  ZCatalogueRefForm,
  ZLocationCreateForm,
  ZLocationEditForm,
} from "@/lib/staffing/catalogue-forms";

const LOCATIONS_PATH = "/manage/staffing/locations";

export const createStaffingLocation = orgFormAction(
  "staffing.events.write",
  ZLocationCreateForm,
  async (input, { org, t }) => {
    const location = await createLocation(org, input);
    revalidatePath(LOCATIONS_PATH);
    return { data: location, message: t("staffing.locationCreated") };
  },
);

export const updateStaffingLocation = orgFormAction(
  "staffing.events.write",
  ZLocationEditForm,
  async ({ id, ...patch }, { org, t }) => {
    const location = await updateLocation(org, id, patch);
    revalidatePath(LOCATIONS_PATH);
    return { data: location, message: t("staffing.locationUpdated") };
  },
);

export const deleteStaffingLocation = orgFormAction(
  "staffing.events.write",
  ZCatalogueRefForm,
  async ({ id }, { org, t }) => {
    const deleted = await deleteLocation(org, id);
    revalidatePath(LOCATIONS_PATH);
    return { data: deleted, message: t("staffing.locationDeleted") };
  },
);
