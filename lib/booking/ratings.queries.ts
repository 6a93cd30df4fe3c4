import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { businesses, employees, ratingImages, ratingReplies, ratings } from "@/db/schema/booking";
import { users } from "@/db/schema/identity";
import { NotFoundError } from "@/lib/errors";
import type { PageMeta } from "@/lib/api/respond";
import { publicFileUrl } from "@/lib/storage";
import { publicName } from "./community.schemas";
import type { TRating, TRatingReply } from "./ratings.schemas";

export type RatingRow = typeof ratings.$inferSelect;

/**
 * How much of a thread a reader sees: the public and the customer see visible replies only;
 * the business and moderators see hidden ones too, flagged.
 */
export interface RatingView {
  includeHiddenReplies: boolean;
}

const PUBLIC_VIEW: RatingView = { includeHiddenReplies: false };

const ratingColumns = {
  rating: ratings,
  businessName: businesses.name,
  employeeName: employees.name,
  customerName: users.name,
};

function baseQuery(tx: Executor) {
  return tx
    .select(ratingColumns)
    .from(ratings)
    .innerJoin(businesses, eq(businesses.id, ratings.businessId))
    .leftJoin(employees, eq(employees.id, ratings.employeeId))
    .innerJoin(users, eq(users.id, ratings.customerId));
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>["execute"]>>[number];

/** Images and replies for a page of ratings: two queries, whatever the page size. */
async function toRatingDtos(tx: Executor, rows: BaseRow[], view: RatingView): Promise<TRating[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.rating.id);
  const images = await tx
    .select()
    .from(ratingImages)
    .where(inArray(ratingImages.ratingId, ids))
    .orderBy(asc(ratingImages.position));
  const replies = await tx
    .select({ reply: ratingReplies, authorName: users.name })
    .from(ratingReplies)
    .leftJoin(users, eq(users.id, ratingReplies.authorId))
    .where(
      and(
        inArray(ratingReplies.ratingId, ids),
        view.includeHiddenReplies ? undefined : isNull(ratingReplies.hiddenAt),
      ),
    )
    .orderBy(asc(ratingReplies.createdAt), asc(ratingReplies.id));
  return rows.map(({ rating, businessName, employeeName, customerName }) => ({
    id: rating.id,
    businessId: rating.businessId,
    businessName,
    employeeId: rating.employeeId,
    employeeName: employeeName ?? null,
    customerName: publicName(customerName),
    score: rating.score,
    comment: rating.comment,
    images: images
      .filter((image) => image.ratingId === rating.id)
      .map((image) => ({
        id: image.id,
        url: publicFileUrl(image.storageKey),
        position: image.position,
      })),
    replies: replies
      .filter(({ reply }) => reply.ratingId === rating.id)
      .map(({ reply, authorName }) =>
        toReplyDto(reply, reply.side === "business" ? businessName : publicName(authorName)),
      ),
    hidden: rating.hiddenAt !== null,
    createdAt: rating.createdAt.toISOString(),
    updatedAt: rating.updatedAt.toISOString(),
  }));
}

export function toReplyDto(
  reply: typeof ratingReplies.$inferSelect,
  authorName: string,
): TRatingReply {
  return {
    id: reply.id,
    ratingId: reply.ratingId,
    side: reply.side,
    authorName,
    body: reply.body,
    hidden: reply.hiddenAt !== null,
    createdAt: reply.createdAt.toISOString(),
    updatedAt: reply.updatedAt.toISOString(),
  };
}

/** One rating as its reader may see it (RLS of the caller's scope decides which exist). */
export async function getRatingDto(
  tx: Executor,
  ratingId: string,
  view: RatingView = PUBLIC_VIEW,
  where?: SQL,
): Promise<TRating> {
  const rows = await baseQuery(tx).where(and(eq(ratings.id, ratingId), where));
  const [dto] = await toRatingDtos(tx, rows, view);
  if (!dto) throw new NotFoundError("booking.ratings.notFound");
  return dto;
}

async function pageOf(
  tx: Executor,
  where: SQL | undefined,
  page: { page: number; pageSize: number },
  view: RatingView,
): Promise<{ items: TRating[]; meta: PageMeta }> {
  const rows = await baseQuery(tx)
    .where(where)
    .orderBy(desc(ratings.createdAt), desc(ratings.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await tx
    .select({ value: count() })
    .from(ratings)
    .innerJoin(businesses, eq(businesses.id, ratings.businessId))
    .where(where);
  return {
    items: await toRatingDtos(tx, rows, view),
    meta: { page: page.page, pageSize: page.pageSize, total: total?.value ?? 0 },
  };
}

/** The marketplace's list: visible ratings of a published business (or one employee). */
export function listPublicRatings(
  tx: Executor,
  businessId: string,
  query: { employeeId?: string; page: number; pageSize: number },
) {
  return pageOf(
    tx,
    and(
      eq(ratings.businessId, businessId),
      eq(businesses.status, "published"),
      isNull(ratings.hiddenAt),
      query.employeeId ? eq(ratings.employeeId, query.employeeId) : undefined,
    ),
    query,
    PUBLIC_VIEW,
  );
}

/** The customer's own ratings, hidden ones included (flagged): they wrote them. */
export function listMyRatings(
  tx: Executor,
  customerId: string,
  page: { page: number; pageSize: number },
) {
  return pageOf(tx, eq(ratings.customerId, customerId), page, PUBLIC_VIEW);
}

/** The business side's list: every rating of the org's businesses, hidden ones flagged. */
export function listOrgRatings(
  tx: Executor,
  orgId: string,
  query: {
    businessId?: string;
    employeeId?: string;
    score?: number;
    unanswered?: boolean;
    page: number;
    pageSize: number;
  },
) {
  return pageOf(
    tx,
    and(
      eq(ratings.orgId, orgId),
      query.businessId ? eq(ratings.businessId, query.businessId) : undefined,
      query.employeeId ? eq(ratings.employeeId, query.employeeId) : undefined,
      query.score ? eq(ratings.score, query.score) : undefined,
      query.unanswered
        ? sql`not exists (select 1 from ${ratingReplies} r where r.rating_id = ${ratings.id} and r.side = 'business')`
        : undefined,
    ),
    query,
    { includeHiddenReplies: true },
  );
}

/** Every rating on the platform, for moderators (system scope), hidden replies included. */
export function listRatingsForModeration(
  tx: Executor,
  query: { hidden?: boolean; businessId?: string; page: number; pageSize: number },
) {
  return pageOf(
    tx,
    and(
      query.hidden === undefined
        ? undefined
        : query.hidden
          ? isNotNull(ratings.hiddenAt)
          : isNull(ratings.hiddenAt),
      query.businessId ? eq(ratings.businessId, query.businessId) : undefined,
    ),
    query,
    { includeHiddenReplies: true },
  );
}

/** The averages the job keeps, for the business and each of its employees with ratings. */
export async function ratingSummary(tx: Executor, businessId: string) {
  const [business] = await tx
    .select({ average: businesses.ratingAverage, count: businesses.ratingCount })
    .from(businesses)
    .where(and(eq(businesses.id, businessId), eq(businesses.status, "published")));
  if (!business) throw new NotFoundError("booking.businessNotFound");
  const staff = await tx
    .select({
      employeeId: employees.id,
      name: employees.name,
      average: employees.ratingAverage,
      count: employees.ratingCount,
    })
    .from(employees)
    .where(and(eq(employees.businessId, businessId), eq(employees.active, true)))
    .orderBy(asc(employees.position), asc(employees.name));
  return {
    business: { average: business.average, count: business.count },
    employees: staff.map((row) => ({
      employeeId: row.employeeId,
      name: row.name,
      average: row.average,
      count: row.count,
    })),
  };
}
