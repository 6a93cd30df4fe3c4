import { z } from "zod";

export const ZRealtimeHealth = z
  .object({
    status: z.literal("ok"),
    server: z.enum(["local", "pusher"]).meta({ description: "The local dev server or Pusher" }),
    latencyMs: z.number().nonnegative(),
  })
  .meta({ id: "RealtimeHealth" });
