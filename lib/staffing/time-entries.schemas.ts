import { z } from "zod";
import { ZPayRules } from "./pay-rules";

const ZInstant = z.iso.datetime({ offset: true }).meta({
  description: "ISO 8601 instant with an offset",
  example: "2026-12-04T07:00:00-05:00",
});

export const ZSignIn = z
  .strictObject({
    at: ZInstant.optional().meta({ description: "Default: the scheduled call time" }),
  })
  .meta({ id: "TimesheetSignIn" });
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSignOut = z
  .strictObject({ at: ZInstant.optional().meta({ description: "Default: now" }) })
  .meta({ id: "TimesheetSignOut" });
export type TSignOut = z.infer<typeof ZSignOut>;

export const ZUpdateTimeEntry = z
  .strictObject({
    signedInAt: ZInstant.optional(),
    signedOutAt: ZInstant.nullable().optional().meta({ description: "null: not signed out" }),
  })
  .refine((body) => body.signedInAt !== undefined || body.signedOutAt !== undefined, {
    error: "staffing.timesheet.validation.nothingToChange",
    path: ["signedInAt"],
  })
  .meta({ id: "UpdateTimeEntry" });
export type TUpdateTimeEntry = z.infer<typeof ZUpdateTimeEntry>;

const ZDuration = z.number().int().min(1).max(720).meta({ example: 30 });

export const ZCreateMealBreak = z
  .strictObject({ startsAt: ZInstant, durationMinutes: ZDuration, paid: z.boolean() })
  .meta({ id: "CreateMealBreak" });
export type TCreateMealBreak = z.infer<typeof ZCreateMealBreak>;

export const ZUpdateMealBreak = z
  .strictObject({
    startsAt: ZInstant.optional(),
    durationMinutes: ZDuration.optional(),
    paid: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    error: "staffing.timesheet.validation.nothingToChange",
    path: ["startsAt"],
  })
  .meta({ id: "UpdateMealBreak" });
export type TUpdateMealBreak = z.infer<typeof ZUpdateMealBreak>;

export const ZMealBreak = z
  .object({
    id: z.uuid(),
    timeEntryId: z.uuid(),
    startsAt: z.string(),
    durationMinutes: z.number().int(),
    paid: z.boolean(),
  })
  .meta({ id: "MealBreak" });
export type TMealBreak = z.infer<typeof ZMealBreak>;

export const ZTimeEntry = z
  .object({
    id: z.uuid(),
    requestId: z.uuid(),
    signedInAt: z.string().nullable(),
    signedOutAt: z.string().nullable(),
    breaks: z.array(ZMealBreak),
  })
  .meta({ id: "TimeEntry" });
export type TTimeEntry = z.infer<typeof ZTimeEntry>;

export const ZShiftHours = z
  .object({
    status: z.enum(["completed", "in_progress"]),
    start: z.string(),
    end: z.string().nullable(),
    totalMinutes: z.number().int().nullable(),
    breakMinutes: z.number().int().nullable(),
    unpaidBreakMinutes: z.number().int().nullable(),
    paidMinutes: z.number().int().nullable(),
    regularMinutes: z.number().int().nullable(),
    mealPenaltyMinutes: z.number().int().nullable(),
    overtimeMinutes: z.number().int().nullable(),
    costMinor: z.number().int().nullable(),
  })
  .meta({
    id: "ShiftHours",
    description:
      "computeShift's result: after the minimum-hours raise and rounding; null numbers while in progress",
  });
export type TShiftHours = z.infer<typeof ZShiftHours>;

export const ZTimesheetRow = z
  .object({
    requestId: z.uuid(),
    state: z.enum(["confirmed", "no_call_no_show"]),
    worker: z.object({ id: z.uuid(), name: z.string() }),
    laborType: z.object({ id: z.uuid(), name: z.string() }),
    requirementId: z.uuid(),
    payRateMinor: z.number().int().nullable(),
    payRules: ZPayRules,
    timeEntry: ZTimeEntry.nullable(),
    hours: ZShiftHours.nullable().meta({ description: "null for a no-call-no-show" }),
  })
  .meta({ id: "TimesheetRow" });
export type TTimesheetRow = z.infer<typeof ZTimesheetRow>;

export const ZTimesheetTotals = z
  .object({
    workers: z.number().int(),
    completed: z.number().int(),
    inProgress: z.number().int(),
    noShows: z.number().int(),
    totalMinutes: z.number().int(),
    paidMinutes: z.number().int(),
    regularMinutes: z.number().int(),
    mealPenaltyMinutes: z.number().int(),
    overtimeMinutes: z.number().int(),
    costMinor: z.number().int(),
  })
  .meta({ id: "TimesheetTotals", description: "Sums over the completed shifts" });
export type TTimesheetTotals = z.infer<typeof ZTimesheetTotals>;

export const ZTimesheet = z
  .object({
    callTime: z.object({
      id: z.uuid(),
      eventId: z.uuid(),
      name: z.string(),
      startsAt: z.string(),
      timeZone: z.string(),
    }),
    rows: z.array(ZTimesheetRow),
    totals: ZTimesheetTotals,
  })
  .meta({ id: "Timesheet" });
export type TTimesheet = z.infer<typeof ZTimesheet>;

export const ZTimeEntryAudit = z
  .object({
    id: z.uuid(),
    timeEntryId: z.uuid(),
    actor: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    field: z.string().meta({ example: "signedOutAt" }),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "TimeEntryAudit" });
export type TTimeEntryAudit = z.infer<typeof ZTimeEntryAudit>;
