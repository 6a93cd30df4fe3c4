import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { businesses } from "@/db/schema/booking";
import { NotFoundError } from "@/lib/errors";

export type BusinessRow = typeof businesses.$inferSelect;

/**
 * The org's business, for every management endpoint that takes a business id: another
 * org's id (or an unknown one) is a 404, never its data. Run inside `withTenant`.
 */
export async function loadOrgBusiness(
  tx: Executor,
  orgId: string,
  businessId: string,
): Promise<BusinessRow> {
  const [business] = await tx
    .select()
    .from(businesses)
    .where(and(eq(businesses.orgId, orgId), eq(businesses.id, businessId)));
  if (!business) throw new NotFoundError("booking.businessNotFound");
  return business;
}

/**
 * A business the marketplace shows (published), by id or slug; drafts and suspended ones are
 * a 404 like unknown ids.
 */
export async function loadPublishedBusiness(tx: Executor, idOrSlug: string): Promise<BusinessRow> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  const [business] = await tx
    .select()
    .from(businesses)
    .where(
      and(
        isId ? eq(businesses.id, idOrSlug) : eq(businesses.slug, idOrSlug),
        eq(businesses.status, "published"),
      ),
    );
  if (!business) throw new NotFoundError("booking.businessNotFound");
  return business;
}
