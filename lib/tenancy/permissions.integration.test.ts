import { describe, expect, it } from "vitest";
import * as orgRoute from "@/app/api/v1/orgs/[orgId]/route";
import * as membersRoute from "@/app/api/v1/orgs/[orgId]/members/route";
import * as memberRoute from "@/app/api/v1/orgs/[orgId]/members/[memberId]/route";
import * as transferRoute from "@/app/api/v1/orgs/[orgId]/transfer-ownership/route";
import * as invitationsRoute from "@/app/api/v1/orgs/[orgId]/invitations/route";
import * as invitationRoute from "@/app/api/v1/orgs/[orgId]/invitations/[invitationId]/route";
import * as resendRoute from "@/app/api/v1/orgs/[orgId]/invitations/[invitationId]/resend/route";
import { callApi } from "@/lib/testing/api";
import { addMember, signedInUser } from "@/lib/testing/factories";
import { resolveOrgContext } from "./context";
import { createInvitation } from "./invitations.service";
import { ORG_ROLES, type OrgRole } from "./permissions";
import { orgWithTeam, snapshotOrg } from "./testing";

interface Setup {
  orgId: string;
  /** Another member (a worker) the action is about. */
  targetId: string;
  invitationId: string;
}

/**
 * Every guarded action, who may do it, and how to call it. Written out rather than read
 * from PERMISSIONS, so a change to the table has to change this test too.
 */
const ACTIONS: Array<{
  name: string;
  allowed: OrgRole[];
  call: (token: string, setup: Setup) => ReturnType<typeof callApi>;
}> = [
  {
    name: "GET /orgs/{orgId}",
    allowed: [...ORG_ROLES],
    call: (token, { orgId }) => callApi(orgRoute.GET, { token, params: { orgId } }),
  },
  {
    name: "PATCH /orgs/{orgId}",
    allowed: ["owner", "admin"],
    call: (token, { orgId }) =>
      callApi(orgRoute.PATCH, { token, params: { orgId }, body: { name: "Changed Name" } }),
  },
  {
    name: "DELETE /orgs/{orgId}",
    allowed: ["owner"],
    call: (token, { orgId }) => callApi(orgRoute.DELETE, { token, params: { orgId } }),
  },
  {
    name: "GET /orgs/{orgId}/members",
    allowed: [...ORG_ROLES],
    call: (token, { orgId }) => callApi(membersRoute.GET, { token, params: { orgId } }),
  },
  {
    name: "POST /orgs/{orgId}/members",
    allowed: ["owner", "admin"],
    call: (token, { orgId }) =>
      callApi(membersRoute.POST, {
        token,
        params: { orgId },
        body: { email: "joiner@example.com", role: "worker" },
      }),
  },
  {
    name: "PATCH /orgs/{orgId}/members/{memberId}",
    allowed: ["owner", "admin"],
    call: (token, { orgId, targetId }) =>
      callApi(memberRoute.PATCH, {
        token,
        params: { orgId, memberId: targetId },
        body: { role: "steward" },
      }),
  },
  {
    name: "DELETE /orgs/{orgId}/members/{memberId} (someone else)",
    allowed: ["owner", "admin"],
    call: (token, { orgId, targetId }) =>
      callApi(memberRoute.DELETE, { token, params: { orgId, memberId: targetId } }),
  },
  {
    name: "POST /orgs/{orgId}/transfer-ownership",
    allowed: ["owner"],
    call: (token, { orgId, targetId }) =>
      callApi(transferRoute.POST, { token, params: { orgId }, body: { memberId: targetId } }),
  },
  {
    name: "GET /orgs/{orgId}/invitations",
    allowed: ["owner", "admin"],
    call: (token, { orgId }) => callApi(invitationsRoute.GET, { token, params: { orgId } }),
  },
  {
    name: "POST /orgs/{orgId}/invitations",
    allowed: ["owner", "admin"],
    call: (token, { orgId }) =>
      callApi(invitationsRoute.POST, {
        token,
        params: { orgId },
        body: { email: "joiner@example.com", role: "worker" },
      }),
  },
  {
    name: "DELETE /orgs/{orgId}/invitations/{invitationId}",
    allowed: ["owner", "admin"],
    call: (token, { orgId, invitationId }) =>
      callApi(invitationRoute.DELETE, { token, params: { orgId, invitationId } }),
  },
  {
    name: "POST /orgs/{orgId}/invitations/{invitationId}/resend",
    allowed: ["owner", "admin"],
    call: (token, { orgId, invitationId }) =>
      callApi(resendRoute.POST, { token, params: { orgId, invitationId } }),
  },
];

describe.each(ACTIONS)("$name", ({ allowed, call }) => {
  it.each(ORG_ROLES.map((role) => ({ role, may: allowed.includes(role) })))(
    "$role: allowed=$may",
    async ({ role, may }) => {
      const { org, team } = await orgWithTeam();
      const target = await addMember(org.id, (await signedInUser()).user, "worker");
      const ownerContext = await resolveOrgContext(
        { user: team.owner.user, sessionId: "" },
        org.id,
      );
      const { invitation } = await createInvitation(ownerContext, {
        email: "pending@example.com",
        role: "worker",
      });
      const setup = { orgId: org.id, targetId: target.id, invitationId: invitation.id };
      const before = await snapshotOrg(org.id);

      const response = await call(team[role].token, setup);
      if (may) {
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
      } else {
        expect(response.status).toBe(403);
        expect(response.body.message).toBe("Your role in this organization does not allow this.");
        expect(await snapshotOrg(org.id)).toEqual(before);
      }
    },
  );
});
