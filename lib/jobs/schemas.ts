import { z } from "zod";

export const ZJobsHealth = z
  .object({
    status: z.literal("ok"),
    workers: z.number().int().min(1).meta({ description: "Workers that beat in the last 30 s" }),
    queues: z.array(
      z.object({
        name: z.string(),
        waiting: z.number().int().min(0),
        failed: z.number().int().min(0),
        oldestWaitingSeconds: z.number().int().min(0).nullable(),
      }),
    ),
  })
  .meta({ id: "JobsHealth" });

export type TJobsHealth = z.infer<typeof ZJobsHealth>;
