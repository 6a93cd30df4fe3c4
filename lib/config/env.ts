import { z } from "zod";

/**
 * Every environment variable the app reads, validated once. `.env.example` documents each;
 * a missing or malformed one stops start-up with a message that names it.
 */
const ZBoolean = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  LOG_PRETTY: ZBoolean.optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_DIR: z.string().min(1).default(".data/postgres"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Keep undelivered email/SMS/push in the `messages` table and show it at /dev/outbox. */
  OUTBOX_ENABLED: ZBoolean.optional(),
  EMAIL_FROM: z.string().min(3).default("Callboard <no-reply@callboard.local>"),
  RESEND_API_KEY: z.string().startsWith("re_", "must be a Resend API key (re_…)").optional(),
  TWILIO_ACCOUNT_SID: z.string().startsWith("AC", "must be a Twilio account SID (AC…)").optional(),
  /** Also verifies Twilio's webhook signatures. */
  TWILIO_AUTH_TOKEN: z.string().min(8).optional(),
  TWILIO_FROM_NUMBER: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number")
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().startsWith("MG").optional(),
  /** Region for phone numbers written without +country code (ISO 3166 alpha-2, e.g. US). */
  SMS_DEFAULT_COUNTRY: z.string().length(2).toUpperCase().optional(),
  SMS_DAILY_LIMIT_PER_ORG: z.coerce.number().int().min(1).default(2000),
  SMS_DAILY_LIMIT_PER_RECIPIENT: z.coerce.number().int().min(1).default(20),
  /** Web push (VAPID, `npx web-push generate-vapid-keys`); both keys or neither. */
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, "must be a base64url VAPID public key (87 characters)")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "must be a base64url VAPID private key (43 characters)")
    .optional(),
  /** Who push services contact about our pushes; default: mailto: the EMAIL_FROM address. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "must be a mailto: or https: URL")
    .optional(),
  /** Firebase service account (its JSON, or base64 of it): push to the mobile apps via FCM. */
  FIREBASE_SERVICE_ACCOUNT: z
    .string()
    .transform((value, ctx) => {
      const text = value.trim().startsWith("{")
        ? value
        : Buffer.from(value, "base64").toString("utf8");
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be service account JSON or base64 of it" });
        return z.NEVER;
      }
    })
    .pipe(
      z.looseObject({
        project_id: z.string().min(1),
        client_email: z.email(),
        private_key: z.string().includes("PRIVATE KEY"),
      }),
    )
    .optional(),
  /** Pusher Channels (or any Pusher-protocol server). Unset: the local dev server. */
  PUSHER_APP_ID: z.string().min(1).optional(),
  PUSHER_KEY: z.string().min(1).optional(),
  PUSHER_SECRET: z.string().min(1).optional(),
  PUSHER_CLUSTER: z.string().min(1).optional(),
  PUSHER_HOST: z.string().min(1).optional(),
  PUSHER_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  PUSHER_USE_TLS: ZBoolean.optional(),
  /** Port of the local Pusher-protocol server that dev/start run when PUSHER_* is unset. */
  REALTIME_DEV_PORT: z.coerce.number().int().min(1024).max(65535).default(6001),
  /** Signs access tokens and browser sessions, keys code hashes; required in production. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1).optional(),
  /** e.g. https://login.microsoftonline.com/{tenant}/v2.0; default: any Microsoft account. */
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.url().optional(),
  AUTH_APPLE_ID: z.string().min(1).optional(),
  AUTH_APPLE_SECRET: z.string().min(1).optional(),
  AUTH_FACEBOOK_ID: z.string().min(1).optional(),
  AUTH_FACEBOOK_SECRET: z.string().min(1).optional(),
  /** Client ids of the mobile apps (comma-separated), accepted as ID-token audiences. */
  AUTH_GOOGLE_MOBILE_CLIENT_IDS: z.string().min(1).optional(),
  AUTH_APPLE_MOBILE_CLIENT_IDS: z.string().min(1).optional(),
  AUTH_MICROSOFT_MOBILE_CLIENT_IDS: z.string().min(1).optional(),
  /** Uploads (avatars, logos) go here unless S3_BUCKET is set. */
  STORAGE_DIR: z.string().min(1).default(".data/uploads"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  /** For S3-compatible services (MinIO, R2); unset means AWS. */
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /**
   * Map tiles for the marketplace map, as a {z}/{x}/{y} URL template. Unset: the map shows
   * the results' pins on a plain background (no tile server is contacted).
   */
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/\S+\{z\}\S*\{x\}\S*\{y\}/, "must be a tile URL with {z}, {x} and {y}")
    .optional(),
  /** Credit line the tile provider requires (e.g. "© OpenStreetMap contributors"). */
  MAP_TILE_ATTRIBUTION: z.string().min(1).optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "See .env.example for every variable and its meaning.",
    );
    this.name = "ConfigError";
  }
}

/** Validates a set of variables; empty strings count as unset, as they do in most shells. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = ZEnv.refine(
    (config) => config.NODE_ENV !== "production" || config.AUTH_SECRET !== undefined,
    { path: ["AUTH_SECRET"], message: "is required in production (openssl rand -base64 32)" },
  )
    .refine((config) => !config.VAPID_PUBLIC_KEY === !config.VAPID_PRIVATE_KEY, {
      path: ["VAPID_PRIVATE_KEY"],
      message: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together",
    })
    .safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return result.data;
}

let cached: TEnv | undefined;

/** The validated environment of this process (read once). */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests that change process.env call this so the next `env()` reads it again. */
export function forgetEnv(): void {
  cached = undefined;
}

/** Signs and checks Twilio webhooks in development and tests when no real token is set. */
export const DEVELOPMENT_TWILIO_AUTH_TOKEN = "callboard-development-twilio-token";

/** The token Twilio signs webhooks with; none in production without TWILIO_AUTH_TOKEN. */
export function twilioWebhookToken(config: TEnv = env()): string | undefined {
  if (config.TWILIO_AUTH_TOKEN) return config.TWILIO_AUTH_TOKEN;
  return config.NODE_ENV === "production" ? undefined : DEVELOPMENT_TWILIO_AUTH_TOKEN;
}

/** Twilio sends real SMS only with an account, a token and a sender. */
export function twilioConfigured(config: TEnv = env()): boolean {
  return Boolean(
    config.TWILIO_ACCOUNT_SID &&
    config.TWILIO_AUTH_TOKEN &&
    (config.TWILIO_FROM_NUMBER || config.TWILIO_MESSAGING_SERVICE_SID),
  );
}

export interface RealtimeSettings {
  appId: string;
  key: string;
  secret: string;
  cluster: string;
  /** Set for a self-hosted or local server; unset means Pusher's cloud for `cluster`. */
  host?: string;
  port?: number;
  useTLS: boolean;
  /** True when the app itself must run the local Pusher-protocol server. */
  local: boolean;
}

/** Fixed credentials of the local realtime server: loopback only, not secrets. */
const LOCAL_REALTIME = {
  appId: "callboard",
  key: "callboard-local-key",
  secret: "callboard-local-secret",
};

/** Where realtime events go: the configured Pusher app, else the local server. */
export function realtimeSettings(config: TEnv = env()): RealtimeSettings {
  if (config.PUSHER_APP_ID && config.PUSHER_KEY && config.PUSHER_SECRET) {
    return {
      appId: config.PUSHER_APP_ID,
      key: config.PUSHER_KEY,
      secret: config.PUSHER_SECRET,
      cluster: config.PUSHER_CLUSTER ?? "mt1",
      host: config.PUSHER_HOST,
      port: config.PUSHER_PORT,
      useTLS: config.PUSHER_USE_TLS ?? true,
      local: false,
    };
  }
  return {
    ...LOCAL_REALTIME,
    cluster: "local",
    host: "127.0.0.1",
    port: config.REALTIME_DEV_PORT,
    useTLS: false,
    local: true,
  };
}

/** The development outbox is on by default everywhere but production. */
export function outboxEnabled(config: TEnv = env()): boolean {
  return config.OUTBOX_ENABLED ?? config.NODE_ENV !== "production";
}

export function appUrl(config: TEnv = env()): string {
  return config.APP_URL ?? `http://localhost:${config.PORT}`;
}

/** Used when AUTH_SECRET is unset outside production, so `npm run dev` needs no setup. */
const DEVELOPMENT_AUTH_SECRET = "callboard-development-auth-secret-not-for-production";

export function authSecret(config: TEnv = env()): string {
  return config.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET;
}
