import { and, eq, inArray } from "drizzle-orm";
import { type Executor, getDb, type Transaction } from "@/db/client";
import { isForeignKeyViolation, isUniqueViolation } from "@/db/errors";
import {
  bookingCategories,
  bookings,
  businessCategories,
  businesses,
  employees,
  employeeServices,
  services,
  workingHours,
} from "@/db/schema/booking";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { Viewer } from "@/lib/identity/viewer";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { withSystemScope } from "@/lib/tenancy/scope";
import { loadOrgBusiness } from "./business-access";
import { findOrgBusiness, findPublishedBusiness, listOrgBusinesses } from "./businesses.queries";
import type {
  TCreateBusiness,
  TManagedBusiness,
  TPublicBusiness,
  TUpdateBusiness,
} from "./businesses.schemas";
import { catalogFileKeys, deleteFilesQuietly } from "./gallery.service";
import { refreshBusinessSearchText } from "./search-text";
import { assertPlatformAdmin } from "./platform-admin";
import { randomSuffix, slugify } from "./slug";

/** Categories must exist; unknown ids are field errors by position. */
export async function assertCategoriesExist(tx: Executor, categoryIds: string[], field: string) {
  if (categoryIds.length === 0) return;
  const found = new Set(
    (
      await tx
        .select({ id: bookingCategories.id })
        .from(bookingCategories)
        .where(inArray(bookingCategories.id, categoryIds))
    ).map((row) => row.id),
  );
  const errors = Object.fromEntries(
    categoryIds
      .map((id, index) => [index, id] as const)
      .filter(([, id]) => !found.has(id))
      .map(([index]) => [`${field}.${index}`, ["booking.catalog.validation.categoryNotFound"]]),
  );
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

async function replaceBusinessCategories(
  tx: Executor,
  orgId: string,
  businessId: string,
  categoryIds: string[],
) {
  await tx.delete(businessCategories).where(eq(businessCategories.businessId, businessId));
  const unique = [...new Set(categoryIds)];
  if (unique.length > 0) {
    await tx
      .insert(businessCategories)
      .values(unique.map((categoryId) => ({ orgId, businessId, categoryId })));
  }
}

/** Both coordinates or neither, after applying a change to the stored pair. */
function assertCoordinatePairs(values: {
  latitude: number | null;
  longitude: number | null;
  collabLatitude: number | null;
  collabLongitude: number | null;
}) {
  const errors: Record<string, string[]> = {};
  if ((values.latitude === null) !== (values.longitude === null)) {
    errors[values.latitude === null ? "latitude" : "longitude"] = [
      "booking.businesses.validation.coordinatesPair",
    ];
  }
  if ((values.collabLatitude === null) !== (values.collabLongitude === null)) {
    errors[values.collabLatitude === null ? "collabLatitude" : "collabLongitude"] = [
      "booking.businesses.validation.coordinatesPair",
    ];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

const slugTaken = () => new ValidationError({ slug: ["booking.businesses.validation.slugTaken"] });

/**
 * Runs a write that may hit the marketplace-wide slug index inside a savepoint: other orgs'
 * drafts are invisible under RLS, so the index, not a lookup, decides whether a slug is free.
 */
async function withSlug<T>(
  tx: Transaction,
  chosen: string | undefined,
  fallback: string,
  write: (sp: Transaction, slug: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const slug =
      chosen ?? (attempt === 0 ? fallback : `${fallback.slice(0, 54)}-${randomSuffix()}`);
    try {
      return await tx.transaction((sp) => write(sp, slug));
    } catch (error) {
      if (!isUniqueViolation(error, "businesses_slug_key")) throw error;
      if (chosen || attempt >= 4) throw slugTaken();
    }
  }
}

export async function createBusiness(
  context: OrgContext,
  input: TCreateBusiness,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.write");
  const { categoryIds, slug, ...fields } = input;
  return withTenant(context, async (tx) => {
    assertCoordinatePairs({
      latitude: fields.latitude ?? null,
      longitude: fields.longitude ?? null,
      collabLatitude: fields.collabLatitude ?? null,
      collabLongitude: fields.collabLongitude ?? null,
    });
    await assertCategoriesExist(tx, categoryIds ?? [], "categoryIds");
    const row = await withSlug(tx, slug, slugify(fields.name), async (sp, chosenSlug) => {
      const [inserted] = await sp
        .insert(businesses)
        .values({ ...fields, orgId: context.orgId, slug: chosenSlug, status: "draft" })
        .returning({ id: businesses.id });
      return inserted!;
    });
    await replaceBusinessCategories(tx, context.orgId, row.id, categoryIds ?? []);
    await refreshBusinessSearchText(tx, row.id);
    return findOrgBusiness(tx, context.orgId, row.id, locale);
  });
}

export async function updateBusiness(
  context: OrgContext,
  businessId: string,
  input: TUpdateBusiness,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.write");
  const { categoryIds, slug, ...fields } = input;
  return withTenant(context, async (tx) => {
    const current = await loadOrgBusiness(tx, context.orgId, businessId);
    assertCoordinatePairs({
      latitude: fields.latitude !== undefined ? fields.latitude : current.latitude,
      longitude: fields.longitude !== undefined ? fields.longitude : current.longitude,
      collabLatitude:
        fields.collabLatitude !== undefined ? fields.collabLatitude : current.collabLatitude,
      collabLongitude:
        fields.collabLongitude !== undefined ? fields.collabLongitude : current.collabLongitude,
    });
    if (categoryIds) await assertCategoriesExist(tx, categoryIds, "categoryIds");
    await withSlug(tx, slug ?? current.slug, current.slug, (sp, chosenSlug) =>
      sp
        .update(businesses)
        .set({ ...fields, slug: chosenSlug, updatedAt: new Date() })
        .where(eq(businesses.id, businessId)),
    );
    if (categoryIds) await replaceBusinessCategories(tx, context.orgId, businessId, categoryIds);
    await refreshBusinessSearchText(tx, businessId);
    return findOrgBusiness(tx, context.orgId, businessId, locale);
  });
}

/**
 * Deletes a business with its catalogue and files. One that has bookings keeps its history:
 * 409, unpublish it instead.
 */
export async function deleteBusiness(
  context: OrgContext,
  businessId: string,
): Promise<{ id: string }> {
  assertCan(context, "bookings.write");
  const keys = await withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    const booked = await tx.$count(bookings, eq(bookings.businessId, businessId));
    if (booked > 0) throw new ConflictError("booking.businesses.hasBookings");
    const fileKeys = await catalogFileKeys(tx, businessId);
    try {
      await tx.transaction((sp) => sp.delete(businesses).where(eq(businesses.id, businessId)));
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new ConflictError("booking.businesses.hasBookings");
      throw error;
    }
    return fileKeys;
  });
  await deleteFilesQuietly(keys);
  return { id: businessId };
}

/** What a business lacks before customers can book it (empty when it is ready). */
async function publishProblems(
  tx: Executor,
  business: { id: string; visitType: string; latitude: number | null; address: string | null },
) {
  const problems: Record<string, string[]> = {};
  const [bookable] = await tx
    .select({ count: employeeServices.serviceId })
    .from(employeeServices)
    .innerJoin(employees, eq(employees.id, employeeServices.employeeId))
    .innerJoin(services, eq(services.id, employeeServices.serviceId))
    .where(
      and(
        eq(employees.businessId, business.id),
        eq(employees.active, true),
        eq(services.active, true),
      ),
    )
    .limit(1);
  if (!bookable) problems.services = ["booking.businesses.publish.noBookableService"];
  const [hours] = await tx
    .select({ id: workingHours.id })
    .from(workingHours)
    .where(and(eq(workingHours.businessId, business.id), eq(workingHours.kind, "open")))
    .limit(1);
  if (!hours) problems.hours = ["booking.businesses.publish.noHours"];
  if (business.visitType !== "home_visit" && (business.latitude === null || !business.address)) {
    problems.address = ["booking.businesses.publish.noAddress"];
  }
  return problems;
}

/**
 * Shows the business in the marketplace. It needs an active employee who performs an active
 * service, working hours, and (unless it only visits homes) an address with a map location;
 * otherwise 409 naming what is missing. A suspended business stays hidden (409).
 */
export async function publishBusiness(
  context: OrgContext,
  businessId: string,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    if (business.status === "suspended") throw new ConflictError("booking.businesses.suspended");
    if (business.status === "draft") {
      const problems = await publishProblems(tx, business);
      if (Object.keys(problems).length > 0) {
        throw new ConflictError("booking.businesses.publish.incomplete", undefined, problems);
      }
      await tx
        .update(businesses)
        .set({ status: "published", updatedAt: new Date() })
        .where(eq(businesses.id, businessId));
    }
    return findOrgBusiness(tx, context.orgId, businessId, locale);
  });
}

/** Takes the business out of the marketplace (back to draft); existing bookings stay. */
export async function unpublishBusiness(
  context: OrgContext,
  businessId: string,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    if (business.status === "suspended") throw new ConflictError("booking.businesses.suspended");
    if (business.status === "published") {
      await tx
        .update(businesses)
        .set({ status: "draft", updatedAt: new Date() })
        .where(eq(businesses.id, businessId));
    }
    return findOrgBusiness(tx, context.orgId, businessId, locale);
  });
}

/**
 * Platform admins hide a business from the marketplace; its org can no
 * longer publish it until an admin reinstates it, as a draft.
 */
export async function setBusinessSuspended(
  actor: Viewer,
  businessId: string,
  suspended: boolean,
): Promise<{ id: string; status: "draft" | "suspended" }> {
  assertPlatformAdmin(actor);
  return withSystemScope(async (tx) => {
    const [current] = await tx
      .select({ status: businesses.status })
      .from(businesses)
      .where(eq(businesses.id, businessId))
      .for("update");
    if (!current) throw new NotFoundError("booking.businessNotFound");
    if (!suspended && current.status !== "suspended") {
      throw new ConflictError("booking.businesses.notSuspended");
    }
    const status = suspended ? "suspended" : "draft";
    await tx
      .update(businesses)
      .set({ status, updatedAt: new Date() })
      .where(eq(businesses.id, businessId));
    return { id: businessId, status };
  });
}

// ---------- reads ----------

export async function listBusinesses(
  context: OrgContext,
  locale: Locale,
): Promise<TManagedBusiness[]> {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) => listOrgBusinesses(tx, context.orgId, locale));
}

export async function getBusiness(
  context: OrgContext,
  businessId: string,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) => findOrgBusiness(tx, context.orgId, businessId, locale));
}

/** The marketplace's business page data: published only (404 otherwise), by id or slug. */
export async function getPublicBusiness(
  idOrSlug: string,
  locale: Locale,
): Promise<TPublicBusiness> {
  // No tenant in scope: row-level security shows published businesses only.
  return getDb().transaction((tx) => findPublishedBusiness(tx, idOrSlug, locale));
}
