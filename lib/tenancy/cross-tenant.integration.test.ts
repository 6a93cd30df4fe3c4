import { beforeAll, describe, expect, it } from "vitest";
import * as orgRoute from "@/app/api/v1/orgs/[orgId]/route";
import * as membersRoute from "@/app/api/v1/orgs/[orgId]/members/route";
import * as memberRoute from "@/app/api/v1/orgs/[orgId]/members/[memberId]/route";
import * as transferRoute from "@/app/api/v1/orgs/[orgId]/transfer-ownership/route";
import * as invitationsRoute from "@/app/api/v1/orgs/[orgId]/invitations/route";
import * as invitationRoute from "@/app/api/v1/orgs/[orgId]/invitations/[invitationId]/route";
import * as resendRoute from "@/app/api/v1/orgs/[orgId]/invitations/[invitationId]/resend/route";
import { getDb } from "@/db/client";
import { invitations, memberships, messages } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { resolveOrgContext } from "./context";
import { createInvitation } from "./invitations.service";
import { listInvitations } from "./invitations.queries";
import { listMembers } from "./members.queries";
import { orgWithTeam, snapshotOrg } from "./testing";

type Team = Awaited<ReturnType<typeof orgWithTeam>>;
let home: Team;
let victim: Team;
let victimInvitationId: string;

beforeAll(async () => {
  home = await orgWithTeam("Home Org");
  victim = await orgWithTeam("Victim Org");
  const context = await resolveOrgContext(
    { user: victim.team.owner.user, sessionId: "" },
    victim.org.id,
  );
  victimInvitationId = (
    await createInvitation(context, { email: "victim-invitee@example.com", role: "manager" })
  ).invitation.id;
});

interface Ids {
  token: string;
  victimOrgId: string;
  homeOrgId: string;
  victimMemberId: string;
  victimOwnerId: string;
  invitationId: string;
}

/**
 * Every endpoint that takes an org, member or invitation id, called by home's owner (who may
 * do everything in home) with ids from the victim org: in the path, mixed with home's own
 * org id, or with home's id in the X-Org-Id header.
 */
const ATTEMPTS: Array<[string, (ids: Ids) => ReturnType<typeof callApi>]> = [
  [
    "GET org",
    (ids) => callApi(orgRoute.GET, { token: ids.token, params: { orgId: ids.victimOrgId } }),
  ],
  [
    "GET org with home's header",
    (ids) =>
      callApi(orgRoute.GET, {
        token: ids.token,
        params: { orgId: ids.victimOrgId },
        orgId: ids.homeOrgId,
      }),
  ],
  [
    "PATCH org",
    (ids) =>
      callApi(orgRoute.PATCH, {
        token: ids.token,
        params: { orgId: ids.victimOrgId },
        body: { name: "Owned" },
      }),
  ],
  [
    "DELETE org",
    (ids) => callApi(orgRoute.DELETE, { token: ids.token, params: { orgId: ids.victimOrgId } }),
  ],
  [
    "DELETE org with home's header",
    (ids) =>
      callApi(orgRoute.DELETE, {
        token: ids.token,
        params: { orgId: ids.victimOrgId },
        orgId: ids.homeOrgId,
      }),
  ],
  [
    "GET members",
    (ids) => callApi(membersRoute.GET, { token: ids.token, params: { orgId: ids.victimOrgId } }),
  ],
  [
    "POST members",
    (ids) =>
      callApi(membersRoute.POST, {
        token: ids.token,
        params: { orgId: ids.victimOrgId },
        body: { email: "spy@example.com", role: "admin" },
      }),
  ],
  [
    "PATCH member",
    (ids) =>
      callApi(memberRoute.PATCH, {
        token: ids.token,
        params: { orgId: ids.victimOrgId, memberId: ids.victimMemberId },
        body: { role: "member" },
      }),
  ],
  [
    "PATCH victim's member under home's org id",
    (ids) =>
      callApi(memberRoute.PATCH, {
        token: ids.token,
        params: { orgId: ids.homeOrgId, memberId: ids.victimMemberId },
        body: { role: "member" },
      }),
  ],
  [
    "DELETE member",
    (ids) =>
      callApi(memberRoute.DELETE, {
        token: ids.token,
        params: { orgId: ids.victimOrgId, memberId: ids.victimMemberId },
      }),
  ],
  [
    "DELETE victim's member under home's org id",
    (ids) =>
      callApi(memberRoute.DELETE, {
        token: ids.token,
        params: { orgId: ids.homeOrgId, memberId: ids.victimMemberId },
        orgId: ids.homeOrgId,
      }),
  ],
  [
    "DELETE victim's owner under home's org id",
    (ids) =>
      callApi(memberRoute.DELETE, {
        token: ids.token,
        params: { orgId: ids.homeOrgId, memberId: ids.victimOwnerId },
      }),
  ],
  [
    "transfer ownership",
    (ids) =>
      callApi(transferRoute.POST, {
        token: ids.token,
        params: { orgId: ids.victimOrgId },
        body: { memberId: ids.victimMemberId },
      }),
  ],
  [
    "transfer home to victim's member",
    (ids) =>
      callApi(transferRoute.POST, {
        token: ids.token,
        params: { orgId: ids.homeOrgId },
        body: { memberId: ids.victimMemberId },
      }),
  ],
  [
    "GET invitations",
    (ids) =>
      callApi(invitationsRoute.GET, { token: ids.token, params: { orgId: ids.victimOrgId } }),
  ],
  [
    "POST invitations",
    (ids) =>
      callApi(invitationsRoute.POST, {
        token: ids.token,
        params: { orgId: ids.victimOrgId },
        body: { email: "spy@example.com", role: "admin" },
      }),
  ],
  [
    "revoke invitation",
    (ids) =>
      callApi(invitationRoute.DELETE, {
        token: ids.token,
        params: { orgId: ids.victimOrgId, invitationId: ids.invitationId },
      }),
  ],
  [
    "revoke victim's invitation under home's org id",
    (ids) =>
      callApi(invitationRoute.DELETE, {
        token: ids.token,
        params: { orgId: ids.homeOrgId, invitationId: ids.invitationId },
      }),
  ],
  [
    "resend invitation",
    (ids) =>
      callApi(resendRoute.POST, {
        token: ids.token,
        params: { orgId: ids.victimOrgId, invitationId: ids.invitationId },
      }),
  ],
  [
    "resend victim's invitation under home's org id",
    (ids) =>
      callApi(resendRoute.POST, {
        token: ids.token,
        params: { orgId: ids.homeOrgId, invitationId: ids.invitationId },
      }),
  ],
];

describe("cross-tenant access", () => {
  it.each(ATTEMPTS)("%s: 404, no data, nothing changes", async (_name, attempt) => {
    const ids: Ids = {
      token: home.team.owner.token,
      victimOrgId: victim.org.id,
      homeOrgId: home.org.id,
      victimMemberId: victim.team.worker.membershipId,
      victimOwnerId: victim.team.owner.membershipId,
      invitationId: victimInvitationId,
    };
    const victimBefore = await snapshotOrg(victim.org.id);
    const homeBefore = await snapshotOrg(home.org.id);
    const sentBefore = await getDb().$count(messages);

    const response = await attempt(ids);
    expect(response.status).toBe(404);
    expect(response.body.status).toBe("error");
    expect(response.body.data).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toContain("Victim Org");

    expect(await snapshotOrg(victim.org.id)).toEqual(victimBefore);
    expect(await snapshotOrg(home.org.id)).toEqual(homeBefore);
    expect(await getDb().$count(messages)).toBe(sentBefore);
  });

  it("services given a context never see another org's rows", async () => {
    const context = await resolveOrgContext(
      { user: home.team.owner.user, sessionId: "" },
      home.org.id,
    );
    const members = await listMembers(context, { page: 1, pageSize: 100 });
    expect(members.items.map((member) => member.userId).sort()).toEqual(
      Object.values(home.team)
        .map((member) => member.user.id)
        .sort(),
    );
    const sent = await listInvitations(context, { page: 1, pageSize: 100 });
    expect(sent.items.map((invitation) => invitation.id)).not.toContain(victimInvitationId);
  });

  it("leaves RLS in force: outside a tenant scope the tables look empty", async () => {
    expect(await getDb().select().from(memberships)).toEqual([]);
    expect(await getDb().select().from(invitations)).toEqual([]);
  });
});
