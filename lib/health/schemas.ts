import { z } from "zod";

export const ZAppHealth = z
  .object({
    status: z.literal("ok"),
    version: z.string().meta({ example: "0.1.0" }),
    uptimeSeconds: z.number().int().nonnegative(),
    time: z.iso.datetime(),
  })
  .meta({ id: "AppHealth" });

export const ZDatabaseHealth = z
  .object({
    status: z.literal("ok"),
    latencyMs: z.number().nonnegative().meta({ description: "Round trip of `select 1`" }),
    serverVersion: z.string().meta({ example: "18.0" }),
  })
  .meta({ id: "DatabaseHealth" });

export type TAppHealth = z.infer<typeof ZAppHealth>;
export type TDatabaseHealth = z.infer<typeof ZDatabaseHealth>;
