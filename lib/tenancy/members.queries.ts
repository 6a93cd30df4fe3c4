import { and, asc, count, eq, ilike, isNull, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, users } from "@/db/schema";
import type { PageMeta } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";
import { publicFileUrl } from "@/lib/storage";
import { type OrgContext, assertCan } from "./context";
import type { OrgRole } from "./permissions";
import type { TListMembersQuery, TMember } from "./schemas";
import { withTenant } from "./scope";

export const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  role: memberships.role,
  joinedAt: memberships.createdAt,
  name: users.name,
  email: users.email,
  phone: users.phone,
  avatarKey: users.avatarKey,
};

interface MemberRow {
  id: string;
  userId: string;
  role: OrgRole;
  joinedAt: Date;
  name: string;
  email: string | null;
  phone: string | null;
  avatarKey: string | null;
}

export function toMemberDto(row: MemberRow): TMember {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    avatarUrl: row.avatarKey ? publicFileUrl(row.avatarKey) : null,
    role: row.role,
    joinedAt: row.joinedAt.toISOString(),
  };
}

/** `%` and `_` in a search are literal characters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** One page of the org's members, optionally filtered by a name/email search and a role. */
export async function listMembers(
  context: OrgContext,
  query: TListMembersQuery,
): Promise<{ items: TMember[]; meta: PageMeta }> {
  assertCan(context, "members.read");
  const filters: SQL[] = [eq(memberships.orgId, context.orgId), isNull(users.deletedAt)];
  if (query.role) filters.push(eq(memberships.role, query.role));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  const where = and(...filters);
  return withTenant(context, async (tx) => {
    const [rows, [total]] = await Promise.all([
      tx
        .select(memberColumns)
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(where)
        .orderBy(asc(users.name), asc(memberships.createdAt), asc(memberships.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      tx
        .select({ total: count() })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(where),
    ]);
    return {
      items: rows.map(toMemberDto),
      meta: { page: query.page, pageSize: query.pageSize, total: total?.total ?? 0 },
    };
  });
}

/** A member of the context's org by membership id, or 404 (also for another org's member). */
export async function findMember(tx: Executor, orgId: string, memberId: string): Promise<TMember> {
  const [row] = await tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, memberId)));
  if (!row) throw new NotFoundError("tenancy.memberNotFound");
  return toMemberDto(row);
}

export async function getMember(context: OrgContext, memberId: string): Promise<TMember> {
  assertCan(context, "members.read");
  return withTenant(context, (tx) => findMember(tx, context.orgId, memberId));
}
