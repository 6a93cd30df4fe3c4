import { inArray } from "drizzle-orm";
import { businesses } from "@/db/schema/booking";
import { withUserScope } from "@/lib/tenancy/scope";

/**
 * The public page slugs of the businesses the person rated (ratings carry the business's
 * id and name only). Row-level security shows published businesses: an offline one gets
 * no link.
 */
export async function businessSlugs(userId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await withUserScope(userId, (tx) =>
    tx
      .select({ id: businesses.id, slug: businesses.slug, status: businesses.status })
      .from(businesses)
      .where(inArray(businesses.id, [...new Set(ids)])),
  );
  return new Map(rows.filter((row) => row.status === "published").map((row) => [row.id, row.slug]));
}
