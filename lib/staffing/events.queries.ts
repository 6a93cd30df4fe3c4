import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { eventStewards, events, locations } from "@/db/schema/staffing";
import type { PageMeta } from "@/lib/api/respond";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { assertEventAccess, visibleEventsFilter } from "./event-access";
import type { TEvent, TListEventsQuery } from "./events.schemas";

const eventColumns = {
  id: events.id,
  name: events.name,
  description: events.description,
  startDate: events.startDate,
  endDate: events.endDate,
  status: events.status,
  payRules: events.payRules,
  sendingPaused: events.sendingPaused,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
  locationId: locations.id,
  locationName: locations.name,
  locationTimeZone: locations.timeZone,
};

interface EventRow {
  id: string;
  name: string;
  description: string | null;
  startDate: string;
  endDate: string;
  status: TEvent["status"];
  payRules: TEvent["payRules"];
  sendingPaused: boolean;
  createdAt: Date;
  updatedAt: Date;
  locationId: string | null;
  locationName: string | null;
  locationTimeZone: string | null;
}

type Steward = TEvent["stewards"][number];

/** `%` and `_` in a search are literal characters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

function toEventDto(row: EventRow, stewards: Steward[]): TEvent {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    location:
      row.locationId && row.locationName && row.locationTimeZone
        ? { id: row.locationId, name: row.locationName, timeZone: row.locationTimeZone }
        : null,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    payRules: row.payRules,
    sendingPaused: row.sendingPaused,
    stewards,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Stewards of many events in one query, by event id. */
async function stewardsByEvent(tx: Executor, eventIds: string[]) {
  const byEvent = new Map<string, Steward[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await tx
    .select({ eventId: eventStewards.eventId, userId: eventStewards.userId, name: users.name })
    .from(eventStewards)
    .innerJoin(users, eq(users.id, eventStewards.userId))
    .where(inArray(eventStewards.eventId, eventIds))
    .orderBy(asc(users.name), asc(users.id));
  for (const row of rows) {
    const list = byEvent.get(row.eventId) ?? [];
    list.push({ userId: row.userId, name: row.name });
    byEvent.set(row.eventId, list);
  }
  return byEvent;
}

/** One event as the caller may see it (after `assertEventAccess`), inside their transaction. */
export async function findEvent(tx: Executor, orgId: string, eventId: string): Promise<TEvent> {
  const [row] = await tx
    .select(eventColumns)
    .from(events)
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(and(eq(events.orgId, orgId), eq(events.id, eventId)));
  const stewards = await stewardsByEvent(tx, [eventId]);
  return toEventDto(row!, stewards.get(eventId) ?? []);
}

export async function getEvent(context: OrgContext, eventId: string): Promise<TEvent> {
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "read");
    return findEvent(tx, context.orgId, eventId);
  });
}

/** A page of events by start date; a steward's list holds only the events assigned to them. */
export async function listEvents(
  context: OrgContext,
  query: TListEventsQuery,
): Promise<{ items: TEvent[]; meta: PageMeta }> {
  assertCan(context, "staffing.read");
  const filters: SQL[] = [visibleEventsFilter(context)];
  if (query.status) filters.push(eq(events.status, query.status));
  // Overlap with [from, to]: a three-day festival shows up on its middle day too.
  if (query.from) filters.push(gte(events.endDate, query.from));
  if (query.to) filters.push(lte(events.startDate, query.to));
  if (query.endsBefore) filters.push(lt(events.endDate, query.endsBefore));
  if (query.q) filters.push(ilike(events.name, `%${escapeLike(query.q)}%`));
  const where = and(...filters);
  return withTenant(context, async (tx) => {
    const [rows, [total]] = await Promise.all([
      tx
        .select(eventColumns)
        .from(events)
        .leftJoin(locations, eq(locations.id, events.locationId))
        .where(where)
        .orderBy(
          ...(query.order === "desc"
            ? [desc(events.startDate), asc(events.name), desc(events.id)]
            : [asc(events.startDate), asc(events.name), asc(events.id)]),
        )
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      tx.select({ total: count() }).from(events).where(where),
    ]);
    const stewards = await stewardsByEvent(
      tx,
      rows.map((row) => row.id),
    );
    return {
      items: rows.map((row) => toEventDto(row, stewards.get(row.id) ?? [])),
      meta: { page: query.page, pageSize: query.pageSize, total: total?.total ?? 0 },
    };
  });
}
