import { randomInt } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as acceptRoute from "@/app/api/v1/invitations/[token]/accept/route";
import * as previewRoute from "@/app/api/v1/invitations/[token]/route";
import * as invitationsRoute from "@/app/api/v1/orgs/[orgId]/invitations/route";
import * as invitationRoute from "@/app/api/v1/orgs/[orgId]/invitations/[invitationId]/route";
import * as resendRoute from "@/app/api/v1/orgs/[orgId]/invitations/[invitationId]/resend/route";
import { getDb } from "@/db/client";
import { invitations, memberships, messages, organizations, users } from "@/db/schema";
import { appUrl } from "@/lib/config/env";
import { hashToken } from "@/lib/identity/crypto";
import { verifyPassword } from "@/lib/identity/passwords";
import { issueApiTokens } from "@/lib/identity/sessions.service";
import type { UserRow } from "@/lib/identity/users.queries";
import { renderEmail } from "@/lib/messaging/email/render";
import { optOut } from "@/lib/messaging/sms/opt-outs";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { acceptInvitationAsNewUser, INVITATION_TTL_MS } from "./invitations.service";
import { withSystemScope } from "./scope";
import { invitationMessages, latestInvitationToken, orgWithTeam, snapshotOrg } from "./testing";

const DAY_MS = 24 * 60 * 60 * 1000;
const albanianMobile = () => `+35569${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;

afterEach(() => {
  vi.useRealTimers();
});

async function invite(token: string, orgId: string, body: unknown) {
  return callApi(invitationsRoute.POST, { token, params: { orgId }, body });
}

async function membershipOf(orgId: string, userId: string) {
  const [row] = await withSystemScope((tx) =>
    tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))),
  );
  return row;
}

async function storedInvitation(id: string) {
  const [row] = await withSystemScope((tx) =>
    tx.select().from(invitations).where(eq(invitations.id, id)),
  );
  return row!;
}

describe("POST /orgs/{orgId}/invitations", () => {
  it("emails a 7-day link in the org's language and stores only the token's hash", async () => {
    const { org, team } = await orgWithTeam("Sallon Bukurie");
    await getDb().update(organizations).set({ locale: "sq" }).where(eq(organizations.id, org.id));
    const response = await invite(team.admin.token, org.id, {
      email: "Drita@Example.com",
      role: "manager",
    });
    expect(response.status).toBe(201);
    expect(response.body.message).toBe("Invitation sent.");
    const invitation = response.body.data;
    expect(invitation).toMatchObject({
      email: "drita@example.com",
      phone: null,
      role: "manager",
      status: "pending",
      acceptedAt: null,
      invitedBy: { id: team.admin.user.id, name: "Admin Person" },
    });
    const expiresIn = Date.parse(invitation.expiresAt) - Date.now();
    expect(Math.abs(expiresIn - 7 * DAY_MS)).toBeLessThan(60_000);

    const [sent] = await invitationMessages(invitation.id);
    expect(sent).toMatchObject({
      channel: "email",
      recipient: "drita@example.com",
      template: "org-invitation",
      locale: "sq",
      orgId: org.id,
      status: "queued",
    });
    const token = await latestInvitationToken(invitation.id);
    expect(token.length).toBeGreaterThanOrEqual(40);
    const stored = await storedInvitation(invitation.id);
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const email = await renderEmail(
      sent!.template,
      (sent!.metadata as { props: unknown }).props,
      "sq",
    );
    expect(email.subject).toBe("Admin Person ju ftoi në Sallon Bukurie në Callboard");
    expect(email.text).toContain("si Menaxher");
    expect(email.html).toContain(`/invite/${token}`);
  });

  it("texts the link to a phone number, normalized to E.164", async () => {
    const { org, team } = await orgWithTeam("Crew Co");
    const phone = albanianMobile();
    const spaced = `${phone.slice(0, 4)} ${phone.slice(4, 6)} ${phone.slice(6)}`;
    const response = await invite(team.owner.token, org.id, { phone: spaced, role: "worker" });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ phone, email: null, role: "worker" });
    const [sms] = await invitationMessages(response.body.data.id);
    expect(sms).toMatchObject({ channel: "sms", recipient: phone, locale: "en" });
    const token = await latestInvitationToken(response.body.data.id);
    expect(sms!.body).toBe(
      `Callboard: Olive Owner invited you to join Crew Co as Worker. Accept: ${appUrl()}/invite/${token}`,
    );
  });

  it("refreshes an open invitation of the same contact instead of adding one", async () => {
    const { org, team } = await orgWithTeam();
    const first = await invite(team.owner.token, org.id, {
      email: "twice@example.com",
      role: "worker",
    });
    const oldToken = await latestInvitationToken(first.body.data.id);
    const second = await invite(team.admin.token, org.id, {
      email: "TWICE@example.com",
      role: "steward",
    });
    expect(second.status).toBe(201);
    expect(second.body.message).toBe("Invitation sent again with a new link.");
    expect(second.body.data).toMatchObject({ id: first.body.data.id, role: "steward" });
    expect((await snapshotOrg(org.id)).invitations).toHaveLength(1);
    expect(await invitationMessages(first.body.data.id)).toHaveLength(2);
    // Only the newest link works.
    const stale = await callApi(previewRoute.GET, { params: { token: oldToken } });
    expect(stale.status).toBe(404);
    const fresh = await callApi(previewRoute.GET, {
      params: { token: await latestInvitationToken(first.body.data.id) },
    });
    expect(fresh.body.data).toMatchObject({ role: "steward", status: "pending" });
  });

  it("answers 409 when the person is already a member (by email or phone)", async () => {
    const { org, team } = await orgWithTeam();
    const phone = albanianMobile();
    await getDb().update(users).set({ phone }).where(eq(users.id, team.worker.user.id));
    const before = await snapshotOrg(org.id);
    const byEmail = await invite(team.owner.token, org.id, {
      email: team.member.user.email!.toUpperCase(),
      role: "manager",
    });
    expect(byEmail.status).toBe(409);
    expect(byEmail.body.message).toBe("This person is already a member of the organization.");
    const byPhone = await invite(team.owner.token, org.id, { phone, role: "manager" });
    expect(byPhone.status).toBe(409);
    expect(byPhone.body.errors).toHaveProperty("phone");
    expect(await snapshotOrg(org.id)).toEqual(before);
  });

  it("refuses bad input with field errors, stores and sends nothing", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    const sentBefore = await getDb().$count(messages);
    const cases: Array<[unknown, string[]]> = [
      [{ role: "worker" }, ["email"]],
      [{ email: "a@example.com", phone: albanianMobile(), role: "worker" }, ["phone"]],
      [{ email: "not-an-email", role: "worker" }, ["email"]],
      [{ phone: "12", role: "worker" }, ["phone"]],
      [{ email: "a@example.com", role: "emperor" }, ["role"]],
      [{ email: "a@example.com" }, ["role"]],
      [{ email: "a@example.com", role: "worker", note: "hi" }, ["body"]],
    ];
    for (const [body, fields] of cases) {
      const response = await invite(team.owner.token, org.id, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(response.body.errors)).toEqual(fields);
    }
    expect(await snapshotOrg(org.id)).toEqual(before);
    expect(await getDb().$count(messages)).toBe(sentBefore);
  });

  it("does not let anyone invite above their own role (403)", async () => {
    const { org, team } = await orgWithTeam();
    const before = await snapshotOrg(org.id);
    const response = await invite(team.admin.token, org.id, {
      email: "boss@example.com",
      role: "owner",
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe("You cannot give or manage a role above your own.");
    expect(await snapshotOrg(org.id)).toEqual(before);
    expect(
      (await invite(team.owner.token, org.id, { email: "boss@example.com", role: "owner" })).status,
    ).toBe(201);
  });

  it("refuses a number that opted out of texts (409) and keeps nothing", async () => {
    const { org, team } = await orgWithTeam();
    const phone = albanianMobile();
    await optOut(phone, "STOP");
    const before = await snapshotOrg(org.id);
    const response = await invite(team.owner.token, org.id, { phone, role: "worker" });
    expect(response.status).toBe(409);
    expect(response.body.errors).toHaveProperty("phone");
    expect(await snapshotOrg(org.id)).toEqual(before);
  });
});

describe("GET /orgs/{orgId}/invitations", () => {
  it("lists newest first with a status filter and paging", async () => {
    const { org, team } = await orgWithTeam();
    const ids: string[] = [];
    for (const email of ["one@example.com", "two@example.com", "three@example.com"]) {
      ids.push((await invite(team.owner.token, org.id, { email, role: "worker" })).body.data.id);
    }
    await callApi(invitationRoute.DELETE, {
      token: team.owner.token,
      params: { orgId: org.id, invitationId: ids[0]! },
    });
    const list = (query: Record<string, string> = {}) =>
      callApi(invitationsRoute.GET, { token: team.admin.token, params: { orgId: org.id }, query });

    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body.meta).toEqual({ page: 1, pageSize: 25, total: 3 });
    expect(all.body.data.map((row: { id: string }) => row.id)).toEqual([...ids].reverse());
    const pending = await list({ status: "pending" });
    expect(pending.body.data.map((row: { id: string }) => row.id)).toEqual([ids[2], ids[1]]);
    const revoked = await list({ status: "revoked" });
    expect(revoked.body.data).toEqual([expect.objectContaining({ id: ids[0], status: "revoked" })]);
    const paged = await list({ pageSize: "1", page: "3" });
    expect(paged.body.data.map((row: { id: string }) => row.id)).toEqual([ids[0]]);
    expect((await list({ status: "lost" })).status).toBe(422);
  });
});

describe("DELETE /orgs/{orgId}/invitations/{invitationId}", () => {
  it("revokes: the link stops working (410), revoking again changes nothing", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "gone@example.com",
      role: "worker",
    });
    const id = created.body.data.id;
    const token = await latestInvitationToken(id);
    const revoke = () =>
      callApi(invitationRoute.DELETE, {
        token: team.admin.token,
        params: { orgId: org.id, invitationId: id },
      });

    const first = await revoke();
    expect(first.status).toBe(200);
    expect(first.body.data.status).toBe("revoked");
    const revokedAt = (await storedInvitation(id)).revokedAt;
    expect(revokedAt).not.toBeNull();
    expect((await revoke()).status).toBe(200);
    expect((await storedInvitation(id)).revokedAt).toEqual(revokedAt);

    const preview = await callApi(previewRoute.GET, { params: { token } });
    expect(preview.body.data.status).toBe("revoked");
    const invitee = await signedInUser({ email: "gone@example.com" });
    const accept = await callApi(acceptRoute.POST, { token: invitee.token, params: { token } });
    expect(accept.status).toBe(410);
    expect(accept.body.message).toBe("This invitation was revoked.");
    expect(await membershipOf(org.id, invitee.user.id)).toBeUndefined();
  });

  it("cannot revoke an accepted invitation (409)", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "in@example.com",
      role: "worker",
    });
    const invitee = await signedInUser();
    await callApi(acceptRoute.POST, {
      token: invitee.token,
      params: { token: await latestInvitationToken(created.body.data.id) },
    });
    const response = await callApi(invitationRoute.DELETE, {
      token: team.owner.token,
      params: { orgId: org.id, invitationId: created.body.data.id },
    });
    expect(response.status).toBe(409);
    expect(await membershipOf(org.id, invitee.user.id)).toBeDefined();
  });
});

describe("POST /orgs/{orgId}/invitations/{invitationId}/resend", () => {
  it("sends a new link with a new expiry; the old link stops working", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-03-01T09:00:00Z"));
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "again@example.com",
      role: "worker",
    });
    const id = created.body.data.id;
    const oldToken = await latestInvitationToken(id);

    vi.setSystemTime(new Date("2030-03-03T09:00:00Z"));
    const response = await callApi(resendRoute.POST, {
      token: await freshToken(team.admin.user),
      params: { orgId: org.id, invitationId: id },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.expiresAt).toBe("2030-03-10T09:00:00.000Z");
    expect(response.body.data.lastSentAt).toBe("2030-03-03T09:00:00.000Z");
    const newToken = await latestInvitationToken(id);
    expect(newToken).not.toBe(oldToken);
    expect((await callApi(previewRoute.GET, { params: { token: oldToken } })).status).toBe(404);
    expect((await callApi(previewRoute.GET, { params: { token: newToken } })).status).toBe(200);
  });

  it("refuses revoked and accepted invitations (409)", async () => {
    const { org, team } = await orgWithTeam();
    const revoked = await invite(team.owner.token, org.id, {
      email: "r@example.com",
      role: "worker",
    });
    await callApi(invitationRoute.DELETE, {
      token: team.owner.token,
      params: { orgId: org.id, invitationId: revoked.body.data.id },
    });
    const accepted = await invite(team.owner.token, org.id, {
      email: "a@example.com",
      role: "worker",
    });
    await callApi(acceptRoute.POST, {
      token: (await signedInUser()).token,
      params: { token: await latestInvitationToken(accepted.body.data.id) },
    });
    for (const id of [revoked.body.data.id, accepted.body.data.id]) {
      const response = await callApi(resendRoute.POST, {
        token: team.owner.token,
        params: { orgId: org.id, invitationId: id },
      });
      expect(response.status).toBe(409);
      expect(await invitationMessages(id)).toHaveLength(1);
    }
  });

  it("limits resends of one invitation (429 with Retry-After)", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "spam@example.com",
      role: "worker",
    });
    const resend = () =>
      callApi(resendRoute.POST, {
        token: team.owner.token,
        params: { orgId: org.id, invitationId: created.body.data.id },
      });
    for (let i = 0; i < 5; i++) expect((await resend()).status).toBe(200);
    const limited = await resend();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await invitationMessages(created.body.data.id)).toHaveLength(6);
  });
});

describe("GET /invitations/{token}", () => {
  it("previews an invitation publicly, with the contact masked", async () => {
    const { org, team } = await orgWithTeam("Preview Org");
    const created = await invite(team.admin.token, org.id, {
      email: "arta.k@example.com",
      role: "manager",
    });
    const token = await latestInvitationToken(created.body.data.id);
    const response = await callApi(previewRoute.GET, { params: { token } });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      orgName: "Preview Org",
      role: "manager",
      invitedByName: "Admin Person",
      email: "ar***@example.com",
      phone: null,
      status: "pending",
      expiresAt: created.body.data.expiresAt,
      hasAccount: false,
    });
    await signedInUser({ email: "arta.k@example.com" });
    expect((await callApi(previewRoute.GET, { params: { token } })).body.data.hasAccount).toBe(
      true,
    );
  });

  it("masks a phone invitation", async () => {
    const { org, team } = await orgWithTeam();
    const phone = albanianMobile();
    const created = await invite(team.owner.token, org.id, { phone, role: "worker" });
    const response = await callApi(previewRoute.GET, {
      params: { token: await latestInvitationToken(created.body.data.id) },
    });
    expect(response.body.data.phone).toBe(`+355*******${phone.slice(-2)}`);
    expect(response.body.data.email).toBeNull();
  });

  it("answers 404 for an unknown token", async () => {
    for (const token of ["nope", "x".repeat(43)]) {
      const response = await callApi(previewRoute.GET, { params: { token } });
      expect(response.status).toBe(404);
    }
  });
});

describe("POST /invitations/{token}/accept", () => {
  it("makes the signed-in user a member and says where they land", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "m@example.com",
      role: "manager",
    });
    const token = await latestInvitationToken(created.body.data.id);
    const invitee = await signedInUser({ email: "m@example.com" });
    const response = await callApi(acceptRoute.POST, { token: invitee.token, params: { token } });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ orgId: org.id, role: "manager", landing: "/manage" });
    expect(await membershipOf(org.id, invitee.user.id)).toMatchObject({ role: "manager" });
    expect(await storedInvitation(created.body.data.id)).toMatchObject({
      acceptedBy: invitee.user.id,
      acceptedAt: expect.any(Date),
    });
    const preview = await callApi(previewRoute.GET, { params: { token } });
    expect(preview.body.data.status).toBe("accepted");

    // A used link cannot be used again, by anyone.
    const other = await signedInUser();
    const reuse = await callApi(acceptRoute.POST, { token: other.token, params: { token } });
    expect(reuse.status).toBe(409);
    expect(reuse.body.message).toBe("This invitation has already been used.");
    expect(await membershipOf(org.id, other.user.id)).toBeUndefined();
  });

  it("sends a worker to /work", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      phone: albanianMobile(),
      role: "worker",
    });
    const invitee = await signedInUser();
    const response = await callApi(acceptRoute.POST, {
      token: invitee.token,
      params: { token: await latestInvitationToken(created.body.data.id) },
    });
    expect(response.body.data).toEqual({ orgId: org.id, role: "worker", landing: "/work" });
  });

  it("answers 409 to someone already a member and keeps their role and the invitation", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "x@example.com",
      role: "admin",
    });
    const token = await latestInvitationToken(created.body.data.id);
    const response = await callApi(acceptRoute.POST, {
      token: team.worker.token,
      params: { token },
    });
    expect(response.status).toBe(409);
    expect(await membershipOf(org.id, team.worker.user.id)).toMatchObject({ role: "worker" });
    expect((await storedInvitation(created.body.data.id)).acceptedAt).toBeNull();
  });

  it("lets only one of two simultaneous accepts through", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "race@example.com",
      role: "worker",
    });
    const token = await latestInvitationToken(created.body.data.id);
    const [a, b] = await Promise.all([signedInUser(), signedInUser()]);
    const responses = await Promise.all(
      [a, b].map((user) => callApi(acceptRoute.POST, { token: user.token, params: { token } })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect((await snapshotOrg(org.id)).memberships).toHaveLength(7);
  });

  it("answers 401 without a token and 404 for an unknown link", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "y@example.com",
      role: "worker",
    });
    const token = await latestInvitationToken(created.body.data.id);
    expect((await callApi(acceptRoute.POST, { params: { token } })).status).toBe(401);
    const user = await signedInUser();
    expect(
      (await callApi(acceptRoute.POST, { token: user.token, params: { token: "unknown-token" } }))
        .status,
    ).toBe(404);
    expect((await storedInvitation(created.body.data.id)).acceptedAt).toBeNull();
  });

  it("expires after 7 days (410) until it is sent again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-05-01T12:00:00Z"));
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "late@example.com",
      role: "worker",
    });
    const token = await latestInvitationToken(created.body.data.id);
    expect(created.body.data.expiresAt).toBe(
      new Date(Date.parse("2030-05-01T12:00:00Z") + INVITATION_TTL_MS).toISOString(),
    );

    vi.setSystemTime(new Date("2030-05-08T11:59:00Z"));
    expect((await callApi(previewRoute.GET, { params: { token } })).body.data.status).toBe(
      "pending",
    );
    vi.setSystemTime(new Date("2030-05-08T12:00:01Z"));
    expect((await callApi(previewRoute.GET, { params: { token } })).body.data.status).toBe(
      "expired",
    );
    const invitee = await signedInUser({ email: "late@example.com" });
    const accept = await callApi(acceptRoute.POST, { token: invitee.token, params: { token } });
    expect(accept.status).toBe(410);
    expect(accept.body.message).toBe(
      "This invitation has expired. Ask the person who invited you to send it again.",
    );
    expect(await membershipOf(org.id, invitee.user.id)).toBeUndefined();
    await expect(
      acceptInvitationAsNewUser(token, {
        name: "Late",
        password: "long enough pass",
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 410 });

    const ownerToken = await freshToken(team.owner.user);
    const expired = await callApi(invitationsRoute.GET, {
      token: ownerToken,
      params: { orgId: org.id },
      query: { status: "expired" },
    });
    expect(expired.body.data.map((row: { id: string }) => row.id)).toEqual([created.body.data.id]);

    // Sent again, it works for 7 more days.
    const resent = await callApi(resendRoute.POST, {
      token: ownerToken,
      params: { orgId: org.id, invitationId: created.body.data.id },
    });
    expect(resent.status).toBe(200);
    const again = await callApi(acceptRoute.POST, {
      token: invitee.token,
      params: { token: await latestInvitationToken(created.body.data.id) },
    });
    expect(again.status).toBe(200);
  });
});

describe("acceptInvitationAsNewUser", () => {
  it("creates the invited account already verified and makes it a member", async () => {
    const { org, team } = await orgWithTeam();
    const created = await invite(team.owner.token, org.id, {
      email: "Fresh@Example.com",
      role: "steward",
    });
    const token = await latestInvitationToken(created.body.data.id);
    const { user, membership } = await acceptInvitationAsNewUser(token, {
      name: "Fresh Person",
      password: "a long password",
      locale: "sq",
    });
    expect(user).toMatchObject({
      email: "fresh@example.com",
      name: "Fresh Person",
      locale: "sq",
      emailVerifiedAt: expect.any(Date),
    });
    expect(await verifyPassword(user.passwordHash, "a long password")).toBe(true);
    expect(membership).toEqual({ orgId: org.id, role: "steward", landing: "/manage" });
    expect(await membershipOf(org.id, user.id)).toMatchObject({ role: "steward" });
    expect((await storedInvitation(created.body.data.id)).acceptedBy).toBe(user.id);
    // The link is spent.
    await expect(
      acceptInvitationAsNewUser(token, {
        name: "Again",
        password: "a long password",
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("verifies the phone of a phone invitation", async () => {
    const { org, team } = await orgWithTeam();
    const phone = albanianMobile();
    const created = await invite(team.owner.token, org.id, { phone, role: "worker" });
    const { user } = await acceptInvitationAsNewUser(
      await latestInvitationToken(created.body.data.id),
      {
        name: "Phone Person",
        password: "a long password",
        locale: "en",
      },
    );
    expect(user).toMatchObject({ phone, email: null, phoneVerifiedAt: expect.any(Date) });
  });

  it("refuses when an account with the address exists (409): sign in instead", async () => {
    const { org, team } = await orgWithTeam();
    await signedInUser({ email: "taken@example.com" });
    const created = await invite(team.owner.token, org.id, {
      email: "taken@example.com",
      role: "worker",
    });
    const usersBefore = await getDb().$count(users);
    await expect(
      acceptInvitationAsNewUser(await latestInvitationToken(created.body.data.id), {
        name: "Dup",
        password: "a long password",
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 409, messageKey: "tenancy.accountExists" });
    expect(await getDb().$count(users)).toBe(usersBefore);
    expect((await storedInvitation(created.body.data.id)).acceptedAt).toBeNull();
  });
});

/** A new access token for an existing user, issued at the current (possibly fake) time. */
async function freshToken(user: UserRow): Promise<string> {
  return (await issueApiTokens(user, "password", {})).accessToken;
}
