"use server";

import { redirect } from "next/navigation";
import { formAction, userFormAction } from "@/lib/actions/form-action";
import { completeWebSignIn } from "@/lib/identity/web-session";
import {
  acceptInvitation,
  acceptInvitationAsNewUser,
  ZAcceptAsNewUser,
  ZInvitationTokenParams,
} from "@/lib/tenancy";
import { setActiveOrgCookie } from "@/app/manage/org-cookie";

/** A signed-in user joins; managers land in /manage with the new organization active. */
export const joinOrganization = userFormAction(
  ZInvitationTokenParams,
  async ({ token }, { viewer }) => {
    const joined = await acceptInvitation(token, viewer.user.id);
    await setActiveOrgCookie(joined.orgId);
    redirect(joined.landing);
  },
);

/** Creates the invited person's account, joins, and signs them in on this browser. */
export const createAccountAndJoin = formAction(
  ZAcceptAsNewUser.extend(ZInvitationTokenParams.shape),
  async ({ token, ...input }) => {
    const { user, membership } = await acceptInvitationAsNewUser(token, input);
    await setActiveOrgCookie(membership.orgId);
    return completeWebSignIn(user.id, "password", membership.landing);
  },
);
