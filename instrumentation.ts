// Runs once when a Next.js server starts: a missing or malformed environment variable is
// reported now, naming the variable, instead of at the first request that needs it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/config/env");
  env();
  const { warnIfOutboxInProduction } = await import("@/lib/messaging/outbox");
  warnIfOutboxInProduction();
}
