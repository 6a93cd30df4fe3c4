import { z } from "zod";

/** What a manager sends: every queued request of an event, a call time or a requirement. */
export type SendScope = { eventId: string } | { callTimeId: string } | { requirementId: string };

/** What the send job works on: a manager's scope, or one worker's waiting requests (consent). */
export const ZSendJobScope = z.union([
  z.strictObject({ eventId: z.uuid() }),
  z.strictObject({ callTimeId: z.uuid() }),
  z.strictObject({ requirementId: z.uuid() }),
  z.strictObject({ workerId: z.uuid() }),
]);
export type TSendJobScope = z.infer<typeof ZSendJobScope>;

export const ZSendResult = z
  .object({
    queuedRequests: z.number().int().min(0).meta({
      description: "Queued requests the send job picks up (call times not yet started)",
      example: 14,
    }),
    queuedWorkers: z.number().int().min(0).meta({
      description: "Workers they go to: each gets one text per event, however many requests",
      example: 12,
    }),
    workersAwaitingConsent: z
      .number()
      .int()
      .min(0)
      .meta({
        description:
          "Of those, workers who have not agreed to texts yet: they get the one-time consent " +
          "question (or already did) and their requests wait for their YES",
        example: 2,
      }),
    workersStopped: z.number().int().min(0).meta({
      description: "Of those, workers who replied STOP: nothing is sent to them",
      example: 1,
    }),
    resumed: z.boolean().meta({
      description: "The event's sending was paused and this send resumed it",
      example: false,
    }),
  })
  .meta({ id: "StaffingSendResult" });
export type TSendResult = z.infer<typeof ZSendResult>;

export const ZSetSendingPaused = z
  .strictObject({
    paused: z.boolean().meta({
      description: "true holds every text of the event's requests until sending resumes",
      example: true,
    }),
  })
  .meta({ id: "StaffingSetSendingPaused" });
export type TSetSendingPaused = z.infer<typeof ZSetSendingPaused>;

export const ZSendingState = z
  .object({
    eventId: z.uuid().meta({ example: "0194f1a2-7c3e-7b1d-9a4f-2c8e5d6b7a10" }),
    sendingPaused: z.boolean().meta({ example: true }),
  })
  .meta({ id: "StaffingSendingState" });
export type TSendingState = z.infer<typeof ZSendingState>;
