"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { answerMyRequest, clockInMine, clockOutMine, resolveWorkerSelf } from "@/lib/staffing";

/** /work's buttons: the signed-in worker acts on their own requests (others' are 404). */

const ZRequestAction = z.object({ requestId: z.uuid() });

export const answerOnWork = userFormAction(
  ZRequestAction.extend({ answer: z.enum(["yes", "no"]) }),
  async ({ requestId, answer }, { viewer, t }) => {
    const self = await resolveWorkerSelf(viewer.user);
    const result = await answerMyRequest(self, requestId, answer, "web");
    revalidatePath("/work", "layout");
    return { data: null, message: t(`staffing.work.answered.${result.outcome}`) };
  },
);

export const clockInOnWork = userFormAction(
  ZRequestAction,
  async ({ requestId }, { viewer, t }) => {
    await clockInMine(await resolveWorkerSelf(viewer.user), requestId, "worker-web");
    revalidatePath("/work", "layout");
    return { data: null, message: t("staffing.work.clockedIn") };
  },
);

export const clockOutOnWork = userFormAction(
  ZRequestAction,
  async ({ requestId }, { viewer, t }) => {
    await clockOutMine(await resolveWorkerSelf(viewer.user), requestId, "worker-web");
    revalidatePath("/work", "layout");
    return { data: null, message: t("staffing.work.clockedOut") };
  },
);
