import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, memberships, messages, organizations } from "@/db/schema";
import { addMember, createOrg, signedInUser } from "@/lib/testing/factories";
import { ORG_ROLES, type OrgRole } from "./permissions";
import { withSystemScope } from "./scope";

export type SignedIn = Awaited<ReturnType<typeof signedInUser>> & { membershipId: string };

/** An organization with one signed-in member of every role (the owner created it). */
export async function orgWithTeam(name?: string) {
  const owner = await signedInUser({ name: "Olive Owner" });
  const org = await createOrg(owner.user, { name });
  const [ownerMembership] = await withSystemScope((tx) =>
    tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, owner.user.id))),
  );
  const team = { owner: { ...owner, membershipId: ownerMembership!.id } } as Record<
    OrgRole,
    SignedIn
  >;
  for (const role of ORG_ROLES.filter((role) => role !== "owner")) {
    const member = await signedInUser({ name: `${role[0]!.toUpperCase()}${role.slice(1)} Person` });
    const membership = await addMember(org.id, member.user, role);
    team[role] = { ...member, membershipId: membership.id };
  }
  return { org, team };
}

/** Everything tenancy stores about an org, to prove a refused request changed nothing. */
export async function snapshotOrg(orgId: string) {
  return withSystemScope(async (tx) => ({
    org: await tx.select().from(organizations).where(eq(organizations.id, orgId)),
    memberships: await tx
      .select()
      .from(memberships)
      .where(eq(memberships.orgId, orgId))
      .orderBy(asc(memberships.id)),
    invitations: await tx
      .select()
      .from(invitations)
      .where(eq(invitations.orgId, orgId))
      .orderBy(asc(invitations.id)),
  }));
}

/** The messages (email or SMS) sent about an invitation, oldest first. */
export async function invitationMessages(invitationId: string) {
  return getDb()
    .select()
    .from(messages)
    .where(and(eq(messages.relatedType, "invitation"), eq(messages.relatedId, invitationId)))
    .orderBy(asc(messages.createdAt));
}

/** The token of the newest link sent for an invitation, read from the outbox. */
export async function latestInvitationToken(invitationId: string): Promise<string> {
  const sent = await invitationMessages(invitationId);
  const last = sent.at(-1);
  if (!last) throw new Error(`no message sent for invitation ${invitationId}`);
  const text =
    last.channel === "email"
      ? String((last.metadata as { props: { inviteUrl: string } }).props.inviteUrl)
      : last.body!;
  const match = /\/invite\/([\w-]+)/.exec(text);
  if (!match) throw new Error(`no invitation link in message ${last.id}`);
  return match[1]!;
}
