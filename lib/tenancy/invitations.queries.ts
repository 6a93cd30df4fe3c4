import { and, count, desc, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { invitations, organizations, users } from "@/db/schema";
import type { PageMeta } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";
import { hashToken } from "@/lib/identity/crypto";
import { findActiveUserByEmail, findActiveUserByPhone } from "@/lib/identity/users.queries";
import { type OrgContext, assertCan } from "./context";
import { maskEmail, maskPhone } from "./mask";
import type {
  InvitationStatus,
  TInvitation,
  TInvitationPreview,
  TListInvitationsQuery,
} from "./schemas";
import { withSystemScope, withTenant } from "./scope";

export type InvitationRow = typeof invitations.$inferSelect;

export function invitationStatus(row: InvitationRow, now = new Date()): InvitationStatus {
  if (row.revokedAt) return "revoked";
  if (row.acceptedAt) return "accepted";
  return row.expiresAt <= now ? "expired" : "pending";
}

const inviter = alias(users, "inviter");
export const invitationColumns = {
  invitation: invitations,
  inviterName: inviter.name,
};

export function toInvitationDto(row: {
  invitation: InvitationRow;
  inviterName: string | null;
}): TInvitation {
  const { invitation } = row;
  return {
    id: invitation.id,
    email: invitation.email,
    phone: invitation.phone,
    role: invitation.role,
    status: invitationStatus(invitation),
    invitedBy:
      invitation.invitedBy && row.inviterName !== null
        ? { id: invitation.invitedBy, name: row.inviterName }
        : null,
    expiresAt: invitation.expiresAt.toISOString(),
    lastSentAt: invitation.lastSentAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    createdAt: invitation.createdAt.toISOString(),
  };
}

/** SQL for one status, evaluated against the application's clock (fake timers included). */
function statusFilter(status: InvitationStatus): SQL {
  const now = new Date();
  switch (status) {
    case "revoked":
      return isNotNull(invitations.revokedAt);
    case "accepted":
      return and(isNull(invitations.revokedAt), isNotNull(invitations.acceptedAt))!;
    case "expired":
      return and(
        isNull(invitations.revokedAt),
        isNull(invitations.acceptedAt),
        lte(invitations.expiresAt, now),
      )!;
    case "pending":
      return and(
        isNull(invitations.revokedAt),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      )!;
  }
}

/** The org's invitations, newest first, optionally of one status. */
export async function listInvitations(
  context: OrgContext,
  query: TListInvitationsQuery,
): Promise<{ items: TInvitation[]; meta: PageMeta }> {
  assertCan(context, "invitations.read");
  const where = and(
    eq(invitations.orgId, context.orgId),
    query.status ? statusFilter(query.status) : undefined,
  );
  return withTenant(context, async (tx) => {
    const [rows, [total]] = await Promise.all([
      tx
        .select(invitationColumns)
        .from(invitations)
        .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
        .where(where)
        .orderBy(desc(invitations.createdAt), desc(invitations.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      tx.select({ total: count() }).from(invitations).where(where),
    ]);
    return {
      items: rows.map(toInvitationDto),
      meta: { page: query.page, pageSize: query.pageSize, total: total?.total ?? 0 },
    };
  });
}

/** An invitation of the context's org by id, or 404 (also for another org's invitation). */
export async function findInvitation(
  tx: Executor,
  orgId: string,
  invitationId: string,
): Promise<{ invitation: InvitationRow; inviterName: string | null }> {
  const [row] = await tx
    .select(invitationColumns)
    .from(invitations)
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, invitationId)));
  if (!row) throw new NotFoundError("tenancy.invitationNotFound");
  return row;
}

/**
 * The invitation a link's token names, from any org: the token is the only credential, so
 * this is one of the few deliberate cross-tenant reads.
 */
export async function findInvitationByToken(token: string) {
  const [row] = await withSystemScope((tx) =>
    tx
      .select({ ...invitationColumns, orgName: organizations.name })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.orgId))
      .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
      .where(eq(invitations.tokenHash, hashToken(token))),
  );
  if (!row) throw new NotFoundError("tenancy.invitationNotFound");
  return row;
}

/** What the public /invite page shows before the invitee signs in or signs up. */
export async function previewInvitation(token: string): Promise<TInvitationPreview> {
  const { invitation, inviterName, orgName } = await findInvitationByToken(token);
  const account = invitation.email
    ? await findActiveUserByEmail(invitation.email)
    : await findActiveUserByPhone(invitation.phone!);
  return {
    orgName,
    role: invitation.role,
    invitedByName: inviterName || null,
    email: invitation.email ? maskEmail(invitation.email) : null,
    phone: invitation.phone ? maskPhone(invitation.phone) : null,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
    hasAccount: account !== undefined,
  };
}
