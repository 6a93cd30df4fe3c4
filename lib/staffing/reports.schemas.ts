import { z } from "zod";
import { MESSAGE_STATUSES } from "@/db/schema/messaging";
import { EVENT_STATUSES } from "@/db/schema/staffing";
import { ZLaborRequestState } from "./requests.schemas";
import { ZShiftHours } from "./time-entries.schemas";

const ZPage = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

const ZDate = z.iso
  .date()
  .meta({ description: "Calendar date, `YYYY-MM-DD`", example: "2026-12-04" });

/** Longest SMS usage range: two years, by day or by month. */
export const SMS_USAGE_MAX_DAYS = 731;

// ---------- time sheet files ----------

export const ZTimesheetPdfQuery = z
  .strictObject({
    paper: z
      .enum(["a4", "letter"])
      .optional()
      .meta({ description: "Paper size (landscape); default Letter for English orgs, else A4" }),
  })
  .meta({ id: "TimesheetPdfQuery" });
export type TTimesheetPdfQuery = z.infer<typeof ZTimesheetPdfQuery>;

// ---------- SMS usage ----------

export const SMS_USAGE_GROUPS = ["day", "month"] as const;

export const ZSmsUsageQuery = z
  .strictObject({
    from: ZDate.optional().meta({
      description:
        "First day, in the org's zone (default: 29 days before `to` by day, else 11 months)",
    }),
    to: ZDate.optional().meta({ description: "Last day, in the org's zone (default: today)" }),
    groupBy: z.enum(SMS_USAGE_GROUPS).default("day"),
  })
  .refine((query) => !query.from || !query.to || query.to >= query.from, {
    error: "staffing.reports.validation.toBeforeFrom",
    path: ["to"],
  })
  .refine(
    (query) =>
      !query.from ||
      !query.to ||
      (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 < SMS_USAGE_MAX_DAYS,
    { error: "staffing.reports.validation.rangeTooLong", path: ["from"] },
  );
export type TSmsUsageQuery = z.infer<typeof ZSmsUsageQuery>;

const ZSmsCount = {
  messages: z.number().int(),
  segments: z.number().int().meta({ description: "Billed units: long texts use several" }),
};

export const ZSmsUsage = z
  .object({
    from: ZDate,
    to: ZDate,
    groupBy: z.enum(SMS_USAGE_GROUPS),
    timeZone: z.string().meta({ description: "The org's zone: days and months are its own" }),
    rows: z.array(
      z.object({
        period: z
          .string()
          .meta({ description: "`YYYY-MM-DD` or `YYYY-MM`", example: "2026-12-04" }),
        template: z.string().meta({ example: "staffing-request" }),
        status: z.enum(MESSAGE_STATUSES),
        ...ZSmsCount,
      }),
    ),
    periods: z
      .array(z.object({ period: z.string(), ...ZSmsCount, failed: z.number().int() }))
      .meta({ description: "Each day or month with SMS, oldest first" }),
    templates: z
      .array(z.object({ template: z.string(), ...ZSmsCount, failed: z.number().int() }))
      .meta({ description: "Each kind of text, most sent first" }),
    totals: z.object({ ...ZSmsCount, failed: z.number().int() }),
  })
  .meta({
    id: "SmsUsage",
    description:
      "The org's SMS by period, template and status. `failed` includes texts refused because " +
      "the recipient opted out; their segments were never sent.",
  });
export type TSmsUsage = z.infer<typeof ZSmsUsage>;

// ---------- workers ----------

export const WORKER_REPORT_SORTS = ["name", "reliability", "hours"] as const;

export const ZWorkerReportQuery = z.strictObject({
  q: z.string().trim().max(100).optional().meta({ description: "Part of the name" }),
  sort: z.enum(WORKER_REPORT_SORTS).default("name").meta({
    description:
      "name; reliability (most reliable first, workers with no record last); hours (most first)",
  }),
  ...ZPage,
});
export type TWorkerReportQuery = z.infer<typeof ZWorkerReportQuery>;

export const ZWorkerReliability = z
  .object({
    worker: z.object({ id: z.uuid(), name: z.string(), active: z.boolean() }),
    requested: z.number().int().meta({ description: "Every request the worker received" }),
    pending: z.number().int().meta({ description: "Queued, sent or available (no outcome yet)" }),
    confirmed: z.number().int().meta({ description: "Confirmed, past and upcoming" }),
    upcoming: z.number().int().meta({ description: "Confirmed for a call time still ahead" }),
    shows: z
      .number()
      .int()
      .meta({ description: "Confirmed for a call time that has started (and not a no-show)" }),
    declined: z.number().int(),
    canceled: z.number().int(),
    lateCancellations: z.number().int().meta({
      description: "Canceled after being confirmed, less than 24 hours before the call",
    }),
    noCallNoShows: z.number().int(),
    paidMinutes: z
      .number()
      .int()
      .meta({ description: "Paid time of the completed shifts, from the time sheets" }),
    hoursWorked: z.number().meta({ description: "paidMinutes in hours, two decimals" }),
    lastWorkedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "Start of the latest call time shown for" }),
    reliability: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({
        description:
          "shows / (shows + no-call-no-shows + late cancellations), 0–1 with three decimals; " +
          "null without any of them",
        example: 0.875,
      }),
  })
  .meta({
    id: "WorkerReliability",
    description:
      "A worker's record from their requests. A steward's figures count only the events " +
      "assigned to them.",
  });
export type TWorkerReliability = z.infer<typeof ZWorkerReliability>;

export const ZWorkerHistoryQuery = z.strictObject({ ...ZPage });
export type TWorkerHistoryQuery = z.infer<typeof ZWorkerHistoryQuery>;

export const ZWorkerHistoryItem = z
  .object({
    requestId: z.uuid(),
    state: ZLaborRequestState,
    reserved: z.boolean(),
    event: z.object({ id: z.uuid(), name: z.string(), status: z.enum(EVENT_STATUSES) }),
    callTime: z.object({
      id: z.uuid(),
      name: z.string(),
      startsAt: z.iso.datetime(),
      timeZone: z.string(),
    }),
    laborType: z.object({ id: z.uuid(), name: z.string() }),
    sentAt: z.iso.datetime().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    hours: ZShiftHours.nullable().meta({
      description: "The time sheet's hours for a confirmed request; null otherwise",
    }),
  })
  .meta({ id: "WorkerHistoryItem" });
export type TWorkerHistoryItem = z.infer<typeof ZWorkerHistoryItem>;

// ---------- dashboard ----------

const ZFill = {
  needed: z.number().int(),
  confirmed: z.number().int(),
  unfilled: z.number().int(),
  fillRate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .meta({ description: "confirmed / needed, three decimals; null when nothing is needed" }),
};

export const ZStaffingDashboard = z
  .object({
    now: z.iso.datetime(),
    timeZone: z.string().meta({ description: "The org's zone, for the week" }),
    upcomingEvents: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          status: z.enum(EVENT_STATUSES),
          startDate: ZDate,
          endDate: ZDate,
          location: z.string().nullable(),
          nextCallTimeAt: z.iso.datetime().nullable(),
          callTimes: z.number().int(),
          ...ZFill,
        }),
      )
      .meta({
        description:
          "Draft and active events with a call time in the next 14 days, soonest first; " +
          "fill counts every requirement of those call times",
      }),
    todayCallTimes: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          startsAt: z.iso.datetime(),
          timeZone: z.string(),
          event: z.object({ id: z.uuid(), name: z.string() }),
          ...ZFill,
          signedIn: z.number().int(),
          signedOut: z.number().int(),
          notYet: z.number().int(),
          workers: z.array(
            z.object({
              requestId: z.uuid(),
              name: z.string(),
              laborType: z.string(),
              status: z.enum(["not_yet", "in", "out"]),
              signedInAt: z.iso.datetime().nullable(),
              signedOutAt: z.iso.datetime().nullable(),
            }),
          ),
        }),
      )
      .meta({ description: "Call times on today's date in their location's zone" }),
    pendingAnswers: z
      .number()
      .int()
      .meta({ description: "Requests sent and not yet answered, for call times still ahead" }),
    week: z
      .object({
        from: ZDate,
        to: ZDate,
        completedShifts: z.number().int(),
        paidMinutes: z.number().int(),
        hours: z.number(),
        costMinor: z.number().int(),
        inProgressShifts: z.number().int(),
        scheduledShifts: z
          .number()
          .int()
          .meta({ description: "Confirmed shifts of the week not signed in yet" }),
        estimatedMinutes: z.number().int().meta({
          description: "paidMinutes plus every other confirmed shift at its minimum paid time",
        }),
        estimatedHours: z.number(),
        estimatedCostMinor: z.number().int(),
        currency: z.string(),
      })
      .meta({
        description:
          "Monday to Sunday in the org's zone: completed shifts' paid hours and cost from the " +
          "time sheets (requirement pay rates), and the estimate for the whole week",
      }),
  })
  .meta({ id: "StaffingDashboard" });
export type TStaffingDashboard = z.infer<typeof ZStaffingDashboard>;
