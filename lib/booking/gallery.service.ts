import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  businesses,
  businessImages,
  employees,
  serviceImages,
  services,
} from "@/db/schema/booking";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getLogger } from "@/lib/logging/logger";
import {
  deleteFile,
  detectImageType,
  PayloadTooLargeError,
  publicFileUrl,
  putFile,
  randomStorageKey,
  UPLOAD_IMAGE_TYPES,
  type UploadedFile,
} from "@/lib/storage";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { loadOrgBusiness } from "./business-access";
import { findOrgBusiness } from "./businesses.queries";
import type { TBusinessImage, TManagedBusiness } from "./businesses.schemas";
import {
  findManagedEmployee,
  findManagedService,
  loadOrgEmployee,
  loadOrgService,
} from "./catalog.queries";
import type { TManagedEmployee, TManagedService } from "./catalog.schemas";

export const CATALOG_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_GALLERY_IMAGES = 20;
export const MAX_SERVICE_IMAGES = 10;

/** What the image endpoints tell `readUploadedFile` (lib/storage/upload.ts). */
export const CATALOG_IMAGE_UPLOAD_LIMITS = {
  maxBytes: CATALOG_IMAGE_MAX_BYTES,
  tooLargeKey: "booking.gallery.imageTooLarge",
  missingKey: "booking.gallery.imageMissing",
};

/** Browsers label files they cannot place with these; the bytes decide then. */
const UNLABELLED_TYPES = new Set(["", "application/octet-stream"]);

const unsupported = () =>
  new ValidationError(
    { file: ["booking.gallery.imageUnsupported"] },
    "booking.gallery.imageUnsupported",
  );

/** A PNG, JPEG or WebP of at most 5 MB, recognised by its bytes, stored under a fresh key. */
async function storeImage(prefix: string, upload: UploadedFile): Promise<string> {
  if (upload.bytes.length === 0) {
    throw new ValidationError(
      { file: ["booking.gallery.imageMissing"] },
      "booking.gallery.imageMissing",
    );
  }
  if (upload.bytes.length > CATALOG_IMAGE_MAX_BYTES) {
    throw new PayloadTooLargeError("booking.gallery.imageTooLarge", undefined, {
      file: ["booking.gallery.imageTooLarge"],
    });
  }
  const declared = upload.contentType.split(";")[0]!.trim().toLowerCase();
  if (!UNLABELLED_TYPES.has(declared) && !(declared in UPLOAD_IMAGE_TYPES)) throw unsupported();
  const actual = detectImageType(upload.bytes);
  if (!actual) throw unsupported();
  const key = randomStorageKey(prefix, UPLOAD_IMAGE_TYPES[actual]);
  await putFile(key, upload.bytes, actual);
  return key;
}

/**
 * Stores the image, then runs the database change; when that fails (404, limits) the new
 * file goes again. Returns the change's result and the keys it replaced, deleted after commit.
 */
async function withStoredImage<T>(
  prefix: string,
  upload: UploadedFile,
  change: (key: string) => Promise<{ result: T; replaced: string[] }>,
): Promise<T> {
  const key = await storeImage(prefix, upload);
  let outcome: { result: T; replaced: string[] };
  try {
    outcome = await change(key);
  } catch (error) {
    await deleteFilesQuietly([key]);
    throw error;
  }
  await deleteFilesQuietly(outcome.replaced);
  return outcome.result;
}

/** A file left behind wastes a little space; failing the request over it would be worse. */
export async function deleteFilesQuietly(keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await deleteFile(key);
    } catch (error) {
      getLogger().warn({ err: error, key }, "could not delete a catalogue image");
    }
  }
}

/** Every stored file of a business's catalogue: logo, gallery, service images, avatars. */
export async function catalogFileKeys(tx: Executor, businessId: string): Promise<string[]> {
  const [logo, gallery, serviceFiles, avatars] = await Promise.all([
    tx.select({ key: businesses.logoKey }).from(businesses).where(eq(businesses.id, businessId)),
    tx
      .select({ key: businessImages.storageKey })
      .from(businessImages)
      .where(eq(businessImages.businessId, businessId)),
    tx
      .select({ key: serviceImages.storageKey })
      .from(serviceImages)
      .innerJoin(services, eq(services.id, serviceImages.serviceId))
      .where(eq(services.businessId, businessId)),
    tx
      .select({ key: employees.avatarKey })
      .from(employees)
      .where(eq(employees.businessId, businessId)),
  ]);
  return [...logo, ...gallery, ...serviceFiles, ...avatars]
    .map((row) => row.key)
    .filter((key): key is string => !!key);
}

// ---------- logo ----------

export async function setBusinessLogo(
  context: OrgContext,
  businessId: string,
  upload: UploadedFile,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.write");
  return withStoredImage(`businesses/${businessId}`, upload, (key) =>
    withTenant(context, async (tx) => {
      const current = await loadOrgBusiness(tx, context.orgId, businessId);
      await tx
        .update(businesses)
        .set({ logoKey: key, updatedAt: new Date() })
        .where(eq(businesses.id, businessId));
      return {
        result: await findOrgBusiness(tx, context.orgId, businessId, locale),
        replaced: current.logoKey ? [current.logoKey] : [],
      };
    }),
  );
}

export async function removeBusinessLogo(
  context: OrgContext,
  businessId: string,
  locale: Locale,
): Promise<TManagedBusiness> {
  assertCan(context, "bookings.write");
  const { result, replaced } = await withTenant(context, async (tx) => {
    const current = await loadOrgBusiness(tx, context.orgId, businessId);
    await tx
      .update(businesses)
      .set({ logoKey: null, updatedAt: new Date() })
      .where(eq(businesses.id, businessId));
    return {
      result: await findOrgBusiness(tx, context.orgId, businessId, locale),
      replaced: current.logoKey ? [current.logoKey] : [],
    };
  });
  await deleteFilesQuietly(replaced);
  return result;
}

// ---------- gallery ----------

async function galleryOf(tx: Executor, businessId: string): Promise<TBusinessImage[]> {
  const rows = await tx
    .select()
    .from(businessImages)
    .where(eq(businessImages.businessId, businessId))
    .orderBy(asc(businessImages.position), asc(businessImages.createdAt));
  return rows.map((row) => ({
    id: row.id,
    url: publicFileUrl(row.storageKey),
    position: row.position,
    isMain: row.isMain,
  }));
}

export async function listBusinessImages(
  context: OrgContext,
  businessId: string,
): Promise<TBusinessImage[]> {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    return galleryOf(tx, businessId);
  });
}

/** Adds an image at the end of the gallery; the first image becomes the main one. */
export async function addBusinessImage(
  context: OrgContext,
  businessId: string,
  upload: UploadedFile,
): Promise<TBusinessImage[]> {
  assertCan(context, "bookings.write");
  return withStoredImage(`businesses/${businessId}`, upload, (key) =>
    withTenant(context, async (tx) => {
      // Locks the business row: two uploads at once count and number one after the other.
      await tx
        .select({ id: businesses.id })
        .from(businesses)
        .where(and(eq(businesses.orgId, context.orgId), eq(businesses.id, businessId)))
        .for("update");
      await loadOrgBusiness(tx, context.orgId, businessId);
      const count = await tx.$count(businessImages, eq(businessImages.businessId, businessId));
      if (count >= MAX_GALLERY_IMAGES) {
        throw new ConflictError("booking.gallery.tooManyImages", { max: MAX_GALLERY_IMAGES });
      }
      await tx.insert(businessImages).values({
        orgId: context.orgId,
        businessId,
        storageKey: key,
        isMain: count === 0,
        position: sql`(select coalesce(max(position) + 1, 0) from business_images where business_id = ${businessId})`,
      });
      return { result: await galleryOf(tx, businessId), replaced: [] };
    }),
  );
}

async function loadImage(tx: Executor, businessId: string, imageId: string) {
  const [image] = await tx
    .select()
    .from(businessImages)
    .where(and(eq(businessImages.businessId, businessId), eq(businessImages.id, imageId)));
  if (!image) throw new NotFoundError("booking.gallery.imageNotFound");
  return image;
}

/** Makes one image the main one (the marketplace's cover); the others stop being main. */
export async function setMainBusinessImage(
  context: OrgContext,
  businessId: string,
  imageId: string,
): Promise<TBusinessImage[]> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    await loadImage(tx, businessId, imageId);
    await tx
      .update(businessImages)
      .set({ isMain: false })
      .where(and(eq(businessImages.businessId, businessId), eq(businessImages.isMain, true)));
    await tx.update(businessImages).set({ isMain: true }).where(eq(businessImages.id, imageId));
    return galleryOf(tx, businessId);
  });
}

/** Removes an image; when it was the main one, the first remaining image takes over. */
export async function deleteBusinessImage(
  context: OrgContext,
  businessId: string,
  imageId: string,
): Promise<TBusinessImage[]> {
  assertCan(context, "bookings.write");
  const { gallery, key } = await withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    const image = await loadImage(tx, businessId, imageId);
    await tx.delete(businessImages).where(eq(businessImages.id, imageId));
    if (image.isMain) {
      const [next] = await tx
        .select({ id: businessImages.id })
        .from(businessImages)
        .where(eq(businessImages.businessId, businessId))
        .orderBy(asc(businessImages.position), asc(businessImages.createdAt))
        .limit(1);
      if (next) {
        await tx.update(businessImages).set({ isMain: true }).where(eq(businessImages.id, next.id));
      }
    }
    return { gallery: await galleryOf(tx, businessId), key: image.storageKey };
  });
  await deleteFilesQuietly([key]);
  return gallery;
}

/** Sets the gallery's order; the list must name every image exactly once (422 otherwise). */
export async function orderBusinessImages(
  context: OrgContext,
  businessId: string,
  imageIds: string[],
): Promise<TBusinessImage[]> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    const existing = (await galleryOf(tx, businessId)).map((image) => image.id);
    const sameSet =
      imageIds.length === existing.length &&
      new Set(imageIds).size === imageIds.length &&
      imageIds.every((id) => existing.includes(id));
    if (!sameSet) {
      throw new ValidationError({ imageIds: ["booking.catalog.validation.orderMismatch"] });
    }
    for (const [position, id] of imageIds.entries()) {
      await tx.update(businessImages).set({ position }).where(eq(businessImages.id, id));
    }
    return galleryOf(tx, businessId);
  });
}

// ---------- service images ----------

export async function addServiceImage(
  context: OrgContext,
  serviceId: string,
  upload: UploadedFile,
  locale: Locale,
): Promise<TManagedService> {
  assertCan(context, "bookings.write");
  return withStoredImage(`services/${serviceId}`, upload, (key) =>
    withTenant(context, async (tx) => {
      await loadOrgService(tx, context.orgId, serviceId);
      await tx
        .select({ id: services.id })
        .from(services)
        .where(eq(services.id, serviceId))
        .for("update");
      const count = await tx.$count(serviceImages, eq(serviceImages.serviceId, serviceId));
      if (count >= MAX_SERVICE_IMAGES) {
        throw new ConflictError("booking.gallery.tooManyImages", { max: MAX_SERVICE_IMAGES });
      }
      await tx.insert(serviceImages).values({
        orgId: context.orgId,
        serviceId,
        storageKey: key,
        position: sql`(select coalesce(max(position) + 1, 0) from booking_service_images where service_id = ${serviceId})`,
      });
      return {
        result: await findManagedService(tx, context.orgId, serviceId, locale),
        replaced: [],
      };
    }),
  );
}

export async function deleteServiceImage(
  context: OrgContext,
  serviceId: string,
  imageId: string,
  locale: Locale,
): Promise<TManagedService> {
  assertCan(context, "bookings.write");
  const { result, key } = await withTenant(context, async (tx) => {
    await loadOrgService(tx, context.orgId, serviceId);
    const [image] = await tx
      .delete(serviceImages)
      .where(and(eq(serviceImages.serviceId, serviceId), eq(serviceImages.id, imageId)))
      .returning({ key: serviceImages.storageKey });
    if (!image) throw new NotFoundError("booking.gallery.imageNotFound");
    return {
      result: await findManagedService(tx, context.orgId, serviceId, locale),
      key: image.key,
    };
  });
  await deleteFilesQuietly([key]);
  return result;
}

// ---------- employee avatars ----------

export async function setEmployeeAvatar(
  context: OrgContext,
  employeeId: string,
  upload: UploadedFile,
  locale: Locale,
): Promise<TManagedEmployee> {
  assertCan(context, "bookings.write");
  return withStoredImage(`employees/${employeeId}`, upload, (key) =>
    withTenant(context, async (tx) => {
      const current = await loadOrgEmployee(tx, context.orgId, employeeId);
      await tx
        .update(employees)
        .set({ avatarKey: key, updatedAt: new Date() })
        .where(eq(employees.id, employeeId));
      return {
        result: await findManagedEmployee(tx, context.orgId, employeeId, locale),
        replaced: current.avatarKey ? [current.avatarKey] : [],
      };
    }),
  );
}

export async function removeEmployeeAvatar(
  context: OrgContext,
  employeeId: string,
  locale: Locale,
): Promise<TManagedEmployee> {
  assertCan(context, "bookings.write");
  const { result, replaced } = await withTenant(context, async (tx) => {
    const current = await loadOrgEmployee(tx, context.orgId, employeeId);
    await tx
      .update(employees)
      .set({ avatarKey: null, updatedAt: new Date() })
      .where(eq(employees.id, employeeId));
    return {
      result: await findManagedEmployee(tx, context.orgId, employeeId, locale),
      replaced: current.avatarKey ? [current.avatarKey] : [],
    };
  });
  await deleteFilesQuietly(replaced);
  return result;
}
