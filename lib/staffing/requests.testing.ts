import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import * as eventsRoute from "@/app/api/v1/staffing/events/route";
import * as stewardsRoute from "@/app/api/v1/staffing/events/[id]/stewards/route";
import * as eventCallTimesRoute from "@/app/api/v1/staffing/events/[id]/call-times/route";
import * as requirementsRoute from "@/app/api/v1/staffing/call-times/[id]/requirements/route";
import { laborRequests, laborRequirements, workers } from "@/db/schema/staffing";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { staffingOrg } from "./events.testing";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/**
 * An event with its steward assigned, a call time at `time` on 2026-12-04 (New York) and a
 * Stagehand requirement.
 */
export async function requirementSetup(
  setup: Setup,
  input: { needed: number; firstComePositions?: number; time?: string; assignSteward?: boolean },
) {
  const manager = { token: setup.team.manager.token, orgId: setup.org.id };
  const event = await callApi(eventsRoute.POST, {
    ...manager,
    body: {
      name: "Harbor Festival",
      startDate: "2026-12-04",
      endDate: "2026-12-04",
      locationId: setup.location.id,
    },
  });
  expect(event.status).toBe(201);
  if (input.assignSteward !== false) {
    await callApi(stewardsRoute.PUT, {
      ...manager,
      params: { id: event.body.data.id },
      body: { userIds: [setup.team.steward.user.id] },
    });
  }
  const callTime = await callApi(eventCallTimesRoute.POST, {
    ...manager,
    params: { id: event.body.data.id },
    body: { name: "Load-in", date: "2026-12-04", time: input.time ?? "07:00" },
  });
  expect(callTime.status).toBe(201);
  const requirement = await callApi(requirementsRoute.POST, {
    ...manager,
    params: { id: callTime.body.data.id },
    body: {
      laborTypeId: setup.laborTypes.stagehand.id,
      needed: input.needed,
      firstComePositions: input.firstComePositions ?? 0,
    },
  });
  expect(requirement.status).toBe(201);
  return {
    eventId: event.body.data.id as string,
    callTimeId: callTime.body.data.id as string,
    requirementId: requirement.body.data.id as string,
  };
}

/** Requests, requirements and workers of an org, to prove a refused call changed nothing. */
export async function snapshotRequests(orgId: string) {
  return withSystemScope(async (tx) => ({
    requests: await tx
      .select()
      .from(laborRequests)
      .where(eq(laborRequests.orgId, orgId))
      .orderBy(asc(laborRequests.id)),
    requirements: await tx
      .select()
      .from(laborRequirements)
      .where(eq(laborRequirements.orgId, orgId))
      .orderBy(asc(laborRequirements.id)),
    workers: await tx
      .select()
      .from(workers)
      .where(eq(workers.orgId, orgId))
      .orderBy(asc(workers.id)),
  }));
}

export async function requirementRow(requirementId: string) {
  const [row] = await withSystemScope((tx) =>
    tx.select().from(laborRequirements).where(eq(laborRequirements.id, requirementId)),
  );
  return row!;
}

export async function requestRow(requestId: string) {
  const [row] = await withSystemScope((tx) =>
    tx.select().from(laborRequests).where(eq(laborRequests.id, requestId)),
  );
  return row!;
}

export async function setRequestState(
  requestId: string,
  state: (typeof laborRequests.$inferSelect)["state"],
) {
  await withSystemScope((tx) =>
    tx.update(laborRequests).set({ state }).where(eq(laborRequests.id, requestId)),
  );
}
