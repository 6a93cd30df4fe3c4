import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { laborRequests } from "@/db/schema/staffing";
import { NotFoundError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy/scope";
import type { Answer } from "./requests.service";
import type { TAnswerChannel } from "./requests.schemas";
import type { WorkerIdentity, WorkerSelf } from "./worker-link.service";
import { selectWorkRequestRows, toWorkRequest, VISIBLE_STATES } from "./worker-requests.queries";
import type { TWorkAnswerResult, TWorkRequest } from "./worker-requests.schemas";
import {
  answerOwnRequest,
  type ClockSource,
  workerClockIn,
  workerClockOut,
} from "./worker-self.service";

/**
 * The signed-in worker's actions (/work pages and /api/v1/work): answer, clock in, clock out
 * — on their own requests only. The request is looked for in each org where the user is a
 * worker, inside that org's tenant transaction; anyone else's request is a 404.
 */

async function inOwnOrg<T>(
  self: WorkerSelf,
  requestId: string,
  work: (tx: Transaction, identity: WorkerIdentity) => Promise<T>,
): Promise<T> {
  for (const identity of self.identities) {
    const found = await withTenant({ orgId: identity.orgId, userId: self.userId }, async (tx) => {
      const [own] = await tx
        .select({ id: laborRequests.id })
        .from(laborRequests)
        .where(
          and(
            eq(laborRequests.id, requestId),
            eq(laborRequests.workerId, identity.workerId),
            inArray(laborRequests.state, [...VISIBLE_STATES]),
          ),
        );
      return own ? { result: await work(tx, identity) } : null;
    });
    if (found) return found.result;
  }
  throw new NotFoundError("staffing.work.requestNotFound");
}

export function answerMyRequest(
  self: WorkerSelf,
  requestId: string,
  answer: Answer,
  channel: Extract<TAnswerChannel, "web" | "api">,
  now: Date = new Date(),
): Promise<TWorkAnswerResult> {
  return inOwnOrg(self, requestId, (tx, identity) =>
    answerOwnRequest(tx, { requestId, workerId: identity.workerId }, answer, channel, now),
  );
}

async function reload(tx: Transaction, requestId: string, now: Date): Promise<TWorkRequest> {
  const [row] = await selectWorkRequestRows(tx, { where: eq(laborRequests.id, requestId) });
  return toWorkRequest(row!, now);
}

export function clockInMine(
  self: WorkerSelf,
  requestId: string,
  source: Extract<ClockSource, "worker-web" | "worker-api">,
  now: Date = new Date(),
): Promise<TWorkRequest> {
  return inOwnOrg(self, requestId, async (tx) => {
    await workerClockIn(tx, requestId, now, { source, userId: self.userId });
    return reload(tx, requestId, now);
  });
}

export function clockOutMine(
  self: WorkerSelf,
  requestId: string,
  source: Extract<ClockSource, "worker-web" | "worker-api">,
  now: Date = new Date(),
): Promise<TWorkRequest> {
  return inOwnOrg(self, requestId, async (tx) => {
    await workerClockOut(tx, requestId, now, { source, userId: self.userId });
    return reload(tx, requestId, now);
  });
}
