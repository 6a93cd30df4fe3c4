import { z } from "zod";
import { EVENT_STATUSES } from "@/db/schema/staffing";
import { ZPayRuleOverrides } from "./pay-rules";
import { ZRequestCounts } from "./requests.schemas";

const ZPage = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

const ZDate = z.iso
  .date()
  .meta({ description: "Calendar date, `YYYY-MM-DD`", example: "2026-12-04" });
const ZInstant = z.iso.datetime({ offset: true }).meta({
  description: "ISO 8601 instant with an offset",
  example: "2026-12-04T18:00:00-05:00",
});

export const ZEventStatus = z.enum(EVENT_STATUSES).meta({
  id: "EventStatus",
  description: "draft → active → completed; draft or active → canceled",
});

export const ZIdParams = z.object({ id: z.uuid() });

// ---------- events ----------

export const ZListEventsQuery = z
  .strictObject({
    q: z.string().trim().max(100).optional().meta({ description: "Part of the name" }),
    status: ZEventStatus.optional(),
    from: ZDate.optional().meta({ description: "Events ending on or after this date" }),
    to: ZDate.optional().meta({ description: "Events starting on or before this date" }),
    endsBefore: ZDate.optional().meta({
      description: "Events that ended before this date (past events: today's date)",
    }),
    order: z
      .enum(["asc", "desc"])
      .default("asc")
      .meta({ description: "By start date: asc (soonest first) or desc (latest first)" }),
    ...ZPage,
  })
  .refine((query) => !query.from || !query.to || query.to >= query.from, {
    error: "staffing.events.validation.toBeforeFrom",
    path: ["to"],
  });
export type TListEventsQuery = z.infer<typeof ZListEventsQuery>;

const ZEventName = z.string().trim().min(1).max(200).meta({ example: "Harbor Festival" });
const ZDescription = z.string().trim().max(5000).nullable();

export const ZCreateEvent = z
  .strictObject({
    name: ZEventName,
    description: ZDescription.optional(),
    locationId: z.uuid().nullable().optional(),
    startDate: ZDate,
    endDate: ZDate,
    payRules: ZPayRuleOverrides.optional(),
  })
  .refine((event) => event.endDate >= event.startDate, {
    error: "staffing.events.validation.endBeforeStart",
    path: ["endDate"],
  })
  .meta({ id: "CreateEvent" });
export type TCreateEvent = z.infer<typeof ZCreateEvent>;

export const ZUpdateEvent = z
  .strictObject({
    name: ZEventName.optional(),
    description: ZDescription.optional(),
    locationId: z.uuid().nullable().optional(),
    startDate: ZDate.optional(),
    endDate: ZDate.optional(),
    status: ZEventStatus.optional(),
    payRules: ZPayRuleOverrides.optional().meta({ description: "Replaces the overrides" }),
  })
  .meta({ id: "UpdateEvent", description: "Only the fields sent change" });
export type TUpdateEvent = z.infer<typeof ZUpdateEvent>;

export const ZSetStewards = z
  .strictObject({ userIds: z.array(z.uuid()).max(50) })
  .meta({ id: "SetEventStewards", description: "The complete list; others are unassigned" });

export const ZEventSteward = z.object({ userId: z.uuid(), name: z.string() });

export const ZEvent = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    location: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }).nullable(),
    startDate: ZDate,
    endDate: ZDate,
    status: ZEventStatus,
    payRules: ZPayRuleOverrides,
    sendingPaused: z.boolean(),
    stewards: z.array(ZEventSteward),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "StaffingEvent" });
export type TEvent = z.infer<typeof ZEvent>;

// ---------- call times ----------

const ZCallTimeName = z.string().trim().min(1).max(200).meta({ example: "Load-in" });
const ZMessage = z.string().trim().max(1000).nullable();

const ZWallDate = ZDate.meta({
  description: "Date in the event's time zone, `YYYY-MM-DD`",
  example: "2026-12-04",
});
const ZWallTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "staffing.events.validation.wallTime" })
  .meta({ description: "Wall-clock time in the event's time zone, `HH:mm`", example: "07:00" });

/** A start is either an instant, or a date and time in the event's zone (both together). */
function hasOneStart(input: { startsAt?: string; date?: string; time?: string }): boolean {
  const wall = input.date !== undefined || input.time !== undefined;
  if (input.startsAt !== undefined) return !wall;
  return input.date !== undefined && input.time !== undefined;
}
const oneStart = { error: "staffing.events.validation.oneStart", path: ["startsAt"] };

export const ZCreateCallTime = z
  .strictObject({
    name: ZCallTimeName,
    startsAt: ZInstant.optional(),
    date: ZWallDate.optional(),
    time: ZWallTime.optional(),
    message: ZMessage.optional(),
    payRules: ZPayRuleOverrides.optional(),
  })
  .refine(hasOneStart, oneStart)
  .meta({
    id: "CreateCallTime",
    description:
      "Give `date` + `time` in the event's zone (its location's, else the org's), or `startsAt`",
  });
export type TCreateCallTime = z.infer<typeof ZCreateCallTime>;

export const ZUpdateCallTime = z
  .strictObject({
    name: ZCallTimeName.optional(),
    startsAt: ZInstant.optional(),
    date: ZWallDate.optional(),
    time: ZWallTime.optional(),
    message: ZMessage.optional(),
    payRules: ZPayRuleOverrides.optional(),
  })
  .refine(
    (input) =>
      (input.startsAt === undefined && input.date === undefined && input.time === undefined) ||
      hasOneStart(input),
    oneStart,
  )
  .meta({ id: "UpdateCallTime", description: "A new start is kept in the history" });
export type TUpdateCallTime = z.infer<typeof ZUpdateCallTime>;

export const ZCopyCallTime = z
  .strictObject({
    startsAt: ZInstant.optional(),
    date: ZWallDate.optional(),
    time: ZWallTime.optional(),
    name: ZCallTimeName.optional(),
  })
  .refine(hasOneStart, oneStart)
  .meta({ id: "CopyCallTime", description: "Name defaults to the original's" });
export type TCopyCallTime = z.infer<typeof ZCopyCallTime>;

export const ZCallTime = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    name: z.string(),
    startsAt: z.iso.datetime(),
    timeZone: z.string().meta({ description: "The event's zone (location's, else the org's)" }),
    date: ZDate.meta({ description: "Start date in `timeZone`" }),
    time: z.string().meta({ description: "Start time in `timeZone`, `HH:mm`" }),
    message: z.string().nullable(),
    payRules: ZPayRuleOverrides,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "CallTime" });
export type TCallTime = z.infer<typeof ZCallTime>;

export const ZCallTimeChange = z
  .object({
    id: z.uuid(),
    previousStartsAt: z.iso.datetime(),
    newStartsAt: z.iso.datetime(),
    changedBy: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "CallTimeChange" });
export type TCallTimeChange = z.infer<typeof ZCallTimeChange>;

// ---------- requirements ----------

const ZNeeded = z.number().int().min(1).max(10_000);
const ZFirstCome = z.number().int().min(0).max(10_000);
const ZPayRate = z
  .number()
  .int()
  .min(0)
  .max(100_000_000)
  .nullable()
  .meta({ description: "Per hour in minor units of the org's currency" });

export const ZCreateRequirement = z
  .strictObject({
    laborTypeId: z.uuid(),
    needed: ZNeeded,
    firstComePositions: ZFirstCome.default(0),
    payRateMinor: ZPayRate.optional(),
    payRules: ZPayRuleOverrides.optional(),
  })
  .refine((input) => input.firstComePositions <= input.needed, {
    error: "staffing.events.validation.firstComeAboveNeeded",
    path: ["firstComePositions"],
  })
  .meta({ id: "CreateRequirement" });
export type TCreateRequirement = z.infer<typeof ZCreateRequirement>;

export const ZUpdateRequirement = z
  .strictObject({
    needed: ZNeeded.optional(),
    firstComePositions: ZFirstCome.optional(),
    payRateMinor: ZPayRate.optional(),
    payRules: ZPayRuleOverrides.optional(),
  })
  .meta({ id: "UpdateRequirement", description: "The labor type is fixed; delete and re-add" });
export type TUpdateRequirement = z.infer<typeof ZUpdateRequirement>;

export const ZRequirement = z
  .object({
    id: z.uuid(),
    callTimeId: z.uuid(),
    laborType: z.object({ id: z.uuid(), name: z.string() }),
    needed: z.number().int(),
    firstComePositions: z.number().int(),
    payRateMinor: z.number().int().nullable(),
    payRules: ZPayRuleOverrides,
    // Requests per state; confirmed = places taken, unfilled = needed − confirmed.
    counts: ZRequestCounts,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "LaborRequirement" });
export type TRequirement = z.infer<typeof ZRequirement>;

// ---------- settings ----------

export const ZUpdateStaffingSettings = z
  .strictObject({
    payRules: ZPayRuleOverrides.optional(),
    reminderHours: z
      .array(z.number().int().min(1).max(168))
      .max(5)
      .refine((hours) => new Set(hours).size === hours.length, {
        error: "staffing.events.validation.duplicateHours",
      })
      .optional(),
    autoWithdrawHours: z.number().int().min(1).max(168).nullable().optional(),
    conflictWindowHours: z.number().int().min(0).max(48).optional(),
    smsSenderName: z.string().trim().min(1).max(30).nullable().optional().meta({
      description: "Shown before the org's name in request texts",
      example: "Harbor Crew",
    }),
  })
  .meta({ id: "UpdateStaffingSettings" });
export type TUpdateStaffingSettings = z.infer<typeof ZUpdateStaffingSettings>;

export const ZStaffingSettings = z
  .object({
    payRules: ZPayRuleOverrides,
    reminderHours: z.array(z.number().int()),
    autoWithdrawHours: z.number().int().nullable(),
    conflictWindowHours: z.number().int(),
    smsSenderName: z.string().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "StaffingSettings" });
export type TStaffingSettings = z.infer<typeof ZStaffingSettings>;
