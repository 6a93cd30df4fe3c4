import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { hashPassword } from "@/lib/identity/passwords";
import { issueApiTokens } from "@/lib/identity/sessions.service";
import type { UserRow } from "@/lib/identity/users.queries";
import type { OrgRole } from "@/lib/tenancy/permissions";
import { withSystemScope } from "@/lib/tenancy/scope";

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

function unique(): string {
  return randomBytes(4).toString("hex");
}

/** A verified user with TEST_PASSWORD (hashed once per file: argon2 is slow on purpose). */
export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await getDb()
    .insert(users)
    .values({
      email: `user-${unique()}@example.com`,
      emailVerifiedAt: new Date(),
      passwordHash: await cachedHash,
      name: "Test User",
      ...overrides,
    })
    .returning();
  return user!;
}

/** An organization with `owner` as its owner. */
export async function createOrg(owner: UserRow, overrides: { name?: string } = {}) {
  return withSystemScope(async (tx) => {
    const name = overrides.name ?? `Org ${unique()}`;
    const [org] = await tx
      .insert(organizations)
      .values({ name, slug: `org-${unique()}`, createdBy: owner.id })
      .returning();
    await tx.insert(memberships).values({ orgId: org!.id, userId: owner.id, role: "owner" });
    return org!;
  });
}

export async function addMember(orgId: string, user: UserRow, role: OrgRole) {
  return withSystemScope(async (tx) => {
    const [row] = await tx.insert(memberships).values({ orgId, userId: user.id, role }).returning();
    return row!;
  });
}

/** A user with a live API session: `token` goes in `Authorization: Bearer …`. */
export async function signedInUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const user = await createUser(overrides);
  const tokens = await issueApiTokens(user, "password", { userAgent: "vitest" });
  return { user, token: tokens.accessToken, refreshToken: tokens.refreshToken };
}
