import { z } from "zod";
import { EVENT_STATUSES } from "@/db/schema/staffing";
import { ZLaborRequestState } from "./requests.schemas";

/**
 * What a worker sees of a labor request, on the public link page, in /work and through
 * `/api/v1/work/*`: the org, event, call time (with its wall time in the location's zone),
 * place, labor type, their own time entry and what they may do now.
 */

const ZInstant = z.iso.datetime().meta({ example: "2026-12-04T12:00:00.000Z" });

export const ZWorkRequest = z
  .object({
    id: z.uuid(),
    state: ZLaborRequestState,
    answerable: z.boolean().meta({
      description:
        "Whether a yes/no is taken now: the request is sent, available or declined and the " +
        "call time has not started",
    }),
    answeredAt: ZInstant.nullable(),
    org: z.object({ id: z.uuid(), name: z.string() }),
    event: z.object({ id: z.uuid(), name: z.string(), status: z.enum(EVENT_STATUSES) }),
    callTime: z.object({
      id: z.uuid(),
      name: z.string(),
      startsAt: ZInstant,
      timeZone: z.string().meta({ example: "America/New_York" }),
      date: z.string().meta({ description: "Local date, `YYYY-MM-DD`", example: "2026-12-04" }),
      time: z.string().meta({ description: "Local time, `HH:mm`", example: "07:00" }),
      message: z.string().nullable().meta({ description: "The manager's message to workers" }),
    }),
    location: z
      .object({
        name: z.string(),
        address: z.string().nullable(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
      })
      .nullable(),
    laborType: z.object({ id: z.uuid(), name: z.string() }),
    worker: z.object({ id: z.uuid(), name: z.string() }),
    timeEntry: z
      .object({ signedInAt: ZInstant.nullable(), signedOutAt: ZInstant.nullable() })
      .nullable(),
    clock: z
      .object({
        window: z.enum(["upcoming", "open", "closed"]).meta({
          description: "The self clock-in window now: not open yet, open, or closed",
        }),
        canClockIn: z.boolean(),
        canClockOut: z.boolean(),
        opensAt: ZInstant.meta({ description: "Self clock-in opens (1 h before the call)" }),
        closesAt: ZInstant.meta({ description: "Self clock-in closes (1 h after the call)" }),
      })
      .meta({ description: "Self clock-in/out, for confirmed requests" }),
    links: z.object({
      page: z.url().meta({ description: "The request's public page (answers, calendar, QR)" }),
      calendar: z.url().nullable().meta({ description: "iCalendar file, once confirmed" }),
      qrCode: z.url().nullable().meta({ description: "Clock-in QR code (SVG), once confirmed" }),
    }),
  })
  .meta({ id: "WorkRequest" });
export type TWorkRequest = z.infer<typeof ZWorkRequest>;

export const ZWorkHours = z
  .object({
    status: z.enum(["in_progress", "completed"]),
    start: ZInstant,
    end: ZInstant.nullable(),
    totalMinutes: z.number().int().nullable(),
    breakMinutes: z.number().int().nullable(),
    paidMinutes: z.number().int().nullable(),
    regularMinutes: z.number().int().nullable(),
    mealPenaltyMinutes: z.number().int().nullable(),
    overtimeMinutes: z.number().int().nullable(),
  })
  .meta({
    id: "WorkHours",
    description:
      "Hours by the pay rules (minimum hours, rounding, breaks, meal penalty, overtime), the " +
      "same computation as the manager's time sheet",
  });
export type TWorkHours = z.infer<typeof ZWorkHours>;

export const ZWorkHistoryItem = ZWorkRequest.extend({
  hours: ZWorkHours.nullable().meta({
    description: "Confirmed shifts only; null for declines, cancellations and no-shows",
  }),
}).meta({ id: "WorkHistoryItem" });
export type TWorkHistoryItem = z.infer<typeof ZWorkHistoryItem>;

const ZPage = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

export const ZWorkRequestsQuery = z.strictObject({
  state: z
    .enum(["open", "all"])
    .default("open")
    .meta({
      description:
        "open: waiting for an answer or a place (sent, available) on call times still ahead; " +
        "all: every request you were sent, newest call time first",
    }),
  ...ZPage,
});
export type TWorkRequestsQuery = z.infer<typeof ZWorkRequestsQuery>;

export const ZWorkHistoryQuery = z.strictObject(ZPage);
export type TWorkHistoryQuery = z.infer<typeof ZWorkHistoryQuery>;

export const ZWorkAnswer = z
  .strictObject({ answer: z.enum(["yes", "no"]) })
  .meta({ id: "WorkAnswer" });
export type TWorkAnswer = z.infer<typeof ZWorkAnswer>;

export const ZWorkAnswerResult = z
  .object({
    request: ZWorkRequest,
    outcome: z.enum(["confirmed", "available", "declined"]).meta({
      description:
        "confirmed: you have the place; available: you are on the list, the manager confirms; " +
        "declined: you said no",
    }),
  })
  .meta({ id: "WorkAnswerResult" });
export type TWorkAnswerResult = z.infer<typeof ZWorkAnswerResult>;

export const ZWorkRequestParams = z.object({ id: z.uuid() });
