import { and, count, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { type OrgContext, assertCan } from "./context";
import { findMember } from "./members.queries";
import { can, mayAssignRole, type OrgRole } from "./permissions";
import type { TMember } from "./schemas";
import { withTenant } from "./scope";

/**
 * Runs a change to the org's memberships with the org row locked, so concurrent changes
 * (two owners each demoting the other) are decided one after the other, and with the
 * actor's role as it is now, not as it was when the request started.
 */
async function withMembershipLock<T>(
  context: OrgContext,
  work: (tx: Transaction, actorRole: OrgRole) => Promise<T>,
): Promise<T> {
  return withTenant(context, async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, context.orgId))
      .for("update");
    const [actor] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, context.orgId), eq(memberships.userId, context.userId)));
    if (!org || !actor) throw new NotFoundError("tenancy.orgNotFound");
    return work(tx, actor.role);
  });
}

async function ownerCount(tx: Transaction, orgId: string): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")));
  return row?.total ?? 0;
}

async function setRole(tx: Transaction, memberId: string, role: OrgRole): Promise<void> {
  await tx
    .update(memberships)
    .set({ role, updatedAt: sql`now()` })
    .where(eq(memberships.id, memberId));
}

/** Nobody hands out a role above their own or touches a member ranked above them. */
function assertMayManage(actorRole: OrgRole, ...roles: OrgRole[]): void {
  if (!roles.every((role) => mayAssignRole(actorRole, role))) {
    throw new ForbiddenError("tenancy.roleAboveYours");
  }
}

export async function changeMemberRole(
  context: OrgContext,
  memberId: string,
  role: OrgRole,
): Promise<TMember> {
  assertCan(context, "members.write");
  return withMembershipLock(context, async (tx, actorRole) => {
    if (!can(actorRole, "members.write")) throw new ForbiddenError("tenancy.permissionDenied");
    const member = await findMember(tx, context.orgId, memberId);
    if (member.role === role) return member;
    assertMayManage(actorRole, member.role, role);
    if (member.role === "owner" && (await ownerCount(tx, context.orgId)) <= 1) {
      throw new ConflictError("tenancy.lastOwner");
    }
    await setRole(tx, memberId, role);
    return { ...member, role };
  });
}

/**
 * Removes a member. Anyone may remove themselves (leave); removing someone else takes
 * `members.write` and a role at least theirs. The last owner can do neither.
 */
export async function removeMember(
  context: OrgContext,
  memberId: string,
): Promise<{ id: string; left: boolean }> {
  return withMembershipLock(context, async (tx, actorRole) => {
    const member = await findMember(tx, context.orgId, memberId);
    const leaving = member.userId === context.userId;
    if (!leaving) {
      if (!can(actorRole, "members.write")) throw new ForbiddenError("tenancy.permissionDenied");
      assertMayManage(actorRole, member.role);
    }
    if (member.role === "owner" && (await ownerCount(tx, context.orgId)) <= 1) {
      throw new ConflictError(leaving ? "tenancy.lastOwnerCannotLeave" : "tenancy.lastOwner");
    }
    await tx.delete(memberships).where(eq(memberships.id, memberId));
    return { id: memberId, left: leaving };
  });
}

/** The caller leaves the organization (the last owner cannot: transfer ownership first). */
export function leaveOrg(context: OrgContext): Promise<{ id: string; left: boolean }> {
  return removeMember(context, context.membershipId);
}

/** Makes another member owner; the caller steps down to admin. */
export async function transferOwnership(
  context: OrgContext,
  memberId: string,
): Promise<{ owner: TMember; previousOwner: TMember }> {
  assertCan(context, "org.transfer");
  return withMembershipLock(context, async (tx, actorRole) => {
    if (!can(actorRole, "org.transfer")) throw new ForbiddenError("tenancy.permissionDenied");
    const target = await findMember(tx, context.orgId, memberId);
    if (target.userId === context.userId) {
      throw new ValidationError({ memberId: ["tenancy.transferToSelf"] });
    }
    const self = await findMember(tx, context.orgId, context.membershipId);
    await setRole(tx, target.id, "owner");
    await setRole(tx, self.id, "admin");
    return { owner: { ...target, role: "owner" }, previousOwner: { ...self, role: "admin" } };
  });
}
