import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "@/lib/config/env";

export type { Logger };

function createLogger(): Logger {
  const config = env();
  const level =
    config.LOG_LEVEL ??
    (config.NODE_ENV === "test" ? "silent" : config.NODE_ENV === "development" ? "debug" : "info");
  const options = { level, base: { service: "callboard" } };
  // pino-pretty as a stream (not a transport) so no worker thread is needed inside Next.
  const wantsPretty = config.LOG_PRETTY ?? config.NODE_ENV === "development";
  return wantsPretty
    ? pino(
        options,
        pretty({ colorize: true, sync: true, singleLine: true, ignore: "pid,hostname,service" }),
      )
    : pino(options);
}

const globalForLogger = globalThis as unknown as { callboardLogger?: Logger };

/**
 * The process-wide structured logger (created on first use, after the environment is
 * loaded); children add context such as a request id.
 */
export function getLogger(): Logger {
  globalForLogger.callboardLogger ??= createLogger();
  return globalForLogger.callboardLogger;
}
