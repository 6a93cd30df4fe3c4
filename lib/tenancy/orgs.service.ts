import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, like, ne, or } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { type OrgContext, assertCan } from "./context";
import { isUniqueViolation } from "@/db/errors";
import { toOrgDto } from "./orgs.queries";
import type { TCreateOrg, TOrg, TUpdateOrg } from "./schemas";
import { withTenant } from "./scope";
import { nextFreeSlug, slugify } from "./slug";

const SLUG_KEY = "organizations_slug_key";
const slugTaken = () =>
  new ConflictError("tenancy.slugTaken", undefined, { slug: ["tenancy.slugTaken"] });

/** Who creates an organization; their settings are the new org's defaults. */
export interface OrgCreator {
  id: string;
  locale: string;
  timeZone: string;
}

/**
 * Inserts the org under the first free slug derived from `base`. Two creators racing for
 * the same name both succeed: the unique index turns the loser's insert into a no-op and
 * it tries the next number.
 */
async function insertWithFreeSlug(
  tx: Transaction,
  values: typeof organizations.$inferInsert,
  base: string,
) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const taken = await tx
      .select({ slug: organizations.slug })
      .from(organizations)
      .where(or(eq(organizations.slug, base), like(organizations.slug, `${base}-%`)));
    const slug =
      attempt < 4
        ? nextFreeSlug(
            base,
            taken.map((row) => row.slug),
          )
        : `${base}-${randomBytes(3).toString("hex")}`;
    const [row] = await tx
      .insert(organizations)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: organizations.slug })
      .returning();
    if (row) return row;
  }
  throw slugTaken();
}

/** A new organization with its creator as owner. */
export async function createOrg(creator: OrgCreator, input: TCreateOrg): Promise<TOrg> {
  // The id is chosen up front so the whole unit of work runs inside the new tenant's scope.
  const orgId = randomUUID();
  return withTenant({ orgId, userId: creator.id }, async (tx) => {
    const values = {
      id: orgId,
      name: input.name,
      slug: input.slug ?? "",
      timeZone: input.timeZone ?? creator.timeZone,
      currency: input.currency ?? "USD",
      locale: input.locale ?? (creator.locale === "sq" ? "sq" : "en"),
      createdBy: creator.id,
    };
    let org;
    if (input.slug) {
      [org] = await tx
        .insert(organizations)
        .values(values)
        .onConflictDoNothing({ target: organizations.slug })
        .returning();
      if (!org) throw slugTaken();
    } else {
      org = await insertWithFreeSlug(tx, values, slugify(input.name));
    }
    const [membership] = await tx
      .insert(memberships)
      .values({ orgId, userId: creator.id, role: "owner" })
      .returning({ id: memberships.id, role: memberships.role });
    return toOrgDto(org, membership!);
  });
}

export async function updateOrg(context: OrgContext, input: TUpdateOrg): Promise<TOrg> {
  assertCan(context, "org.update");
  try {
    return await withTenant(context, async (tx) => {
      if (input.slug) {
        const [clash] = await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(eq(organizations.slug, input.slug), ne(organizations.id, context.orgId)));
        if (clash) throw slugTaken();
      }
      const [org] = await tx
        .update(organizations)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(organizations.id, context.orgId))
        .returning();
      if (!org) throw new NotFoundError("tenancy.orgNotFound");
      return toOrgDto(org, { id: context.membershipId, role: context.role });
    });
  } catch (error) {
    // Another org took the slug between the check and the update.
    if (isUniqueViolation(error, SLUG_KEY)) throw slugTaken();
    throw error;
  }
}

/** Deletes the organization; its memberships, invitations and other tenant rows cascade. */
export async function deleteOrg(context: OrgContext): Promise<{ id: string }> {
  assertCan(context, "org.delete");
  return withTenant(context, async (tx) => {
    const [deleted] = await tx
      .delete(organizations)
      .where(eq(organizations.id, context.orgId))
      .returning({ id: organizations.id });
    if (!deleted) throw new NotFoundError("tenancy.orgNotFound");
    return deleted;
  });
}
