"use server";

import { revalidatePath } from "next/cache";
import { orgFormAction } from "@/lib/actions/form-action";
import { createLaborType, deleteLaborType, renameLaborType } from "@/lib/staffing";
import {
  ZCatalogueRefForm,
  ZLaborTypeCreateForm,
  ZLaborTypeRenameForm,
} from "@/lib/staffing/catalogue-forms";

const LABOR_TYPES_PATH = "/manage/staffing/labor-types";

export const createStaffingLaborType = orgFormAction(
  "staffing.events.write",
  ZLaborTypeCreateForm,
  async (input, { org, t }) => {
    const laborType = await createLaborType(org, input);
    revalidatePath(LABOR_TYPES_PATH);
    return { data: laborType, message: t("staffing.laborTypeCreated") };
  },
);

export const renameStaffingLaborType = orgFormAction(
  "staffing.events.write",
  ZLaborTypeRenameForm,
  async ({ id, name }, { org, t }) => {
    const laborType = await renameLaborType(org, id, { name });
    revalidatePath(LABOR_TYPES_PATH);
    return { data: laborType, message: t("staffing.laborTypeUpdated") };
  },
);

export const deleteStaffingLaborType = orgFormAction(
  "staffing.events.write",
  ZCatalogueRefForm,
  async ({ id }, { org, t }) => {
    const deleted = await deleteLaborType(org, id);
    revalidatePath(LABOR_TYPES_PATH);
    return { data: deleted, message: t("staffing.laborTypeDeleted") };
  },
);
