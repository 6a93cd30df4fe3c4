export { type OrgContext, assertCan, resolveOrgContext } from "./context";
export {
  can,
  homeSurfaceFor,
  mayAssignRole,
  ORG_ROLES,
  type OrgRole,
  PERMISSIONS,
  type Permission,
} from "./permissions";
export { withSystemScope, withTenant, withUserScope } from "./scope";
export * from "./schemas";
export * from "./orgs.contracts";
export * from "./members.contracts";
export * from "./invitations.contracts";
export { tenancyRoutes } from "./contracts";
export { getOrg, listMembershipOrgIds, listMyOrgs } from "./orgs.queries";
export { createOrg, deleteOrg, type OrgCreator, updateOrg } from "./orgs.service";
export { getMember, listMembers } from "./members.queries";
export { changeMemberRole, leaveOrg, removeMember, transferOwnership } from "./members.service";
export { invitationStatus, listInvitations, previewInvitation } from "./invitations.queries";
export {
  acceptInvitation,
  acceptInvitationAsNewUser,
  createInvitation,
  INVITATION_RATE_LIMITS,
  INVITATION_TTL_MS,
  resendInvitation,
  revokeInvitation,
} from "./invitations.service";
