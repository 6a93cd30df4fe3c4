import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { invitations, memberships, organizations, users } from "@/db/schema";
import { appUrl, env } from "@/lib/config/env";
import { ConflictError, ForbiddenError, GoneError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { hashToken, randomToken } from "@/lib/identity/crypto";
import { hashPassword } from "@/lib/identity/passwords";
import {
  findActiveUserByEmail,
  findActiveUserByPhone,
  type UserRow,
} from "@/lib/identity/users.queries";
import { sendEmail, sendSms } from "@/lib/messaging";
import { toE164 } from "@/lib/messaging/sms/phone";
import { consumeRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { type OrgContext, assertCan } from "./context";
import { isUniqueViolation } from "@/db/errors";
import {
  findInvitation,
  findInvitationByToken,
  type InvitationRow,
  invitationStatus,
  toInvitationDto,
} from "./invitations.queries";
import { homeSurfaceFor, mayAssignRole, type OrgRole } from "./permissions";
import type {
  TAcceptAsNewUser,
  TAcceptedInvitation,
  TInvitation,
  TInvitationInput,
} from "./schemas";
import { withTenant } from "./scope";

const DAY_MS = 24 * 60 * 60 * 1000;
export const INVITATION_TTL_DAYS = 7;
export const INVITATION_TTL_MS = INVITATION_TTL_DAYS * DAY_MS;

/** Invitations send email and SMS on the org's behalf: bounded so nobody spams through us. */
export const INVITATION_RATE_LIMITS = {
  perOrg: { name: "invite:org", limit: 100, windowSeconds: 60 * 60 },
  perInvitation: { name: "invite:send", limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

interface Contact {
  email: string | null;
  phone: string | null;
}

function normalizeContact(input: { email?: string; phone?: string }): Contact {
  if (input.email) return { email: input.email.trim().toLowerCase(), phone: null };
  const phone = input.phone ? toE164(input.phone, env().SMS_DEFAULT_COUNTRY) : null;
  if (!phone) throw new ValidationError({ phone: ["validation.phone"] });
  return { email: null, phone };
}

const contactField = (contact: Contact) => (contact.email ? "email" : "phone");

function sameContact(contact: Contact): SQL {
  return contact.email
    ? eq(invitations.email, contact.email)
    : eq(invitations.phone, contact.phone!);
}

function assertMayInviteAs(actorRole: OrgRole, role: OrgRole): void {
  if (!mayAssignRole(actorRole, role)) throw new ForbiddenError("tenancy.roleAboveYours");
}

async function assertNotMember(tx: Transaction, orgId: string, contact: Contact): Promise<void> {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        isNull(users.deletedAt),
        contact.email ? eq(users.email, contact.email) : eq(users.phone, contact.phone!),
      ),
    );
  if (member) {
    throw new ConflictError("tenancy.alreadyMember", undefined, {
      [contactField(contact)]: ["tenancy.alreadyMember"],
    });
  }
}

async function senderDetails(tx: Transaction, context: OrgContext) {
  const [org] = await tx
    .select({ id: organizations.id, name: organizations.name, locale: organizations.locale })
    .from(organizations)
    .where(eq(organizations.id, context.orgId));
  const [inviter] = await tx
    .select({ name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, context.userId));
  const locale: Locale = org!.locale === "sq" ? "sq" : "en";
  const inviterName = inviter?.name || inviter?.email || inviter?.phone || org!.name;
  return { org: org!, locale, inviterName };
}

/** Queues the email or SMS with the link, in the invitation's transaction. */
async function deliverInvitation(
  tx: Transaction,
  context: OrgContext,
  invitation: InvitationRow,
  token: string,
): Promise<void> {
  const { org, locale, inviterName } = await senderDetails(tx, context);
  const inviteUrl = `${appUrl()}/invite/${token}`;
  const roleLabel = getTranslator(locale, "tenancy")(`roles.${invitation.role}`);
  const origin = {
    locale,
    orgId: org.id,
    related: { type: "invitation", id: invitation.id },
  };
  if (invitation.email) {
    await sendEmail(
      {
        ...origin,
        to: invitation.email,
        template: "org-invitation",
        props: {
          orgName: org.name,
          inviterName,
          roleLabel,
          inviteUrl,
          expiresInDays: INVITATION_TTL_DAYS,
        },
      },
      tx,
    );
    return;
  }
  const sent = await sendSms(
    {
      ...origin,
      to: invitation.phone!,
      template: "org-invitation",
      body: getTranslator(locale, "sms")("orgInvitation", {
        inviter: inviterName,
        org: org.name,
        role: roleLabel,
        url: inviteUrl,
      }),
    },
    tx,
  );
  if (sent.status === "opted-out") {
    throw new ConflictError("tenancy.phoneOptedOut", undefined, {
      phone: ["tenancy.phoneOptedOut"],
    });
  }
}

/** A fresh link: a new token (the old link stops working) valid for another 7 days. */
function freshLink() {
  const token = randomToken();
  const now = Date.now();
  return {
    token,
    values: {
      tokenHash: hashToken(token),
      expiresAt: new Date(now + INVITATION_TTL_MS),
      lastSentAt: new Date(now),
    },
  };
}

async function inviterName(tx: Transaction, userId: string): Promise<string | null> {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/**
 * Invites someone by email or SMS. Inviting a contact that already has an open invitation
 * refreshes that one (new link, new role, 7 more days) instead of adding a second.
 */
export async function createInvitation(
  context: OrgContext,
  input: TInvitationInput,
): Promise<{ invitation: TInvitation; refreshed: boolean }> {
  assertCan(context, "invitations.write");
  assertMayInviteAs(context.role, input.role);
  const contact = normalizeContact(input);
  return withTenant(context, async (tx) => {
    await consumeRateLimit(INVITATION_RATE_LIMITS.perOrg, context.orgId, tx);
    // Two invitations of one contact at once would both miss the other's open invitation.
    const lockKey = `invite:${context.orgId}:${contact.email ?? contact.phone}`;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${lockKey}))`);
    await assertNotMember(tx, context.orgId, contact);
    const [open] = await tx
      .select({ id: invitations.id, role: invitations.role })
      .from(invitations)
      .where(
        and(
          eq(invitations.orgId, context.orgId),
          sameContact(contact),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .orderBy(desc(invitations.createdAt))
      .limit(1);
    if (open) assertMayInviteAs(context.role, open.role);
    const { token, values } = freshLink();
    const changes = { ...values, role: input.role, invitedBy: context.userId };
    const [row] = open
      ? await tx.update(invitations).set(changes).where(eq(invitations.id, open.id)).returning()
      : await tx
          .insert(invitations)
          .values({ orgId: context.orgId, ...contact, ...changes })
          .returning();
    await deliverInvitation(tx, context, row!, token);
    const name = await inviterName(tx, context.userId);
    return {
      invitation: toInvitationDto({ invitation: row!, inviterName: name }),
      refreshed: !!open,
    };
  });
}

/** Sends the invitation again with a new link and a new 7-day expiry. */
export async function resendInvitation(
  context: OrgContext,
  invitationId: string,
): Promise<TInvitation> {
  assertCan(context, "invitations.write");
  return withTenant(context, async (tx) => {
    const found = await findInvitation(tx, context.orgId, invitationId);
    const status = invitationStatus(found.invitation);
    if (status === "revoked") throw new ConflictError("tenancy.invitationRevoked");
    if (status === "accepted") throw new ConflictError("tenancy.invitationAlreadyAccepted");
    assertMayInviteAs(context.role, found.invitation.role);
    await consumeRateLimit(INVITATION_RATE_LIMITS.perInvitation, invitationId, tx);
    await consumeRateLimit(INVITATION_RATE_LIMITS.perOrg, context.orgId, tx);
    await assertNotMember(tx, context.orgId, found.invitation);
    const { token, values } = freshLink();
    const [row] = await tx
      .update(invitations)
      .set(values)
      .where(eq(invitations.id, invitationId))
      .returning();
    await deliverInvitation(tx, context, row!, token);
    return toInvitationDto({ invitation: row!, inviterName: found.inviterName });
  });
}

/** Revokes an open invitation: its link stops working. Revoking twice changes nothing. */
export async function revokeInvitation(
  context: OrgContext,
  invitationId: string,
): Promise<TInvitation> {
  assertCan(context, "invitations.write");
  return withTenant(context, async (tx) => {
    const found = await findInvitation(tx, context.orgId, invitationId);
    const status = invitationStatus(found.invitation);
    if (status === "accepted") throw new ConflictError("tenancy.invitationAlreadyAccepted");
    if (status === "revoked") return toInvitationDto(found);
    assertMayInviteAs(context.role, found.invitation.role);
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(eq(invitations.id, invitationId))
      .returning();
    return toInvitationDto({ invitation: row!, inviterName: found.inviterName });
  });
}

/** Expired and revoked links are gone (410); a used one conflicts (409). */
function assertUsable(invitation: InvitationRow): void {
  switch (invitationStatus(invitation)) {
    case "revoked":
      throw new GoneError("tenancy.invitationRevoked");
    case "expired":
      throw new GoneError("tenancy.invitationExpired");
    case "accepted":
      throw new ConflictError("tenancy.invitationAlreadyAccepted");
  }
}

/**
 * Marks the invitation used by `userId` and makes them a member, in the org's scope. The
 * conditional update lets only one of two simultaneous accepts through.
 */
async function redeem(
  tx: Transaction,
  invitation: InvitationRow,
  userId: string,
): Promise<TAcceptedInvitation> {
  const now = new Date();
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: now, acceptedBy: userId })
    .where(
      and(
        eq(invitations.id, invitation.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning({ id: invitations.id });
  if (!claimed) throw new ConflictError("tenancy.invitationNoLongerValid");
  await tx.insert(memberships).values({ orgId: invitation.orgId, userId, role: invitation.role });
  return {
    orgId: invitation.orgId,
    role: invitation.role,
    landing: homeSurfaceFor(invitation.role),
  };
}

const alreadyMember = () => new ConflictError("tenancy.alreadyMember");

/**
 * A signed-in user accepts an invitation from its link. The token is the credential (as
 * with a forwarded link in Slack or Notion), so the account need not match the address.
 */
export async function acceptInvitation(
  token: string,
  userId: string,
): Promise<TAcceptedInvitation> {
  const { invitation } = await findInvitationByToken(token);
  assertUsable(invitation);
  try {
    return await withTenant({ orgId: invitation.orgId, userId }, async (tx) => {
      const [existing] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.orgId, invitation.orgId), eq(memberships.userId, userId)));
      if (existing) throw alreadyMember();
      return redeem(tx, invitation, userId);
    });
  } catch (error) {
    if (isUniqueViolation(error, "memberships_org_user_key")) throw alreadyMember();
    throw error;
  }
}

const accountExists = () => new ConflictError("tenancy.accountExists");

/**
 * The /invite page's sign-up: creates the account for the invited address, already verified
 * (following the link proved it), and accepts the invitation, in one transaction. The page
 * then starts the new user's session.
 */
export async function acceptInvitationAsNewUser(
  token: string,
  input: TAcceptAsNewUser,
): Promise<{ user: UserRow; membership: TAcceptedInvitation }> {
  const { invitation } = await findInvitationByToken(token);
  assertUsable(invitation);
  const existing = invitation.email
    ? await findActiveUserByEmail(invitation.email)
    : await findActiveUserByPhone(invitation.phone!);
  if (existing) throw accountExists();
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  try {
    return await withTenant({ orgId: invitation.orgId, userId }, async (tx) => {
      const now = new Date();
      const [user] = await tx
        .insert(users)
        .values({
          id: userId,
          email: invitation.email,
          emailVerifiedAt: invitation.email ? now : null,
          phone: invitation.phone,
          phoneVerifiedAt: invitation.phone ? now : null,
          passwordHash,
          name: input.name,
          locale: input.locale,
        })
        .returning();
      const membership = await redeem(tx, invitation, userId);
      return { user: user!, membership };
    });
  } catch (error) {
    // Someone signed up with this address between the check and the insert.
    if (isUniqueViolation(error, "users_email_key") || isUniqueViolation(error, "users_phone_key"))
      throw accountExists();
    throw error;
  }
}
