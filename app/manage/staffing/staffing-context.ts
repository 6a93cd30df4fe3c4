import { notFound } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { can, type Permission } from "@/lib/tenancy/permissions";
import { requireActiveOrg } from "../manage-context";

/**
 * A staffing page in the active organization. Members without the permission (workers,
 * members) get a 404, as the API answers for things they may not know about; `canEdit`
 * says whether to show the catalogue's write controls.
 */
export async function requireStaffingOrg(permission: Permission = "staffing.read") {
  const loaded = await requireActiveOrg();
  if (!can(loaded.org.role, permission)) notFound();
  return { ...loaded, canEdit: can(loaded.org.role, "staffing.events.write") };
}

/** A catalogue entry by the URL's id, or the 404 page (malformed id, another org's, deleted). */
export async function loadOr404<T>(id: string, load: (id: string) => Promise<T>): Promise<T> {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await load(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
