import { setTimeout } from "node:timers/promises";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as membersRoute from "@/app/api/v1/orgs/[orgId]/members/route";
import * as memberRoute from "@/app/api/v1/orgs/[orgId]/members/[memberId]/route";
import * as transferRoute from "@/app/api/v1/orgs/[orgId]/transfer-ownership/route";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { addMember, createOrg, signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "./scope";
import { orgWithTeam, snapshotOrg } from "./testing";

/** Waits until `count` queries of this database wait for a lock. */
async function waitForBlockedQueries(count: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = await getDb().execute<{ waiting: number }>(sql`
      select count(*)::int as waiting from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where not l.granted and a.datname = current_database()`);
    if ((row?.waiting ?? 0) >= count) return;
    await setTimeout(10);
  }
  throw new Error(`fewer than ${count} queries ever waited for a lock`);
}

async function roleOf(orgId: string, userId: string) {
  const [row] = await withSystemScope((tx) =>
    tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))),
  );
  return row?.role ?? null;
}

describe("GET /orgs/{orgId}/members", () => {
  it("lists members with paging, a name/email search and a role filter", async () => {
    const { org, team } = await orgWithTeam();
    const list = (query: Record<string, string>) =>
      callApi(membersRoute.GET, { token: team.worker.token, params: { orgId: org.id }, query });

    const all = await list({});
    expect(all.status).toBe(200);
    expect(all.body.meta).toEqual({ page: 1, pageSize: 25, total: 6 });
    expect(all.body.data.map((member: { role: string }) => member.role).sort()).toEqual(
      ["admin", "manager", "member", "owner", "steward", "worker"].sort(),
    );
    expect(all.body.data[0]).toEqual({
      id: expect.any(String),
      userId: expect.any(String),
      name: expect.any(String),
      email: expect.any(String),
      phone: null,
      avatarUrl: null,
      role: expect.any(String),
      joinedAt: expect.any(String),
    });

    const page2 = await list({ page: "2", pageSize: "4" });
    expect(page2.body.meta).toEqual({ page: 2, pageSize: 4, total: 6 });
    expect(page2.body.data).toHaveLength(2);

    const byName = await list({ q: "steward" });
    expect(byName.body.data.map((member: { userId: string }) => member.userId)).toEqual([
      team.steward.user.id,
    ]);
    const byEmail = await list({ q: team.manager.user.email!.slice(0, 12).toUpperCase() });
    expect(byEmail.body.data.map((member: { userId: string }) => member.userId)).toEqual([
      team.manager.user.id,
    ]);
    const wildcard = await list({ q: "%" });
    expect(wildcard.body.meta.total).toBe(0);
    const owners = await list({ role: "owner" });
    expect(owners.body.data.map((member: { userId: string }) => member.userId)).toEqual([
      team.owner.user.id,
    ]);
  });

  it("refuses bad paging with 422", async () => {
    const { org, team } = await orgWithTeam();
    const queries: Array<Record<string, string>> = [
      { page: "0" },
      { pageSize: "500" },
      { role: "king" },
      { sort: "x" },
    ];
    for (const query of queries) {
      const response = await callApi(membersRoute.GET, {
        token: team.owner.token,
        params: { orgId: org.id },
        query,
      });
      expect(response.status).toBe(422);
    }
  });
});

describe("POST /orgs/{orgId}/members", () => {
  it("invites the person (same as POST /invitations) and answers 201 with the invitation", async () => {
    const { org, team } = await orgWithTeam();
    const response = await callApi(membersRoute.POST, {
      token: team.admin.token,
      params: { orgId: org.id },
      body: { email: "New.Person@Example.com", role: "manager" },
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      email: "new.person@example.com",
      role: "manager",
      status: "pending",
      invitedBy: { id: team.admin.user.id, name: "Admin Person" },
    });
    expect((await snapshotOrg(org.id)).memberships).toHaveLength(6);
  });

  it("answers 409 for someone who is already a member", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    const response = await callApi(membersRoute.POST, {
      token: team.owner.token,
      params: { orgId: org.id },
      body: { email: team.worker.user.email, role: "manager" },
    });
    expect(response.status).toBe(409);
    expect(response.body.errors).toHaveProperty("email");
    expect(await snapshotOrg(org.id)).toEqual(before);
  });
});

describe("PATCH /orgs/{orgId}/members/{memberId}", () => {
  const patch = (token: string, orgId: string, memberId: string, body: unknown) =>
    callApi(memberRoute.PATCH, { token, params: { orgId, memberId }, body });

  it("changes a role", async () => {
    const { org, team } = await orgWithTeam();
    const response = await patch(team.admin.token, org.id, team.worker.membershipId, {
      role: "steward",
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ id: team.worker.membershipId, role: "steward" });
    expect(await roleOf(org.id, team.worker.user.id)).toBe("steward");
  });

  it("does not let an admin grant owner or touch an owner (403), nothing changes", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    const promote = await patch(team.admin.token, org.id, team.worker.membershipId, {
      role: "owner",
    });
    expect(promote.status).toBe(403);
    const demoteOwner = await patch(team.admin.token, org.id, team.owner.membershipId, {
      role: "worker",
    });
    expect(demoteOwner.status).toBe(403);
    expect(await snapshotOrg(org.id)).toEqual(before);
  });

  it("lets an owner make another owner, and an owner step down only while another remains", async () => {
    const { org, team } = await orgWithTeam();
    const alone = await patch(team.owner.token, org.id, team.owner.membershipId, { role: "admin" });
    expect(alone.status).toBe(409);
    expect(alone.body.message).toBe(
      "An organization needs an owner: make someone else owner first.",
    );
    expect(await roleOf(org.id, team.owner.user.id)).toBe("owner");

    expect(
      (await patch(team.owner.token, org.id, team.admin.membershipId, { role: "owner" })).status,
    ).toBe(200);
    const stepDown = await patch(team.owner.token, org.id, team.owner.membershipId, {
      role: "admin",
    });
    expect(stepDown.status).toBe(200);
    expect(await roleOf(org.id, team.owner.user.id)).toBe("admin");
  });

  it("decides two owners demoting each other at once one after the other: one owner remains", async () => {
    const { org, team } = await orgWithTeam();
    await patch(team.owner.token, org.id, team.admin.membershipId, { role: "owner" });
    // Hold the membership rows so both requests are in flight together: each has read the
    // owner count before either writes, unless the org lock makes the second one wait.
    let release!: () => void;
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const holder = withSystemScope(async (tx) => {
      await tx.select().from(memberships).where(eq(memberships.orgId, org.id)).for("update");
      held();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isHeld;
    const racing = Promise.all([
      patch(team.owner.token, org.id, team.admin.membershipId, { role: "worker" }),
      patch(team.admin.token, org.id, team.owner.membershipId, { role: "worker" }),
    ]);
    await waitForBlockedQueries(2);
    release();
    await holder;
    const [first, second] = await racing;
    expect([first.status, second.status].sort()).toEqual([200, 403]);
    const owners = (await snapshotOrg(org.id)).memberships.filter((row) => row.role === "owner");
    expect(owners).toHaveLength(1);
  });

  it("refuses an unknown role with 422 and an unknown member with 404", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    expect(
      (await patch(team.owner.token, org.id, team.worker.membershipId, { role: "king" })).status,
    ).toBe(422);
    expect((await patch(team.owner.token, org.id, team.worker.membershipId, {})).status).toBe(422);
    expect((await patch(team.owner.token, org.id, "not-a-uuid", { role: "worker" })).status).toBe(
      422,
    );
    expect(
      (await patch(team.owner.token, org.id, crypto.randomUUID(), { role: "worker" })).status,
    ).toBe(404);
    expect(await snapshotOrg(org.id)).toEqual(before);
  });
});

describe("DELETE /orgs/{orgId}/members/{memberId}", () => {
  const remove = (token: string, orgId: string, memberId: string) =>
    callApi(memberRoute.DELETE, { token, params: { orgId, memberId } });

  it("removes a member", async () => {
    const { org, team } = await orgWithTeam();
    const response = await remove(team.admin.token, org.id, team.worker.membershipId);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      message: "Member removed.",
      data: { id: team.worker.membershipId, left: false },
    });
    expect(await roleOf(org.id, team.worker.user.id)).toBeNull();
  });

  it("lets any member leave by removing their own membership", async () => {
    const { org, team } = await orgWithTeam();
    for (const role of ["worker", "member", "admin"] as const) {
      const response = await remove(team[role].token, org.id, team[role].membershipId);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        message: "You left the organization.",
        data: { left: true },
      });
    }
    expect((await snapshotOrg(org.id)).memberships).toHaveLength(3);
  });

  it("keeps the last owner: they can neither leave nor be removed (409)", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    const leave = await remove(team.owner.token, org.id, team.owner.membershipId);
    expect(leave.status).toBe(409);
    expect(leave.body.message).toBe("You are the only owner: transfer ownership before you leave.");
    expect(await snapshotOrg(org.id)).toEqual(before);

    // With a second owner, one may leave.
    const second = await signedInUser();
    await addMember(org.id, second.user, "owner");
    expect((await remove(team.owner.token, org.id, team.owner.membershipId)).status).toBe(200);
  });

  it("does not let an admin remove an owner, nor a manager remove anyone else (403)", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    expect((await remove(team.admin.token, org.id, team.owner.membershipId)).status).toBe(403);
    expect((await remove(team.manager.token, org.id, team.worker.membershipId)).status).toBe(403);
    expect(await snapshotOrg(org.id)).toEqual(before);
  });
});

describe("POST /orgs/{orgId}/transfer-ownership", () => {
  const transfer = (token: string, orgId: string, body: unknown) =>
    callApi(transferRoute.POST, { token, params: { orgId }, body });

  it("makes the member owner and the old owner admin", async () => {
    const { org, team } = await orgWithTeam();
    const response = await transfer(team.owner.token, org.id, {
      memberId: team.manager.membershipId,
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      owner: { id: team.manager.membershipId, role: "owner" },
      previousOwner: { id: team.owner.membershipId, role: "admin" },
    });
    expect(await roleOf(org.id, team.manager.user.id)).toBe("owner");
    expect(await roleOf(org.id, team.owner.user.id)).toBe("admin");
    // The old owner can no longer transfer.
    const again = await transfer(team.owner.token, org.id, { memberId: team.worker.membershipId });
    expect(again.status).toBe(403);
  });

  it("refuses self, unknown and malformed members, and changes nothing", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    const self = await transfer(team.owner.token, org.id, { memberId: team.owner.membershipId });
    expect(self.status).toBe(422);
    expect(self.body.errors).toHaveProperty("memberId");
    expect(
      (await transfer(team.owner.token, org.id, { memberId: crypto.randomUUID() })).status,
    ).toBe(404);
    expect((await transfer(team.owner.token, org.id, { memberId: "x" })).status).toBe(422);
    expect((await transfer(team.owner.token, org.id, {})).status).toBe(422);
    expect(await snapshotOrg(org.id)).toEqual(before);
  });

  it("refuses a member of another org (404)", async () => {
    const { org, team } = await orgWithTeam();
    const other = await signedInUser();
    const otherOrg = await createOrg(other.user);
    const outsider = await addMember(otherOrg.id, (await signedInUser()).user, "worker");
    const before = await snapshotOrg(org.id);
    const response = await transfer(team.owner.token, org.id, { memberId: outsider.id });
    expect(response.status).toBe(404);
    expect(await snapshotOrg(org.id)).toEqual(before);
  });
});
