import { eq } from "drizzle-orm";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { DELETE as deleteMe, GET as getMe } from "@/app/api/v1/me/route";
import { getDb } from "@/db/client";
import {
  authSessions,
  devices,
  memberships,
  messages,
  oauthAccounts,
  organizations,
  pushSubscriptions,
  recoveryCodes,
  users,
} from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { sealSecret } from "@/lib/identity/crypto";
import { getFile, putFile, randomStorageKey } from "@/lib/storage";
import { callApi } from "@/lib/testing/api";
import { addMember, createOrg, signedInUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { uniquePhone } from "./account-testing";

let storageRoot: string;

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "callboard-deletion-"));
  vi.stubEnv("STORAGE_DIR", storageRoot);
  forgetEnv();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  forgetEnv();
  await rm(storageRoot, { recursive: true, force: true });
});

async function userRow(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row!;
}

async function membershipsOf(userId: string) {
  return withSystemScope((tx) =>
    tx.select().from(memberships).where(eq(memberships.userId, userId)),
  );
}

async function orgExists(orgId: string) {
  const rows = await getDb()
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return rows.length === 1;
}

/** A signed-in user with everything an account can accumulate. */
async function fullAccount() {
  const phone = uniquePhone();
  const avatarKey = randomStorageKey("avatars/test", "png");
  await putFile(avatarKey, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
  const account = await signedInUser({
    phone,
    phoneVerifiedAt: new Date(),
    company: "Drita Catering",
    jobTitle: "Manager",
    avatarKey,
    latitude: 41.33,
    longitude: 19.82,
    totpSecret: sealSecret("JBSWY3DPEHPK3PXP"),
    totpEnabledAt: new Date(),
  });
  const userId = account.user.id;
  await getDb()
    .insert(oauthAccounts)
    .values({ userId, provider: "google", providerAccountId: `g-${userId}` });
  await getDb()
    .insert(recoveryCodes)
    .values({ userId, codeHash: `hash-${userId}` });
  await getDb()
    .insert(pushSubscriptions)
    .values({ userId, endpoint: `https://push.example/${userId}`, p256dh: "k", auth: "a" });
  await getDb()
    .insert(devices)
    .values({ userId, platform: "ios", token: `fcm-${userId}` });
  // A business record that names the user: it must survive, still pointing at them.
  const [message] = await getDb()
    .insert(messages)
    .values({
      channel: "email",
      recipient: "customer@example.com",
      template: "contact-received",
      locale: "en",
      relatedType: "user",
      relatedId: userId,
    })
    .returning();
  return { ...account, phone, avatarKey, messageId: message!.id };
}

describe("DELETE /me", () => {
  it("anonymises the account and removes its sign-ins, devices and memberships", async () => {
    const { user, token, phone, avatarKey, messageId } = await fullAccount();
    expect(await getFile(avatarKey)).not.toBeNull();
    const soloOrg = await createOrg(user);
    const partner = await signedInUser();
    const sharedOrg = await createOrg(partner.user);
    await addMember(sharedOrg.id, user, "manager");
    const coOwnedOrg = await createOrg(user);
    await addMember(coOwnedOrg.id, partner.user, "owner");

    const response = await callApi(deleteMe, { body: { password: TEST_PASSWORD }, token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ message: "Your account was deleted.", data: null });

    expect(await userRow(user.id)).toMatchObject({
      name: "Deleted user",
      email: null,
      emailVerifiedAt: null,
      passwordHash: null,
      phone: null,
      phoneVerifiedAt: null,
      company: null,
      jobTitle: null,
      avatarKey: null,
      latitude: null,
      longitude: null,
      totpSecret: null,
      totpEnabledAt: null,
      deletedAt: expect.any(Date),
    });
    expect(await getFile(avatarKey)).toBeNull();
    for (const table of [oauthAccounts, recoveryCodes, pushSubscriptions, devices]) {
      expect(await getDb().select().from(table).where(eq(table.userId, user.id))).toEqual([]);
    }
    const sessions = await getDb()
      .select()
      .from(authSessions)
      .where(eq(authSessions.userId, user.id));
    expect(sessions.every((session) => session.revokedAt !== null)).toBe(true);
    expect((await callApi(getMe, { token })).status).toBe(401);

    expect(await membershipsOf(user.id)).toEqual([]);
    expect(await orgExists(soloOrg.id)).toBe(false);
    expect(await orgExists(sharedOrg.id)).toBe(true);
    expect(await orgExists(coOwnedOrg.id)).toBe(true);
    expect(await membershipsOf(partner.user.id)).toHaveLength(2);

    const [kept] = await getDb().select().from(messages).where(eq(messages.id, messageId));
    expect(kept!.relatedId).toBe(user.id);

    // The address and the phone are free again; the old password opens nothing.
    expect(
      (await callApi(login, { body: { email: user.email, password: TEST_PASSWORD } })).status,
    ).toBe(401);
    const again = await callApi(register, {
      body: { email: user.email, password: "a fresh start password" },
    });
    expect(again.status).toBe(201);
    expect(again.body.data.user.id).not.toBe(user.id);
    expect(await getDb().select().from(users).where(eq(users.phone, phone))).toEqual([]);
  });

  it("answers 409 while the user is the last owner of an org with other members", async () => {
    const { user, token } = await signedInUser();
    const org = await createOrg(user, { name: "Vlora Staffing" });
    const worker = await signedInUser();
    await addMember(org.id, worker.user, "worker");

    const response = await callApi(deleteMe, { body: { password: TEST_PASSWORD }, token });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(
      "You are the only owner of Vlora Staffing, which has other members. Transfer ownership first.",
    );
    expect((await userRow(user.id)).deletedAt).toBeNull();
    expect(await membershipsOf(user.id)).toHaveLength(1);
    expect((await callApi(getMe, { token })).status).toBe(200);
  });

  it("needs the right password when the account has one, changing nothing otherwise", async () => {
    const { user, token } = await signedInUser();
    const missing = await callApi(deleteMe, { body: {}, token });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual({ password: ["This field is required."] });
    const wrong = await callApi(deleteMe, { body: { password: "not the password" }, token });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual({ password: ["The password is wrong."] });
    expect(await userRow(user.id)).toMatchObject({ deletedAt: null, email: user.email });
  });

  it("deletes a phone-only account without a password", async () => {
    const { user, token } = await signedInUser({
      email: null,
      passwordHash: null,
      phone: uniquePhone(),
      phoneVerifiedAt: new Date(),
    });
    const response = await callApi(deleteMe, { token });
    expect(response.status).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ phone: null, deletedAt: expect.any(Date) });
  });

  it("needs a live token", async () => {
    expect((await callApi(deleteMe, { body: { password: TEST_PASSWORD } })).status).toBe(401);
  });
});
