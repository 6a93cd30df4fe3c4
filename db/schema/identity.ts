import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Case-insensitive text: `Ana@Example.com` and `ana@example.com` are one address. */
const citext = customType<{ data: string }>({ dataType: () => "citext" });

const id = () =>
  uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`);
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const LOCALES = ["en", "sq"] as const;

/** A person. Email or phone (or both) identify them; soft delete anonymises the row. */
export const users = pgTable(
  "users",
  {
    id: id(),
    email: citext("email"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    passwordHash: text("password_hash"),
    name: text("name").notNull().default(""),
    phone: text("phone"),
    phoneVerifiedAt: timestamp("phone_verified_at", { withTimezone: true }),
    company: text("company"),
    jobTitle: text("job_title"),
    avatarKey: text("avatar_key"),
    locale: text("locale", { enum: LOCALES }).notNull().default("en"),
    timeZone: text("time_zone").notNull().default("UTC"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    notifyEmail: boolean("notify_email").notNull().default(true),
    notifySms: boolean("notify_sms").notNull().default(true),
    notifyPush: boolean("notify_push").notNull().default(true),
    isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
    /** AES-GCM encrypted with a key derived from AUTH_SECRET (lib/identity/secret-box.ts). */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("users_email_key").on(table.email),
    uniqueIndex("users_phone_key").on(table.phone),
    check("users_locale_check", sql`${table.locale} in ('en', 'sq')`),
    check(
      "users_location_check",
      sql`(${table.latitude} is null) = (${table.longitude} is null) and coalesce(${table.latitude} between -90 and 90, true) and coalesce(${table.longitude} between -180 and 180, true)`,
    ),
  ],
);

/** One-time recovery codes for two-factor sign-in, stored hashed. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("recovery_codes_user_idx").on(table.userId)],
);

export const SESSION_KINDS = ["web", "api"] as const;

/**
 * A signed-in device: a browser session or an API token family. Access tokens carry its id
 * (`sid`), so revoking the row signs that device out everywhere at once.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: SESSION_KINDS }).notNull(),
    /** How the device signed in: password, phone, or an OAuth provider's id. */
    method: text("method").notNull(),
    userAgent: text("user_agent"),
    ip: text("ip"),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (table) => [
    index("auth_sessions_user_idx").on(table.userId, table.createdAt),
    check("auth_sessions_kind_check", sql`${table.kind} in ('web', 'api')`),
  ],
);

/**
 * Refresh tokens of an API session (its "family"), stored as SHA-256 hashes. Each use
 * rotates: the used row gets `rotatedAt`, a new row is issued; presenting a rotated token
 * again revokes the whole session.
 */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: id(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => authSessions.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    rotatedAt: timestamp("rotated_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("refresh_tokens_hash_key").on(table.tokenHash),
    index("refresh_tokens_session_idx").on(table.sessionId),
  ],
);

export const ONE_TIME_CODE_PURPOSES = [
  "verify_email",
  "reset_password",
  "phone_sign_in",
  "phone_verify",
] as const;

/**
 * Emailed links (long random tokens) and SMS codes (6 digits), stored as keyed hashes with
 * an expiry and an attempt counter. A newer code for the same purpose and target replaces
 * older ones.
 */
export const oneTimeCodes = pgTable(
  "one_time_codes",
  {
    id: id(),
    purpose: text("purpose", { enum: ONE_TIME_CODE_PURPOSES }).notNull(),
    /** The email address or E.164 phone the code was sent to. */
    target: text("target").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    index("one_time_codes_target_idx").on(table.purpose, table.target, table.createdAt),
    uniqueIndex("one_time_codes_hash_key").on(table.codeHash),
  ],
);

/** A sign-in provider linked to a user (Google, Microsoft, Apple, Facebook). */
export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    email: text("email"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("oauth_accounts_provider_key").on(table.provider, table.providerAccountId),
    uniqueIndex("oauth_accounts_user_provider_key").on(table.userId, table.provider),
  ],
);

/**
 * Fixed-window counters behind every rate limit, in PostgreSQL so limits hold across app
 * instances. Old windows are overwritten in place; a job prunes idle keys.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
