import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  bookingCategories,
  businessCategories,
  businessImages,
  businesses,
} from "@/db/schema/booking";
import type { Locale } from "@/lib/i18n/config";
import { publicFileUrl } from "@/lib/storage";
import { toCategory } from "./categories.queries";
import type { TCategory } from "./categories.schemas";
import type { TBusinessImage, TManagedBusiness, TPublicBusiness } from "./businesses.schemas";
import { type BusinessRow, loadOrgBusiness, loadPublishedBusiness } from "./business-access";
import { pickLocale } from "./localized";

interface BusinessExtras {
  categories: TCategory[];
  images: TBusinessImage[];
}

/** Categories and gallery of several businesses in two queries (no per-business lookups). */
async function extrasOf(
  tx: Executor,
  businessIds: string[],
  locale: Locale,
): Promise<Map<string, BusinessExtras>> {
  const extras = new Map<string, BusinessExtras>(
    businessIds.map((id) => [id, { categories: [], images: [] }]),
  );
  if (businessIds.length === 0) return extras;
  const [categoryRows, imageRows] = await Promise.all([
    tx
      .select({ businessId: businessCategories.businessId, category: bookingCategories })
      .from(businessCategories)
      .innerJoin(bookingCategories, eq(bookingCategories.id, businessCategories.categoryId))
      .where(inArray(businessCategories.businessId, businessIds))
      .orderBy(asc(bookingCategories.position), asc(bookingCategories.slug)),
    tx
      .select()
      .from(businessImages)
      .where(inArray(businessImages.businessId, businessIds))
      .orderBy(asc(businessImages.position), asc(businessImages.createdAt)),
  ]);
  for (const row of categoryRows) {
    extras.get(row.businessId)!.categories.push(toCategory(row.category, locale));
  }
  for (const row of imageRows) {
    extras.get(row.businessId)!.images.push({
      id: row.id,
      url: publicFileUrl(row.storageKey),
      position: row.position,
      isMain: row.isMain,
    });
  }
  return extras;
}

function toPublicBusiness(
  row: BusinessRow,
  extras: BusinessExtras,
  locale: Locale,
): TPublicBusiness {
  const main = extras.images.find((image) => image.isMain) ?? extras.images[0];
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    type: row.type,
    bio: pickLocale(row.bio, locale),
    description: pickLocale(row.description, locale),
    noteToClients: pickLocale(row.noteToClients, locale),
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    collabAddress: row.collabAddress,
    collabLatitude: row.collabLatitude,
    collabLongitude: row.collabLongitude,
    visitType: row.visitType,
    phone: row.phone,
    email: row.email,
    website: row.website,
    socials: row.socials,
    logoUrl: row.logoKey ? publicFileUrl(row.logoKey) : null,
    mainImageUrl: main?.url ?? null,
    images: extras.images,
    categories: extras.categories,
    timeZone: row.timeZone,
    currency: row.currency,
    ratingAverage: row.ratingAverage,
    ratingCount: row.ratingCount,
    autoConfirm: row.autoConfirm,
    minNoticeMinutes: row.minNoticeMinutes,
    maxHorizonDays: row.maxHorizonDays,
    cancellationWindowHours: row.cancellationWindowHours,
    slotStepMinutes: row.slotStepMinutes,
  };
}

function toManagedBusiness(
  row: BusinessRow,
  extras: BusinessExtras,
  locale: Locale,
): TManagedBusiness {
  return {
    ...toPublicBusiness(row, extras, locale),
    orgId: row.orgId,
    status: row.status,
    translations: {
      bio: row.bio,
      description: row.description,
      noteToClients: row.noteToClients,
    },
    reminderHours: row.reminderHours,
    notifyEmail: row.notifyEmail,
    notifyPush: row.notifyPush,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The org's businesses, drafts included, by name. */
export async function listOrgBusinesses(
  tx: Executor,
  orgId: string,
  locale: Locale,
): Promise<TManagedBusiness[]> {
  const rows = await tx
    .select()
    .from(businesses)
    .where(eq(businesses.orgId, orgId))
    .orderBy(asc(businesses.name), asc(businesses.id));
  const extras = await extrasOf(
    tx,
    rows.map((row) => row.id),
    locale,
  );
  return rows.map((row) => toManagedBusiness(row, extras.get(row.id)!, locale));
}

export async function findOrgBusiness(
  tx: Executor,
  orgId: string,
  businessId: string,
  locale: Locale,
): Promise<TManagedBusiness> {
  const row = await loadOrgBusiness(tx, orgId, businessId);
  const extras = await extrasOf(tx, [row.id], locale);
  return toManagedBusiness(row, extras.get(row.id)!, locale);
}

/** A published business by id or slug (404 for drafts, suspended and unknown ones). */
export async function findPublishedBusiness(
  tx: Executor,
  idOrSlug: string,
  locale: Locale,
): Promise<TPublicBusiness> {
  const row = await loadPublishedBusiness(tx, idOrSlug);
  const extras = await extrasOf(tx, [row.id], locale);
  return toPublicBusiness(row, extras.get(row.id)!, locale);
}
