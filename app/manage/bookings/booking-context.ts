import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { listBusinesses } from "@/lib/booking/businesses.service";
import type { TManagedBusiness } from "@/lib/booking/businesses.schemas";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { can, type Permission } from "@/lib/tenancy/permissions";
import { requireActiveOrg } from "../manage-context";

/**
 * A bookings page in the active organization: members without the permission get a 404 (as
 * the API answers), `canEdit` says whether to show write controls, and the org's businesses
 * (drafts included) come along because almost every page picks one of them.
 */
export const requireBookingOrg = cache(async (permission: Permission = "bookings.read") => {
  const loaded = await requireActiveOrg();
  if (!can(loaded.org.role, permission)) notFound();
  const requested = await getLocale();
  const locale: Locale = isLocale(requested) ? requested : "en";
  const businesses = await listBusinesses(loaded.org, locale);
  return { ...loaded, locale, businesses, canEdit: can(loaded.org.role, "bookings.write") };
});

/**
 * The business a page is about: `?business=<id>` when it is one of the org's, else the
 * first. Null when the org has none yet (pages then offer to create one).
 */
export function pickBusiness(
  businesses: TManagedBusiness[],
  requested: string | string[] | undefined,
): TManagedBusiness | null {
  const id =
    typeof requested === "string" && z.uuid().safeParse(requested).success ? requested : null;
  return businesses.find((business) => business.id === id) ?? businesses[0] ?? null;
}
