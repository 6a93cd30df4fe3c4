import { z } from "zod";
import { STAFFING_NOTIFICATION_KINDS, TIME_CHANGE_ANSWERS } from "@/db/schema/staffing";
import { ZLaborRequestState } from "./requests.schemas";

// ---------- the manager's notifications ----------

export const ZNotificationKind = z.enum(STAFFING_NOTIFICATION_KINDS).meta({
  id: "StaffingNotificationKind",
  description:
    "available: a worker said yes with no place left; confirmed: a worker said yes and took " +
    "a place; declined: a worker said no; canceled: an unanswered request was withdrawn " +
    "before the call (auto-withdraw); time_change: a confirmed worker can't make a new time",
});
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const ZNotification = z
  .object({
    id: z.uuid(),
    kind: ZNotificationKind,
    requestId: z.uuid().nullable(),
    worker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    event: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    callTime: z.object({ id: z.uuid(), name: z.string(), startsAt: z.iso.datetime() }).nullable(),
    laborType: z.string().nullable(),
    message: z.string().meta({
      description:
        "An English fallback; screens build the text in the reader's language from kind and names",
      example: "Ada Lovelace is available for Harbor Festival - Load-in (Stagehand).",
    }),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "StaffingNotification" });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = z.strictObject({
  unreadOnly: z.stringbool().default(false).meta({ description: "Only the unread ones" }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZUnreadCount = z
  .object({ unread: z.number().int().min(0) })
  .meta({ id: "StaffingNotificationUnreadCount" });

export const ZMarkNotificationsRead = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), {
    error: "staffing.notifications.validation.idsOrAll",
  })
  .meta({
    id: "MarkStaffingNotificationsRead",
    description: "Either `ids` (those notifications) or `all: true` (every one you can see)",
    example: { ids: ["0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e50"] },
  });
export type TMarkNotificationsRead = z.infer<typeof ZMarkNotificationsRead>;

export const ZNotificationsChanged = z
  .object({ count: z.number().int().min(0).meta({ description: "Notifications changed" }) })
  .meta({ id: "StaffingNotificationsChanged" });

// ---------- time changes ----------

export const ZTimeChangeAnswerValue = z.enum(TIME_CHANGE_ANSWERS).meta({
  id: "TimeChangeAnswerValue",
  description: "confirmed: the worker will be there at the new time; cant_make_it: they won't",
});
export type TTimeChangeAnswerValue = z.infer<typeof ZTimeChangeAnswerValue>;

export const ZAnswerTimeChange = z
  .strictObject({
    answer: ZTimeChangeAnswerValue,
    message: z.string().trim().max(500).optional().meta({
      description: "A note for the manager (why, or when they could come)",
    }),
  })
  .meta({
    id: "AnswerTimeChange",
    example: { answer: "cant_make_it", message: "I can come from 9:00." },
  });
export type TAnswerTimeChange = z.infer<typeof ZAnswerTimeChange>;

export const ZTimeChangeAnswer = z
  .object({
    id: z.uuid(),
    requestId: z.uuid(),
    previousStartsAt: z.iso.datetime(),
    newStartsAt: z.iso.datetime(),
    answer: ZTimeChangeAnswerValue.nullable(),
    message: z.string().nullable(),
    answeredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "TimeChangeAnswer" });
export type TTimeChangeAnswer = z.infer<typeof ZTimeChangeAnswer>;

const ZAnsweringWorker = z.object({
  answerId: z.uuid(),
  requestId: z.uuid(),
  requestState: ZLaborRequestState.meta({
    description: "Now: a manager may have canceled the worker since they answered",
  }),
  worker: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }),
  laborType: z.string(),
  message: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
});

export const ZTimeChangeAnswers = z
  .object({
    change: z
      .object({
        id: z.uuid(),
        previousStartsAt: z.iso.datetime(),
        newStartsAt: z.iso.datetime(),
        createdAt: z.iso.datetime(),
      })
      .nullable()
      .meta({ description: "The latest change of the start; null if it never moved" }),
    confirmed: z.array(ZAnsweringWorker),
    cantMakeIt: z.array(ZAnsweringWorker),
    noAnswer: z.array(ZAnsweringWorker),
  })
  .meta({ id: "TimeChangeAnswers" });
export type TTimeChangeAnswers = z.infer<typeof ZTimeChangeAnswers>;
