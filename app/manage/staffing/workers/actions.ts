"use server";

import { revalidatePath } from "next/cache";
import { orgFormAction } from "@/lib/actions/form-action";
import {
  commitWorkerImport,
  createWorker,
  previewWorkerImport,
  removeWorker,
  updateWorker,
} from "@/lib/staffing";
import {
  ZCatalogueRefForm,
  ZWorkerCreateForm,
  ZWorkerEditForm,
  ZWorkerImportForm,
} from "@/lib/staffing/catalogue-forms";

const WORKERS_PATH = "/manage/staffing/workers";

export const createStaffingWorker = orgFormAction(
  "staffing.events.write",
  ZWorkerCreateForm,
  async (input, { org, t }) => {
    const worker = await createWorker(org, input);
    revalidatePath(WORKERS_PATH);
    return { data: worker, message: t("staffing.workerCreated") };
  },
);

export const updateStaffingWorker = orgFormAction(
  "staffing.events.write",
  ZWorkerEditForm,
  async ({ id, ...patch }, { org, t }) => {
    const worker = await updateWorker(org, id, patch);
    revalidatePath(WORKERS_PATH);
    return { data: worker, message: t("staffing.workerUpdated") };
  },
);

export const removeStaffingWorker = orgFormAction(
  "staffing.events.write",
  ZCatalogueRefForm,
  async ({ id }, { org, t }) => {
    const removed = await removeWorker(org, id);
    revalidatePath(WORKERS_PATH);
    return {
      data: removed,
      message: t(
        removed.outcome === "deleted" ? "staffing.workerDeleted" : "staffing.workerDeactivated",
      ),
    };
  },
);

/** What the file would do, row by row; nothing is saved. */
export const previewStaffingImport = orgFormAction(
  "staffing.events.write",
  ZWorkerImportForm,
  async (input, { org, t }) => {
    const preview = await previewWorkerImport(org, input, t);
    return { data: preview, message: t("staffing.importPreviewed", preview.counts) };
  },
);

export const commitStaffingImport = orgFormAction(
  "staffing.events.write",
  ZWorkerImportForm,
  async (input, { org, t }) => {
    const result = await commitWorkerImport(org, input);
    revalidatePath(WORKERS_PATH);
    return { data: result, message: t("staffing.importDone", { created: result.created }) };
  },
);
