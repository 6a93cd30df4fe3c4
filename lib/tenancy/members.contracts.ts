import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import {
  ZChangeRole,
  ZInvitation,
  ZInvitationInput,
  ZListMembersQuery,
  ZMember,
  ZMemberParams,
  ZOrgParams,
  ZOwnershipTransfer,
  ZTransferOwnership,
} from "./schemas";

const tags = ["Members"];

export const listMembersRoute = defineRoute({
  method: "GET",
  path: "/orgs/{orgId}/members",
  summary: "Members of an organization",
  description: "Sorted by name; `q` searches names and email addresses.",
  tags,
  auth: "org",
  permission: "members.read",
  params: ZOrgParams,
  query: ZListMembersQuery,
  response: ZMember,
  paginated: true,
});

export const addMemberRoute = defineRoute({
  method: "POST",
  path: "/orgs/{orgId}/members",
  summary: "Add a member (by invitation)",
  description:
    "People join only by accepting: this sends an invitation by email or SMS, exactly as " +
    "`POST /orgs/{orgId}/invitations` does, and answers with it. Someone who is already a " +
    "member gets 409.",
  tags,
  auth: "org",
  permission: "invitations.write",
  params: ZOrgParams,
  body: ZInvitationInput,
  response: ZInvitation,
  status: 201,
  errors: [409, 429],
});

export const changeMemberRoleRoute = defineRoute({
  method: "PATCH",
  path: "/orgs/{orgId}/members/{memberId}",
  summary: "Change a member's role",
  description:
    "Nobody grants a role above their own or changes a member ranked above them (403). " +
    "The last owner cannot be demoted (409): transfer ownership first.",
  tags,
  auth: "org",
  permission: "members.write",
  params: ZMemberParams,
  body: ZChangeRole,
  response: ZMember,
  errors: [409],
});

export const removeMemberRoute = defineRoute({
  method: "DELETE",
  path: "/orgs/{orgId}/members/{memberId}",
  summary: "Remove a member, or leave",
  description:
    "Your own membership id means leaving (any member may). Removing someone else takes " +
    "`members.write` and a role at least theirs. The last owner can neither leave nor be " +
    "removed (409).",
  tags,
  auth: "org",
  params: ZMemberParams,
  response: z.object({ id: z.uuid(), left: z.boolean() }).meta({ id: "RemovedMember" }),
  errors: [409],
});

export const transferOwnershipRoute = defineRoute({
  method: "POST",
  path: "/orgs/{orgId}/transfer-ownership",
  summary: "Hand the organization to another member",
  description: "The member becomes owner; you become admin.",
  tags,
  auth: "org",
  permission: "org.transfer",
  params: ZOrgParams,
  body: ZTransferOwnership,
  response: ZOwnershipTransfer,
});

export const memberRoutes = [
  listMembersRoute,
  addMemberRoute,
  changeMemberRoleRoute,
  removeMemberRoute,
  transferOwnershipRoute,
];
