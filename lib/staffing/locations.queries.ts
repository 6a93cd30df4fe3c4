import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { locations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import type { TLocation } from "./people.schemas";

const locationColumns = {
  id: locations.id,
  name: locations.name,
  address: locations.address,
  latitude: locations.latitude,
  longitude: locations.longitude,
  timeZone: locations.timeZone,
  payRules: locations.payRules,
  createdAt: locations.createdAt,
  updatedAt: locations.updatedAt,
};

type LocationRow = Omit<typeof locations.$inferSelect, "orgId">;

function toLocationDto(row: LocationRow): TLocation {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The org's locations by name. */
export async function listLocations(context: OrgContext): Promise<TLocation[]> {
  assertCan(context, "staffing.read");
  return withTenant(context, async (tx) => {
    const rows = await tx
      .select(locationColumns)
      .from(locations)
      .where(eq(locations.orgId, context.orgId))
      .orderBy(asc(locations.name), asc(locations.id));
    return rows.map(toLocationDto);
  });
}

/** One location of the org, or 404 (also for another org's). */
export async function findLocation(tx: Executor, orgId: string, id: string): Promise<TLocation> {
  const [row] = await tx
    .select(locationColumns)
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)));
  if (!row) throw new NotFoundError("staffing.locationNotFound");
  return toLocationDto(row);
}

export async function getLocation(context: OrgContext, id: string): Promise<TLocation> {
  assertCan(context, "staffing.read");
  return withTenant(context, (tx) => findLocation(tx, context.orgId, id));
}
