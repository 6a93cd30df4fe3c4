import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { defineQueue } from "@/lib/jobs/queue";
import { withSystemScope } from "@/lib/tenancy/scope";

/**
 * Rating averages are kept on the business and employee rows (read by search, sorting and
 * every page) instead of computed per request. Every rating change or moderation enqueues a
 * recompute of that business in the same transaction, so the job sees the committed change;
 * a nightly run over every business repairs anything a lost job left behind.
 *
 * A business's average covers the visible ratings of the business and of its employees; an
 * employee's covers the visible ratings of that employee. Hidden ratings count for nothing.
 */
export const RATING_AVERAGES_QUEUE = "booking-rating-averages";

export const ratingAveragesQueue = defineQueue({
  name: RATING_AVERAGES_QUEUE,
  data: z.object({
    /** One business; absent for the nightly run over all of them. */
    businessId: z.uuid().optional(),
  }),
  retryLimit: 5,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  batchSize: 10,
  async handle({ businessId }) {
    await recomputeRatingAverages(businessId);
  },
});

/** Queues a recompute of one business's averages, committed with `tx` (or not at all). */
export async function enqueueRatingAverages(tx: Executor, businessId: string): Promise<void> {
  await enqueue(ratingAveragesQueue, { businessId }, { db: tx });
}

/**
 * Recomputes the averages of one business and its employees, or of all of them. Two
 * statements, whatever the number of rows; running it twice gives the same result.
 */
export async function recomputeRatingAverages(businessId?: string, db?: Executor): Promise<void> {
  const onlyBusiness = (column: string) =>
    businessId ? sql`and ${sql.raw(column)} = ${businessId}` : sql``;
  await withSystemScope(async (tx) => {
    await tx.execute(sql`
      update booking_employees e
      set rating_average = s.average, rating_count = s.total
      from (
        select e2.id,
               round(avg(r.score)::numeric, 2) as average,
               count(r.id)::int as total
        from booking_employees e2
        left join booking_ratings r on r.employee_id = e2.id and r.hidden_at is null
        where true ${onlyBusiness("e2.business_id")}
        group by e2.id
      ) s
      where e.id = s.id
        and (e.rating_average is distinct from s.average or e.rating_count <> s.total)`);
    await tx.execute(sql`
      update businesses b
      set rating_average = s.average, rating_count = s.total
      from (
        select b2.id,
               round(avg(r.score)::numeric, 2) as average,
               count(r.id)::int as total
        from businesses b2
        left join booking_ratings r on r.business_id = b2.id and r.hidden_at is null
        where true ${onlyBusiness("b2.id")}
        group by b2.id
      ) s
      where b.id = s.id
        and (b.rating_average is distinct from s.average or b.rating_count <> s.total)`);
  }, db);
}
