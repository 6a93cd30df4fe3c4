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
  const result = ZEnv.safeParse(cleaned);
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

/** The development outbox is on by default everywhere but production. */
export function outboxEnabled(config: TEnv = env()): boolean {
  return config.OUTBOX_ENABLED ?? config.NODE_ENV !== "production";
}

export function appUrl(config: TEnv = env()): string {
  return config.APP_URL ?? `http://localhost:${config.PORT}`;
}
