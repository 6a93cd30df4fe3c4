import { cache } from "react";
import { requireWebViewer } from "@/lib/identity/web-session";
import { resolveWorkerSelf } from "@/lib/staffing";
import { answerOnWork, clockInOnWork, clockOutOnWork } from "./actions";

/** The signed-in user as a worker for this render (linked by phone on the way, once). */
export const currentWorker = cache(async (returnTo: string) => {
  const viewer = await requireWebViewer(returnTo);
  const self = await resolveWorkerSelf(viewer.user);
  return { viewer, self, hasVerifiedPhone: Boolean(viewer.user.phoneVerifiedAt) };
});

/** The buttons of /work's shift cards. */
export const WORK_ACTIONS = {
  answer: answerOnWork,
  clockIn: clockInOnWork,
  clockOut: clockOutOnWork,
};
