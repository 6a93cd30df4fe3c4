import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as orgsRoute from "@/app/api/v1/orgs/route";
import * as orgRoute from "@/app/api/v1/orgs/[orgId]/route";
import { getDb } from "@/db/client";
import { invitations, memberships, organizations } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { addMember, createOrg, signedInUser } from "@/lib/testing/factories";
import { resolveOrgContext } from "./context";
import { createInvitation } from "./invitations.service";
import { listMembershipOrgIds } from "./orgs.queries";
import { withSystemScope } from "./scope";
import { snapshotOrg } from "./testing";

describe("POST /orgs", () => {
  it("creates an org with the caller as owner and answers 201 with data.id", async () => {
    const { user, token } = await signedInUser({ locale: "sq", timeZone: "Europe/Tirane" });
    const response = await callApi(orgsRoute.POST, { token, body: { name: "Studio Arta" } });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      name: "Studio Arta",
      slug: "studio-arta",
      role: "owner",
      locale: "sq",
      timeZone: "Europe/Tirane",
      currency: "USD",
    });
    const rows = await withSystemScope((tx) =>
      tx.select().from(memberships).where(eq(memberships.orgId, response.body.data.id)),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        userId: user.id,
        role: "owner",
        id: response.body.data.membershipId,
      }),
    ]);
  });

  it("makes generated slugs unique and keeps accents readable", async () => {
    const { token } = await signedInUser();
    const slugs = [];
    for (let i = 0; i < 3; i++) {
      const response = await callApi(orgsRoute.POST, {
        token,
        body: { name: "Kafe Ëmbël Çelësi" },
      });
      expect(response.status).toBe(201);
      slugs.push(response.body.data.slug);
    }
    expect(slugs).toEqual(["kafe-embel-celesi", "kafe-embel-celesi-2", "kafe-embel-celesi-3"]);
  });

  it("gives concurrent creators of the same name different slugs", async () => {
    const { token } = await signedInUser();
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        callApi(orgsRoute.POST, { token, body: { name: "Race Org" } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(responses.map((response) => response.body.data.slug)).size).toBe(4);
  });

  it("accepts a chosen slug and settings, and refuses a taken slug with 409", async () => {
    const { token } = await signedInUser();
    const body = { name: "Tirana Events", slug: "tirana-events", currency: "EUR", locale: "en" };
    const first = await callApi(orgsRoute.POST, { token, body });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ slug: "tirana-events", currency: "EUR" });
    const count = await getDb().$count(organizations);
    const second = await callApi(orgsRoute.POST, { token, body });
    expect(second.status).toBe(409);
    expect(second.body.errors).toHaveProperty("slug");
    expect(await getDb().$count(organizations)).toBe(count);
  });

  it("refuses bad input with field errors and creates nothing", async () => {
    const { token } = await signedInUser();
    const count = await getDb().$count(organizations);
    const response = await callApi(orgsRoute.POST, {
      token,
      body: {
        name: "x",
        slug: "Not A Slug",
        timeZone: "Mars/Olympus",
        currency: "EURO",
        locale: "de",
        extra: true,
      },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors).sort()).toEqual(
      ["body", "currency", "locale", "name", "slug", "timeZone"].sort(),
    );
    expect(await getDb().$count(organizations)).toBe(count);
  });

  it("answers 401 without a token", async () => {
    expect((await callApi(orgsRoute.POST, { body: { name: "Nope Org" } })).status).toBe(401);
    expect((await callApi(orgsRoute.GET)).status).toBe(401);
  });
});

describe("GET /orgs", () => {
  it("lists the caller's orgs with their role in each, and nothing else", async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    const mine = await createOrg(alice.user, { name: "A Org" });
    const theirs = await createOrg(bob.user, { name: "B Org" });
    await addMember(theirs.id, alice.user, "worker");
    await createOrg(bob.user, { name: "C Org" });

    const response = await callApi(orgsRoute.GET, { token: alice.token });
    expect(response.status).toBe(200);
    expect(
      response.body.data.map((org: { id: string; role: string }) => [org.id, org.role]),
    ).toEqual([
      [mine.id, "owner"],
      [theirs.id, "worker"],
    ]);
    expect((await listMembershipOrgIds(alice.user.id)).sort()).toEqual([mine.id, theirs.id].sort());
  });
});

describe("GET /orgs/{orgId}", () => {
  it("shows the org to a member", async () => {
    const owner = await signedInUser();
    const worker = await signedInUser();
    const org = await createOrg(owner.user);
    await addMember(org.id, worker.user, "worker");
    const response = await callApi(orgRoute.GET, {
      token: worker.token,
      params: { orgId: org.id },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ id: org.id, name: org.name, role: "worker" });
  });

  it("answers 404 to non-members, for unknown ids and for malformed ids", async () => {
    const owner = await signedInUser();
    const stranger = await signedInUser();
    const org = await createOrg(owner.user);
    for (const orgId of [org.id, crypto.randomUUID(), "not-a-uuid"]) {
      const response = await callApi(orgRoute.GET, { token: stranger.token, params: { orgId } });
      expect(response.status).toBe(404);
      expect(response.body.data).toBeUndefined();
      expect(response.body.message).toBe("Organization not found.");
    }
  });
});

describe("PATCH /orgs/{orgId}", () => {
  it("saves settings for an admin", async () => {
    const owner = await signedInUser();
    const admin = await signedInUser();
    const org = await createOrg(owner.user);
    await addMember(org.id, admin.user, "admin");
    const response = await callApi(orgRoute.PATCH, {
      token: admin.token,
      params: { orgId: org.id },
      body: { name: "Renamed", timeZone: "America/New_York", currency: "ALL", locale: "sq" },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      name: "Renamed",
      timeZone: "America/New_York",
      currency: "ALL",
      locale: "sq",
      role: "admin",
    });
  });

  it("refuses a slug another org has with 409, and bad or empty input with 422", async () => {
    const owner = await signedInUser();
    const org = await createOrg(owner.user);
    const other = await createOrg(owner.user);
    const before = await snapshotOrg(org.id);
    const taken = await callApi(orgRoute.PATCH, {
      token: owner.token,
      params: { orgId: org.id },
      body: { slug: other.slug },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toHaveProperty("slug");
    for (const body of [{}, { currency: "XXXX" }, { timeZone: "Nowhere/City" }, { logo: "x" }]) {
      const response = await callApi(orgRoute.PATCH, {
        token: owner.token,
        params: { orgId: org.id },
        body,
      });
      expect(response.status).toBe(422);
    }
    expect(await snapshotOrg(org.id)).toEqual(before);
  });

  it("keeps its own slug without complaint", async () => {
    const owner = await signedInUser();
    const org = await createOrg(owner.user);
    const response = await callApi(orgRoute.PATCH, {
      token: owner.token,
      params: { orgId: org.id },
      body: { slug: org.slug },
    });
    expect(response.status).toBe(200);
  });
});

describe("DELETE /orgs/{orgId}", () => {
  it("deletes the org with its memberships and invitations", async () => {
    const owner = await signedInUser();
    const worker = await signedInUser();
    const org = await createOrg(owner.user);
    const keep = await createOrg(worker.user);
    await addMember(org.id, worker.user, "worker");
    const context = await resolveOrgContext({ user: owner.user, sessionId: "" }, org.id);
    await createInvitation(context, { email: "later@example.com", role: "manager" });

    const response = await callApi(orgRoute.DELETE, {
      token: owner.token,
      params: { orgId: org.id },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ id: org.id });
    const after = await snapshotOrg(org.id);
    expect(after).toEqual({ org: [], memberships: [], invitations: [] });
    // Other orgs are untouched.
    expect((await snapshotOrg(keep.id)).memberships).toHaveLength(1);
    const leftovers = await withSystemScope((tx) =>
      tx.select().from(invitations).where(eq(invitations.orgId, org.id)),
    );
    expect(leftovers).toEqual([]);
  });
});
