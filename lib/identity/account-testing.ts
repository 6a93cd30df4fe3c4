import { randomBytes, randomInt } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { generateSecret } from "otplib";
import { getDb } from "@/db/client";
import { messages, users } from "@/db/schema";
import { deliverEmail } from "@/lib/messaging/email/queue";
import { sealSecret } from "./crypto";

/** Test helpers for the account flows: read the outbox the way a person reads their inbox. */

export function uniqueEmail(): string {
  return `person-${randomBytes(4).toString("hex")}@example.com`;
}

/** A valid Albanian mobile number in E.164 (+35569xxxxxxx), different on every call. */
export function uniquePhone(): string {
  return `+35569${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
}

/** Headers that make a request come from `ip` (the app reads X-Forwarded-For). */
export function fromIp(ip: string): Record<string, string> {
  return { "x-forwarded-for": ip };
}

export async function messagesTo(recipient: string, template?: string) {
  return getDb()
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.recipient, recipient),
        template ? eq(messages.template, template) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt));
}

/** The newest email of a template, rendered by its delivery job into the outbox. */
export async function latestEmail(to: string, template: string) {
  const [queued] = await messagesTo(to, template);
  if (!queued) throw new Error(`no ${template} email to ${to}`);
  await deliverEmail(queued.id, { id: "test", retryCount: 0 });
  const [delivered] = await getDb().select().from(messages).where(eq(messages.id, queued.id));
  return delivered!;
}

/** The `token` of the link in the newest email of a template. */
export async function emailedToken(to: string, template: string): Promise<string> {
  const email = await latestEmail(to, template);
  const match = /\?token=([\w%-]+)/.exec(email.body ?? "");
  if (!match) throw new Error(`no link in ${template} email: ${email.body}`);
  return decodeURIComponent(match[1]!);
}

/** The 6-digit code in the newest SMS to a phone. */
export async function textedCode(phone: string): Promise<string> {
  const [sms] = await messagesTo(phone);
  const match = /\b(\d{6})\b/.exec(sms?.body ?? "");
  if (!match) throw new Error(`no code texted to ${phone}`);
  return match[1]!;
}

/** Turns two-factor on for a user directly; returns the authenticator secret. */
export async function turnOnTwoFactor(userId: string): Promise<string> {
  const secret = generateSecret();
  await getDb()
    .update(users)
    .set({ totpSecret: sealSecret(secret), totpEnabledAt: new Date() })
    .where(eq(users.id, userId));
  return secret;
}
