"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import {
  changeMemberRole,
  createInvitation,
  removeMember,
  resendInvitation,
  revokeInvitation,
  ZChangeRole,
  ZInvitationInput,
} from "@/lib/tenancy";

const TEAM_PATH = "/manage/settings/team";
const ZMemberRef = z.object({ memberId: z.uuid() });
const ZInvitationRef = z.object({ invitationId: z.uuid() });

export const changeTeamMemberRole = orgFormAction(
  "members.write",
  ZChangeRole.extend(ZMemberRef.shape),
  async ({ memberId, role }, { org, t }) => {
    const member = await changeMemberRole(org, memberId, role);
    revalidatePath(TEAM_PATH);
    return { data: member, message: t("tenancy.memberUpdated") };
  },
);

export const removeTeamMember = orgFormAction(
  "members.write",
  ZMemberRef,
  async ({ memberId }, { org, t }) => {
    const removed = await removeMember(org, memberId);
    revalidatePath(TEAM_PATH);
    return { data: removed, message: t("tenancy.memberRemoved") };
  },
);

/** The invite form's "by email / by text" switch only picks which field is shown. */
const ZInviteForm = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const input = { ...(raw as Record<string, unknown>) };
  delete input.contactMethod;
  return input;
}, ZInvitationInput);

export const inviteTeamMember = orgFormAction(
  "invitations.write",
  ZInviteForm,
  async (input, { org, t }) => {
    const { invitation, refreshed } = await createInvitation(org, input);
    revalidatePath(TEAM_PATH);
    return {
      data: invitation,
      message: t(refreshed ? "tenancy.invitationRefreshed" : "tenancy.invitationSent"),
    };
  },
);

export const resendTeamInvitation = orgFormAction(
  "invitations.write",
  ZInvitationRef,
  async ({ invitationId }, { org, t }) => {
    const invitation = await resendInvitation(org, invitationId);
    revalidatePath(TEAM_PATH);
    return { data: invitation, message: t("tenancy.invitationResent") };
  },
);

export const revokeTeamInvitation = orgFormAction(
  "invitations.write",
  ZInvitationRef,
  async ({ invitationId }, { org, t }) => {
    const invitation = await revokeInvitation(org, invitationId);
    revalidatePath(TEAM_PATH);
    return { data: invitation, message: t("tenancy.invitationWithdrawn") };
  },
);
