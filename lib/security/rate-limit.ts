import { sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { RateLimitError } from "@/lib/errors";

export interface RateLimitRule {
  /** What is limited, e.g. `login:ip`; the subject (an IP, an email) is appended. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt against a fixed window and throws 429 (with Retry-After) past the
 * limit. The counter is a row in PostgreSQL, so every app instance shares it; the upsert
 * makes concurrent attempts count exactly once each.
 */
export async function consumeRateLimit(
  rule: RateLimitRule,
  subject: string,
  db: Executor = getDb(),
): Promise<void> {
  const key = `${rule.name}:${subject.toLowerCase()}`;
  const window = `${rule.windowSeconds} seconds`;
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start + ${window}::interval <= now()
                   then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start + ${window}::interval <= now()
                   then now() else rate_limits.window_start end
    returning count,
      ceil(extract(epoch from (window_start + ${window}::interval - now())))::int as retry_after`);
  const [row] = rows;
  if (row && row.count > rule.limit) throw new RateLimitError(Math.max(1, row.retry_after));
}

/** Several limits at once (per IP and per account): the first one exceeded answers. */
export async function consumeRateLimits(
  checks: Array<[RateLimitRule, string | null | undefined]>,
  db: Executor = getDb(),
): Promise<void> {
  for (const [rule, subject] of checks) {
    if (subject) await consumeRateLimit(rule, subject, db);
  }
}

/** The limits of the sign-in surface, in one place. */
export const RATE_LIMITS = {
  loginPerIp: { name: "login:ip", limit: 20, windowSeconds: 15 * 60 },
  loginPerAccount: { name: "login:account", limit: 10, windowSeconds: 15 * 60 },
  registerPerIp: { name: "register:ip", limit: 10, windowSeconds: 60 * 60 },
  codeRequestPerIp: { name: "code:ip", limit: 10, windowSeconds: 15 * 60 },
  codeRequestPerTarget: { name: "code:target", limit: 5, windowSeconds: 15 * 60 },
  smsCodesPerPhonePerDay: { name: "sms-code:phone", limit: 10, windowSeconds: 24 * 60 * 60 },
  passwordResetPerIp: { name: "reset:ip", limit: 10, windowSeconds: 15 * 60 },
  passwordResetPerAccount: { name: "reset:account", limit: 5, windowSeconds: 60 * 60 },
  resendVerificationPerAccount: { name: "verify-resend:account", limit: 3, windowSeconds: 15 * 60 },
  /** Labor request links (/r/{code}) open without sign-in: guessing codes stays slow. */
  requestLinkPerIp: { name: "request-link:ip", limit: 120, windowSeconds: 10 * 60 },
  /** A sign-in station's kiosk scans many workers from one place, so its limit is wider. */
  stationPerIp: { name: "station:ip", limit: 600, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;
