import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { invitations, memberships, organizations, users } from "@/db/schema";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/identity/viewer";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { withSystemScope } from "@/lib/tenancy/scope";
import { latestInvitationToken, orgWithTeam } from "@/lib/tenancy/testing";
import { createOrg, createUser } from "@/lib/testing/factories";

// The browser's cookie jar and signed-in viewer, as Next.js would give them to an action.
const jar = new Map<string, string>();
let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (options: string | { name: string }) =>
      void jar.delete(typeof options === "string" ? options : options.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({
  getWebViewer: async () => viewer,
  completeWebSignIn: vi.fn(async (_userId: string, _method: string, to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  }),
}));

const { createOrganization, switchActiveOrg } = await import("./actions");
const { deleteOrganization, leaveOrganization, transferOrgOwnership, updateOrganization } =
  await import("./settings/organization/actions");
const { changeTeamMemberRole, inviteTeamMember, removeTeamMember, revokeTeamInvitation } =
  await import("./settings/team/actions");
const { createAccountAndJoin, joinOrganization } =
  await import("@/app/(auth)/invite/[token]/actions");
const { completeWebSignIn } = await import("@/lib/identity/web-session");

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function submit<T>(action: Action<T>, fields: Record<string, string> = {}) {
  return action(idle as FormState<T>, form(fields));
}

/** The path an action redirected to (Next.js redirects by throwing). */
async function redirectOf<T>(action: Action<T>, fields: Record<string, string> = {}) {
  const error = await submit(action, fields).then(
    (state) => new Error(`no redirect: ${JSON.stringify(state)}`),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string }).digest ?? String(error);
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2];
}

function signIn(user: typeof users.$inferSelect, activeOrgId?: string) {
  viewer = { user, sessionId: "web-session" };
  jar.clear();
  if (activeOrgId) jar.set(ACTIVE_ORG_COOKIE, activeOrgId);
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

beforeEach(() => {
  viewer = null;
  jar.clear();
});

describe("organizations from the dashboard", () => {
  it("creates an organization, makes it active and opens /manage", async () => {
    const founder = await createUser({ name: "Arta Founder" });
    signIn(founder);
    const landing = await redirectOf(createOrganization, {
      name: "Studio Arta",
      timeZone: "Europe/Tirane",
      currency: "EUR",
      locale: "sq",
    });
    expect(landing).toBe("/manage");
    const orgId = jar.get(ACTIVE_ORG_COOKIE)!;
    const [org] = await withSystemScope((tx) =>
      tx.select().from(organizations).where(eq(organizations.id, orgId)),
    );
    expect(org).toMatchObject({
      name: "Studio Arta",
      timeZone: "Europe/Tirane",
      currency: "EUR",
      locale: "sq",
    });
    expect(await roleOf(orgId, founder.id)).toBe("owner");
  });

  it("answers a bad name with a field error and creates nothing", async () => {
    signIn(await createUser());
    const state = await submit(createOrganization, { name: "A", currency: "EURO" });
    expect(state).toMatchObject({ status: "error" });
    const errors = state.status === "error" ? state.fieldErrors : undefined;
    expect(Object.keys(errors ?? {}).sort()).toEqual(["currency", "name"]);
    expect(jar.has(ACTIVE_ORG_COOKIE)).toBe(false);
  });

  it("switches only to an organization the viewer belongs to", async () => {
    const owner = await createUser();
    const mine = await createOrg(owner);
    const theirs = await createOrg(await createUser());
    signIn(owner);
    expect(await submit(switchActiveOrg, { orgId: theirs.id })).toMatchObject({
      status: "error",
      message: "Organization not found.",
    });
    expect(jar.has(ACTIVE_ORG_COOKIE)).toBe(false);
    expect(await submit(switchActiveOrg, { orgId: mine.id })).toMatchObject({
      status: "success",
    });
    expect(jar.get(ACTIVE_ORG_COOKIE)).toBe(mine.id);
  });

  it("saves settings for admins and refuses managers", async () => {
    const { org, team } = await orgWithTeam("Settings Co");
    signIn(team.manager.user, org.id);
    expect(await submit(updateOrganization, { name: "Renamed" })).toMatchObject({
      status: "error",
      message: "Your role in this organization does not allow this.",
    });
    signIn(team.admin.user, org.id);
    expect(
      await submit(updateOrganization, { name: "Renamed", slug: "renamed-co", currency: "ALL" }),
    ).toMatchObject({ status: "success", data: { name: "Renamed", slug: "renamed-co" } });
  });

  it("deletes only when the name is typed out", async () => {
    const { org, team } = await orgWithTeam("Doomed Events");
    signIn(team.owner.user, org.id);
    const wrong = await submit(deleteOrganization, { confirmName: "Doomed" });
    expect(wrong).toMatchObject({
      status: "error",
      fieldErrors: { confirmName: [expect.any(String)] },
    });
    expect(await redirectOf(deleteOrganization, { confirmName: "Doomed Events" })).toBe("/manage");
    expect(jar.has(ACTIVE_ORG_COOKIE)).toBe(false);
    const left = await withSystemScope((tx) =>
      tx.select().from(organizations).where(eq(organizations.id, org.id)),
    );
    expect(left).toHaveLength(0);
  });

  it("tells the last owner to transfer ownership before leaving; then they can", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.owner.user, org.id);
    expect(await submit(leaveOrganization)).toMatchObject({
      status: "error",
      message: "You are the only owner: transfer ownership before you leave.",
    });
    expect(await submit(transferOrgOwnership, { memberId: team.admin.membershipId })).toMatchObject(
      { status: "success" },
    );
    expect(await redirectOf(leaveOrganization)).toBe("/continue");
    expect(await roleOf(org.id, team.owner.user.id)).toBeNull();
    expect(await roleOf(org.id, team.admin.user.id)).toBe("owner");
  });
});

describe("team", () => {
  it("changes roles and removes members within the viewer's rank", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.admin.user, org.id);
    expect(
      await submit(changeTeamMemberRole, { memberId: team.worker.membershipId, role: "manager" }),
    ).toMatchObject({ status: "success", data: { role: "manager" } });
    expect(
      await submit(changeTeamMemberRole, { memberId: team.worker.membershipId, role: "owner" }),
    ).toMatchObject({
      status: "error",
      message: "You cannot give or manage a role above your own.",
    });
    expect(await submit(removeTeamMember, { memberId: team.steward.membershipId })).toMatchObject({
      status: "success",
    });
    expect(await roleOf(org.id, team.steward.user.id)).toBeNull();
  });

  it("invites by email from the form with its method switch, and revokes", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.owner.user, org.id);
    const sent = await submit(inviteTeamMember, {
      contactMethod: "email",
      email: "New.Manager@Example.com",
      role: "manager",
    });
    expect(sent).toMatchObject({
      status: "success",
      message: "Invitation sent.",
      data: { email: "new.manager@example.com", role: "manager", status: "pending" },
    });
    const invitationId = sent.status === "success" ? sent.data.id : "";
    expect(await submit(revokeTeamInvitation, { invitationId })).toMatchObject({
      status: "success",
      data: { status: "revoked" },
    });
  });

  it("asks for a contact and refuses members without invitations.write", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.owner.user, org.id);
    expect(
      await submit(inviteTeamMember, { contactMethod: "email", role: "worker" }),
    ).toMatchObject({ status: "error", fieldErrors: { email: [expect.any(String)] } });
    signIn(team.manager.user, org.id);
    expect(
      await submit(inviteTeamMember, { email: "someone@example.com", role: "worker" }),
    ).toMatchObject({
      status: "error",
      message: "Your role in this organization does not allow this.",
    });
  });
});

describe("invitation page", () => {
  async function invite(role: "manager" | "worker", email: string) {
    const { org, team } = await orgWithTeam("Invite Events");
    signIn(team.owner.user, org.id);
    const sent = await submit(inviteTeamMember, { email, role });
    if (sent.status !== "success") throw new Error(JSON.stringify(sent));
    viewer = null;
    jar.clear();
    return { org, token: await latestInvitationToken(sent.data.id) };
  }

  it("lets a signed-in user join and lands them in /manage with the org active", async () => {
    const { org, token } = await invite("manager", "existing@example.com");
    const member = await createUser({ email: "existing@example.com" });
    signIn(member);
    expect(await redirectOf(joinOrganization, { token })).toBe("/manage");
    expect(jar.get(ACTIVE_ORG_COOKIE)).toBe(org.id);
    expect(await roleOf(org.id, member.id)).toBe("manager");
  });

  it("creates the invited account, joins and signs in", async () => {
    const { org, token } = await invite("manager", "brand.new@example.com");
    const landing = await redirectOf(createAccountAndJoin, {
      token,
      name: "Besa New",
      password: "a long enough password",
      locale: "sq",
    });
    expect(landing).toBe("/manage");
    const [created] = await getDb()
      .select()
      .from(users)
      .where(eq(users.email, "brand.new@example.com"));
    expect(created).toMatchObject({ name: "Besa New", locale: "sq" });
    expect(created!.emailVerifiedAt).not.toBeNull();
    expect(vi.mocked(completeWebSignIn)).toHaveBeenCalledWith(created!.id, "password", "/manage");
    expect(jar.get(ACTIVE_ORG_COOKIE)).toBe(org.id);
    expect(await roleOf(org.id, created!.id)).toBe("manager");
  });

  it("answers a short password with a field error and accepts nothing", async () => {
    const { token } = await invite("worker", "short.pass@example.com");
    const state = await submit(createAccountAndJoin, {
      token,
      name: "Short",
      password: "short",
      locale: "en",
    });
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { password: [expect.any(String)] },
    });
    const [row] = await withSystemScope((tx) =>
      tx.select().from(invitations).where(eq(invitations.email, "short.pass@example.com")),
    );
    expect(row!.acceptedAt).toBeNull();
  });
});
