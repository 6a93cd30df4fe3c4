import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { bookings, employees, ratingImages, ratingReplies, ratings } from "@/db/schema/booking";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { getLogger } from "@/lib/logging/logger";
import {
  deleteFile,
  detectImageType,
  PayloadTooLargeError,
  putFile,
  randomStorageKey,
  UPLOAD_IMAGE_TYPES,
} from "@/lib/storage";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withSystemScope, withTenant, withUserScope } from "@/lib/tenancy/scope";
import { loadPublishedBusiness } from "./business-access";
import { assertPlatformAdmin } from "./platform-admin";
import { publicName } from "./community.schemas";
import { enqueueRatingAverages } from "./rating-averages";
import { notifyRatingEvent } from "./ratings.notify";
import {
  getRatingDto,
  listMyRatings,
  listOrgRatings,
  listPublicRatings,
  listRatingsForModeration,
  type RatingRow,
  ratingSummary,
  toReplyDto,
} from "./ratings.queries";
import {
  MAX_RATING_IMAGES,
  type TCreateRating,
  type TCreateReply,
  type TManageRatingsQuery,
  type TModerationRatingsQuery,
  type TMyRatingsQuery,
  type TPublicRatingsQuery,
  type TRating,
  type TRatingEligibility,
  type TRatingReply,
  type TUpdateRating,
} from "./ratings.schemas";

export const RATING_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** What the image upload endpoint tells `readUploadedFile` (lib/storage/upload.ts). */
export const RATING_IMAGE_UPLOAD_LIMITS = {
  maxBytes: RATING_IMAGE_MAX_BYTES,
  tooLargeKey: "booking.ratings.imageTooLarge",
  missingKey: "booking.ratings.imageMissing",
};

const UNLABELLED_TYPES = new Set(["", "application/octet-stream"]);
const OWN_VIEW = { includeHiddenReplies: false };
const BUSINESS_VIEW = { includeHiddenReplies: true };

/**
 * The completed booking that lets the customer rate this target: at the business, and with
 * the employee when one is rated. Null when there is none.
 */
async function eligibleBooking(
  tx: Transaction,
  customerId: string,
  businessId: string,
  employeeId: string | null,
): Promise<string | null> {
  const [booking] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.customerId, customerId),
        eq(bookings.businessId, businessId),
        eq(bookings.status, "completed"),
        employeeId ? eq(bookings.employeeId, employeeId) : undefined,
      ),
    )
    .orderBy(desc(bookings.endsAt))
    .limit(1);
  return booking?.id ?? null;
}

/**
 * A customer rates a business, or one of its employees, after a completed booking there
 * (with that employee). One rating per customer per target: a second answers 409 (edit the
 * first instead); the partial unique indexes decide, even for two requests at once.
 */
export async function createRating(viewer: Viewer, input: TCreateRating): Promise<TRating> {
  const customerId = viewer.user.id;
  return withUserScope(customerId, async (tx) => {
    const business = await loadPublishedBusiness(tx, input.businessId);
    const employeeId = input.employeeId ?? null;
    if (employeeId) {
      const [employee] = await tx
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.id, employeeId), eq(employees.businessId, business.id)));
      if (!employee) {
        throw new ValidationError({ employeeId: ["booking.ratings.employeeNotFound"] });
      }
    }
    const bookingId = await eligibleBooking(tx, customerId, business.id, employeeId);
    if (!bookingId) {
      throw new ForbiddenError(
        employeeId ? "booking.ratings.notEligibleEmployee" : "booking.ratings.notEligible",
      );
    }
    let row: RatingRow;
    try {
      [row] = (await tx
        .insert(ratings)
        .values({
          orgId: business.orgId,
          businessId: business.id,
          employeeId,
          customerId,
          bookingId,
          score: input.score,
          comment: input.comment ?? null,
        })
        .returning()) as [RatingRow];
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("booking.ratings.alreadyRated");
      throw error;
    }
    await enqueueRatingAverages(tx, business.id);
    await notifyRatingEvent(tx, { kind: "rated", ratingId: row.id });
    return getRatingDto(tx, row.id, OWN_VIEW);
  });
}

/** The caller's own rating, locked for a change; another's (or none) is a 404. */
async function lockOwnRating(tx: Transaction, customerId: string, ratingId: string) {
  const [row] = await tx
    .select()
    .from(ratings)
    .where(and(eq(ratings.id, ratingId), eq(ratings.customerId, customerId)))
    .for("update");
  if (!row) throw new NotFoundError("booking.ratings.notFound");
  return row;
}

export async function getMyRating(viewer: Viewer, ratingId: string): Promise<TRating> {
  return withUserScope(viewer.user.id, (tx) =>
    getRatingDto(tx, ratingId, OWN_VIEW, eq(ratings.customerId, viewer.user.id)),
  );
}

/** A visible rating, for anyone (the author also sees their own hidden one). */
export async function getPublicRating(viewer: Viewer | null, ratingId: string): Promise<TRating> {
  // An empty user id is no user: RLS then shows visible ratings only.
  return withUserScope(viewer?.user.id ?? "", (tx) => getRatingDto(tx, ratingId, OWN_VIEW));
}

export async function updateRating(
  viewer: Viewer,
  ratingId: string,
  input: TUpdateRating,
): Promise<TRating> {
  return withUserScope(viewer.user.id, async (tx) => {
    const row = await lockOwnRating(tx, viewer.user.id, ratingId);
    await tx
      .update(ratings)
      .set({
        ...(input.score !== undefined ? { score: input.score } : {}),
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
        updatedAt: new Date(),
      })
      .where(eq(ratings.id, row.id));
    await enqueueRatingAverages(tx, row.businessId);
    return getRatingDto(tx, row.id, OWN_VIEW);
  });
}

/** Deletes the customer's rating with its thread and images (the files go after commit). */
export async function deleteRating(viewer: Viewer, ratingId: string): Promise<{ id: string }> {
  const keys = await withUserScope(viewer.user.id, async (tx) => {
    const row = await lockOwnRating(tx, viewer.user.id, ratingId);
    const images = await tx
      .select({ key: ratingImages.storageKey })
      .from(ratingImages)
      .where(eq(ratingImages.ratingId, row.id));
    await tx.delete(ratings).where(eq(ratings.id, row.id));
    await enqueueRatingAverages(tx, row.businessId);
    return images.map((image) => image.key);
  });
  await Promise.all(keys.map(deleteQuietly));
  return { id: ratingId };
}

// ---------- images ----------

const unsupportedImage = () =>
  new ValidationError(
    { file: ["booking.ratings.imageUnsupportedType"] },
    "booking.ratings.imageUnsupportedType",
  );

/**
 * Adds a photo (PNG, JPEG or WebP, at most 5 MB, recognised by its bytes) to the customer's
 * rating, at the first free of its five places. The row lock on the rating makes two
 * uploads at once take turns; the unique (rating, position) index is the last word.
 */
export async function addRatingImage(
  viewer: Viewer,
  ratingId: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<TRating> {
  if (bytes.length === 0) {
    throw new ValidationError(
      { file: ["booking.ratings.imageMissing"] },
      "booking.ratings.imageMissing",
    );
  }
  if (bytes.length > RATING_IMAGE_MAX_BYTES) {
    throw new PayloadTooLargeError("booking.ratings.imageTooLarge", undefined, {
      file: ["booking.ratings.imageTooLarge"],
    });
  }
  const declared = contentType.split(";")[0]!.trim().toLowerCase();
  if (!UNLABELLED_TYPES.has(declared) && !(declared in UPLOAD_IMAGE_TYPES))
    throw unsupportedImage();
  const actual = detectImageType(bytes);
  if (!actual) throw unsupportedImage();

  const key = randomStorageKey(`ratings/${ratingId}`, UPLOAD_IMAGE_TYPES[actual]);
  let stored = false;
  try {
    return await withUserScope(viewer.user.id, async (tx) => {
      const row = await lockOwnRating(tx, viewer.user.id, ratingId);
      const taken = await tx
        .select({ position: ratingImages.position })
        .from(ratingImages)
        .where(eq(ratingImages.ratingId, row.id))
        .orderBy(asc(ratingImages.position));
      const used = new Set(taken.map((image) => image.position));
      const position = [...Array(MAX_RATING_IMAGES).keys()].find((place) => !used.has(place));
      if (position === undefined) {
        throw new ConflictError("booking.ratings.tooManyImages", { max: MAX_RATING_IMAGES });
      }
      await putFile(key, bytes, actual);
      stored = true;
      await tx
        .insert(ratingImages)
        .values({ orgId: row.orgId, ratingId: row.id, storageKey: key, position });
      await tx.update(ratings).set({ updatedAt: new Date() }).where(eq(ratings.id, row.id));
      return getRatingDto(tx, row.id, OWN_VIEW);
    });
  } catch (error) {
    if (stored) await deleteQuietly(key);
    throw error;
  }
}

export async function removeRatingImage(
  viewer: Viewer,
  ratingId: string,
  imageId: string,
): Promise<TRating> {
  const { dto, key } = await withUserScope(viewer.user.id, async (tx) => {
    const row = await lockOwnRating(tx, viewer.user.id, ratingId);
    const [image] = await tx
      .delete(ratingImages)
      .where(and(eq(ratingImages.id, imageId), eq(ratingImages.ratingId, row.id)))
      .returning({ key: ratingImages.storageKey });
    if (!image) throw new NotFoundError("booking.ratings.imageNotFound");
    await tx.update(ratings).set({ updatedAt: new Date() }).where(eq(ratings.id, row.id));
    return { dto: await getRatingDto(tx, row.id, OWN_VIEW), key: image.key };
  });
  await deleteQuietly(key);
  return dto;
}

async function deleteQuietly(key: string): Promise<void> {
  try {
    await deleteFile(key);
  } catch (error) {
    getLogger().warn({ err: error, key }, "could not delete a rating image file");
  }
}

// ---------- the thread ----------

/**
 * The customer answers in the thread under their rating, once the business has replied
 * (there is nothing to answer before). Hidden ratings take no new replies.
 */
export async function answerRating(
  viewer: Viewer,
  ratingId: string,
  input: TCreateReply,
): Promise<TRatingReply> {
  return withUserScope(viewer.user.id, async (tx) => {
    const row = await lockOwnRating(tx, viewer.user.id, ratingId);
    if (row.hiddenAt) throw new ConflictError("booking.ratings.ratingHidden");
    const [businessReply] = await tx
      .select({ id: ratingReplies.id })
      .from(ratingReplies)
      .where(and(eq(ratingReplies.ratingId, row.id), eq(ratingReplies.side, "business")))
      .limit(1);
    if (!businessReply) throw new ConflictError("booking.ratings.nothingToAnswer");
    const [reply] = await tx
      .insert(ratingReplies)
      .values({
        orgId: row.orgId,
        ratingId: row.id,
        authorId: viewer.user.id,
        side: "customer",
        body: input.body,
      })
      .returning();
    await notifyRatingEvent(tx, {
      kind: "replied",
      ratingId: row.id,
      from: "customer",
      body: input.body,
    });
    return toReplyDto(reply!, publicName(viewer.user.name));
  });
}

/** A member replies for the business, under a rating of one of the org's businesses. */
export async function replyToRating(
  context: OrgContext,
  ratingId: string,
  input: TCreateReply,
): Promise<TRatingReply> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const [row] = await tx
      .select({ id: ratings.id, orgId: ratings.orgId, hiddenAt: ratings.hiddenAt })
      .from(ratings)
      .where(and(eq(ratings.id, ratingId), eq(ratings.orgId, context.orgId)))
      .for("update");
    if (!row) throw new NotFoundError("booking.ratings.notFound");
    if (row.hiddenAt) throw new ConflictError("booking.ratings.ratingHidden");
    const [reply] = await tx
      .insert(ratingReplies)
      .values({
        orgId: row.orgId,
        ratingId: row.id,
        authorId: context.userId,
        side: "business",
        body: input.body,
      })
      .returning();
    const dto = await getRatingDto(tx, row.id, BUSINESS_VIEW);
    await notifyRatingEvent(tx, {
      kind: "replied",
      ratingId: row.id,
      from: "business",
      body: input.body,
    });
    return toReplyDto(reply!, dto.businessName);
  });
}

/** A member reads one rating of the org's businesses, with hidden replies flagged. */
export async function getOrgRating(context: OrgContext, ratingId: string): Promise<TRating> {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) =>
    getRatingDto(tx, ratingId, BUSINESS_VIEW, eq(ratings.orgId, context.orgId)),
  );
}

// ---------- moderation ----------

/**
 * Hides a rating from every list and from the averages (or shows it again). Moderation
 * crosses tenants on purpose, so it runs in the system scope, narrowed to this one row.
 */
export async function setRatingHidden(
  viewer: Viewer,
  ratingId: string,
  hidden: boolean,
): Promise<TRating> {
  assertPlatformAdmin(viewer);
  return withSystemScope(async (tx) => {
    const [row] = await tx
      .update(ratings)
      .set(
        hidden
          ? { hiddenAt: sql`coalesce(${ratings.hiddenAt}, now())`, hiddenBy: viewer.user.id }
          : { hiddenAt: null, hiddenBy: null },
      )
      .where(eq(ratings.id, ratingId))
      .returning({ id: ratings.id, businessId: ratings.businessId });
    if (!row) throw new NotFoundError("booking.ratings.notFound");
    await enqueueRatingAverages(tx, row.businessId);
    return getRatingDto(tx, row.id, BUSINESS_VIEW);
  });
}

export async function setReplyHidden(
  viewer: Viewer,
  replyId: string,
  hidden: boolean,
): Promise<TRatingReply> {
  assertPlatformAdmin(viewer);
  return withSystemScope(async (tx) => {
    const [row] = await tx
      .update(ratingReplies)
      .set(
        hidden
          ? {
              hiddenAt: sql`coalesce(${ratingReplies.hiddenAt}, now())`,
              hiddenBy: viewer.user.id,
            }
          : { hiddenAt: null, hiddenBy: null },
      )
      .where(eq(ratingReplies.id, replyId))
      .returning();
    if (!row) throw new NotFoundError("booking.ratings.replyNotFound");
    const rating = await getRatingDto(tx, row.ratingId, BUSINESS_VIEW);
    const shown = rating.replies.find((reply) => reply.id === row.id)!;
    return shown;
  });
}

// ---------- lists ----------

/** The marketplace's list for a published business (a draft or unknown one is a 404). */
export async function listBusinessRatings(businessIdOrSlug: string, query: TPublicRatingsQuery) {
  return withUserScope("", async (tx) => {
    const business = await loadPublishedBusiness(tx, businessIdOrSlug);
    return listPublicRatings(tx, business.id, query);
  });
}

export async function getBusinessRatingSummary(businessIdOrSlug: string) {
  return withUserScope("", async (tx) => {
    const business = await loadPublishedBusiness(tx, businessIdOrSlug);
    return ratingSummary(tx, business.id);
  });
}

export async function listRatingsOf(viewer: Viewer, query: TMyRatingsQuery) {
  return withUserScope(viewer.user.id, (tx) => listMyRatings(tx, viewer.user.id, query));
}

export async function listRatingsOfOrg(context: OrgContext, query: TManageRatingsQuery) {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) => listOrgRatings(tx, context.orgId, query));
}

/** The moderators' list: every rating on the platform, newest first. */
export async function listRatingsToModerate(viewer: Viewer, query: TModerationRatingsQuery) {
  assertPlatformAdmin(viewer);
  return withSystemScope((tx) => listRatingsForModeration(tx, query));
}

/**
 * What the signed-in customer may rate at a business: the business once they have a
 * completed booking there, and each employee they had a completed booking with; with the
 * id of their existing rating of each target (edit that one instead).
 */
export async function ratingEligibility(
  viewer: Viewer,
  businessIdOrSlug: string,
): Promise<TRatingEligibility> {
  const customerId = viewer.user.id;
  return withUserScope(customerId, async (tx) => {
    const business = await loadPublishedBusiness(tx, businessIdOrSlug);
    const served = await tx
      .selectDistinct({ employeeId: bookings.employeeId, name: employees.name })
      .from(bookings)
      .innerJoin(employees, eq(employees.id, bookings.employeeId))
      .where(
        and(
          eq(bookings.customerId, customerId),
          eq(bookings.businessId, business.id),
          eq(bookings.status, "completed"),
        ),
      )
      .orderBy(employees.name);
    const mine = await tx
      .select({ id: ratings.id, employeeId: ratings.employeeId })
      .from(ratings)
      .where(and(eq(ratings.customerId, customerId), eq(ratings.businessId, business.id)));
    const ratingOf = (employeeId: string | null) =>
      mine.find((rating) => rating.employeeId === employeeId)?.id ?? null;
    return {
      businessId: business.id,
      business: { canRate: served.length > 0, ratingId: ratingOf(null) },
      employees: served.map((employee) => ({
        employeeId: employee.employeeId,
        name: employee.name,
        canRate: true,
        ratingId: ratingOf(employee.employeeId),
      })),
    };
  });
}
