import { defineRoute } from "@/lib/api/contract";
import {
  ZAcceptedInvitation,
  ZInvitation,
  ZInvitationInput,
  ZInvitationParams,
  ZInvitationPreview,
  ZInvitationTokenParams,
  ZListInvitationsQuery,
  ZOrgParams,
} from "./schemas";

const tags = ["Invitations"];

export const listInvitationsRoute = defineRoute({
  method: "GET",
  path: "/orgs/{orgId}/invitations",
  summary: "Invitations of an organization",
  description: "Newest first; `status` filters (pending, expired, accepted, revoked).",
  tags,
  auth: "org",
  permission: "invitations.read",
  params: ZOrgParams,
  query: ZListInvitationsQuery,
  response: ZInvitation,
  paginated: true,
});

export const createInvitationRoute = defineRoute({
  method: "POST",
  path: "/orgs/{orgId}/invitations",
  summary: "Invite someone by email or SMS",
  description:
    "Sends a link to `/invite/{token}`, valid for 7 days, in the organization's language. " +
    "Inviting a contact with an open invitation refreshes it (new link, new role). Nobody " +
    "invites above their own role (403); inviting a member answers 409.",
  tags,
  auth: "org",
  permission: "invitations.write",
  params: ZOrgParams,
  body: ZInvitationInput,
  response: ZInvitation,
  status: 201,
  errors: [409, 429],
});

export const revokeInvitationRoute = defineRoute({
  method: "DELETE",
  path: "/orgs/{orgId}/invitations/{invitationId}",
  summary: "Revoke an invitation",
  description: "Its link stops working. An accepted invitation cannot be revoked (409).",
  tags,
  auth: "org",
  permission: "invitations.write",
  params: ZInvitationParams,
  response: ZInvitation,
  errors: [409],
});

export const resendInvitationRoute = defineRoute({
  method: "POST",
  path: "/orgs/{orgId}/invitations/{invitationId}/resend",
  summary: "Send an invitation again",
  description: "With a new link (the old one stops working) valid for another 7 days.",
  tags,
  auth: "org",
  permission: "invitations.write",
  params: ZInvitationParams,
  response: ZInvitation,
  errors: [409, 429],
});

export const previewInvitationRoute = defineRoute({
  method: "GET",
  path: "/invitations/{token}",
  summary: "What an invitation link offers",
  description:
    "Public: the organization, role and inviter, the invited address masked, and whether " +
    "the link can still be used.",
  tags,
  auth: "public",
  params: ZInvitationTokenParams,
  response: ZInvitationPreview,
  errors: [404],
});

export const acceptInvitationRoute = defineRoute({
  method: "POST",
  path: "/invitations/{token}/accept",
  summary: "Accept an invitation",
  description:
    "Makes you a member with the invited role. An expired or revoked link answers 410; a " +
    "used one, or one for an org you already belong to, 409.",
  tags,
  auth: "user",
  params: ZInvitationTokenParams,
  response: ZAcceptedInvitation,
  errors: [404, 409, 410],
});

export const invitationRoutes = [
  listInvitationsRoute,
  createInvitationRoute,
  revokeInvitationRoute,
  resendInvitationRoute,
  previewInvitationRoute,
  acceptInvitationRoute,
];
