import { z } from "zod";
import {
  ZCopyCallTime,
  ZCreateCallTime,
  ZCreateEvent,
  ZCreateMealBreak,
  ZCreateRequirement,
  ZCreateRequests,
  ZUpdateCallTime,
  ZUpdateEvent,
  ZUpdateMealBreak,
  ZUpdateRequirement,
  ZUpdateTimeEntry,
  zonedWallTimeToInstant,
} from "@/lib/staffing";
import type { TPayRuleOverrides } from "@/lib/staffing/pay-rules";

/**
 * Forms post flat strings; these schemas turn them into the staffing services' own input
 * (the same zod schemas the API uses), so field errors come back under the names of the
 * inputs (`name`, `endDate`, `payRules.minimumHours`) and no rule is written twice.
 */

type Raw = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** A number typed in a field; anything else stays as typed so zod names the problem. */
function numberOf(value: unknown): unknown {
  const raw = text(value)?.trim();
  if (raw === undefined || raw === "") return undefined;
  const parsed = Number(raw.replace(",", "."));
  return Number.isFinite(parsed) ? parsed : raw;
}

/**
 * An amount of money typed in major units ("25.50") as minor units (2550); `decimals` is the
 * currency's (2 for EUR, 0 for JPY), posted by the form that knows the org's currency.
 */
function minorUnitsOf(value: unknown, decimals: unknown): unknown {
  const parsed = numberOf(value);
  const digits = numberOf(decimals);
  const scale = typeof digits === "number" && [0, 1, 2, 3].includes(digits) ? 10 ** digits : 100;
  return typeof parsed === "number" ? Math.round(parsed * scale) : parsed;
}

const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item) => typeof item === "string")
    : text(value)
      ? [text(value)!]
      : [];

const checked = (value: unknown) => value === "on" || value === "true";

const PAY_RULE_KEYS = [
  "minimumHours",
  "roundingGraceMinutes",
  "mealPenaltyTriggerHours",
  "mealPenaltyMultiplier",
] as const;

/**
 * The collapsed pay rule fields (components/staffing/pay-rule-fields.tsx): a blank input
 * inherits; overtime has its own mode — inherit, off (an explicit null) or after N hours.
 * Undefined when nothing is overridden, so the service keeps `{}`.
 */
function payRulesOf(raw: Raw): TPayRuleOverrides | undefined {
  const rules: Record<string, unknown> = {};
  for (const key of PAY_RULE_KEYS) {
    const value = numberOf(raw[`payRules.${key}`]);
    if (value !== undefined) rules[key] = value;
  }
  const mode = text(raw.overtimeMode) ?? "inherit";
  if (mode === "off") rules.overtimeAfterHours = null;
  // "after" without hours is an error on the hours field, not a silent "inherit".
  else if (mode === "after")
    rules.overtimeAfterHours = numberOf(raw["payRules.overtimeAfterHours"]) ?? NaN;
  return Object.keys(rules).length > 0 ? (rules as TPayRuleOverrides) : undefined;
}

const withDefined = (input: Raw) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));

const objectOrRaw = (raw: unknown, build: (input: Raw) => Raw) =>
  typeof raw === "object" && raw !== null ? withDefined(build(raw as Raw)) : raw;

// ---------- events ----------

const ZFormStatus = z.enum(["draft", "active"]);
const ZStewardIds = z.array(z.uuid()).max(50);

function eventFields(raw: Raw) {
  return {
    name: text(raw.name),
    description: text(raw.description) ?? null,
    locationId: text(raw.locationId) ?? null,
    startDate: text(raw.startDate),
    endDate: text(raw.endDate),
    payRules: payRulesOf(raw),
    userIds: list(raw.userIds),
  };
}

/** New event: the event itself, its first status (draft or active) and its stewards. */
export const ZEventCreateForm = z.preprocess(
  (raw) => objectOrRaw(raw, (input) => ({ ...eventFields(input), status: text(input.status) })),
  ZCreateEvent.safeExtend({ status: ZFormStatus.default("draft"), userIds: ZStewardIds }),
);

/** Edit: every field is sent; the overrides are replaced as a whole (blank = inherit). */
export const ZEventEditForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      ...eventFields(input),
      payRules: payRulesOf(input) ?? {},
      eventId: text(input.eventId),
    })),
  ZUpdateEvent.safeExtend({
    eventId: z.uuid(),
    name: ZCreateEvent.shape.name,
    startDate: ZCreateEvent.shape.startDate,
    endDate: ZCreateEvent.shape.endDate,
    userIds: ZStewardIds,
  }).refine((event) => event.endDate >= event.startDate, {
    error: "staffing.events.validation.endBeforeStart",
    path: ["endDate"],
  }),
);

export const ZEventRef = z.object({ eventId: z.uuid() });

// ---------- call times ----------

function callTimeFields(raw: Raw) {
  return {
    name: text(raw.name),
    date: text(raw.date),
    time: text(raw.time),
    message: text(raw.message) ?? null,
    payRules: payRulesOf(raw),
  };
}

export const ZCallTimeCreateForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({ ...callTimeFields(input), eventId: text(input.eventId) })),
  ZCreateCallTime.safeExtend({ eventId: z.uuid() }),
);

export const ZCallTimeEditForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      ...callTimeFields(input),
      payRules: payRulesOf(input) ?? {},
      callTimeId: text(input.callTimeId),
    })),
  ZUpdateCallTime.safeExtend({ callTimeId: z.uuid() }),
);

export const ZCallTimeCopyForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      name: text(input.name),
      date: text(input.date),
      time: text(input.time),
      callTimeId: text(input.callTimeId),
    })),
  ZCopyCallTime.safeExtend({ callTimeId: z.uuid() }),
);

export const ZCallTimeRef = z.object({ callTimeId: z.uuid() });

// ---------- requirements ----------

function requirementFields(raw: Raw) {
  return {
    needed: numberOf(raw.needed),
    firstComePositions: numberOf(raw.firstComePositions),
    payRateMinor: text(raw.payRate)?.trim()
      ? minorUnitsOf(raw.payRate, raw.currencyDecimals)
      : null,
    payRules: payRulesOf(raw),
  };
}

export const ZRequirementCreateForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      ...requirementFields(input),
      laborTypeId: text(input.laborTypeId),
      callTimeId: text(input.callTimeId),
    })),
  ZCreateRequirement.safeExtend({ callTimeId: z.uuid() }),
);

export const ZRequirementEditForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      ...requirementFields(input),
      firstComePositions: numberOf(input.firstComePositions) ?? 0,
      payRules: payRulesOf(input) ?? {},
      requirementId: text(input.requirementId),
    })),
  ZUpdateRequirement.safeExtend({ requirementId: z.uuid() }),
);

export const ZRequirementRef = z.object({ requirementId: z.uuid() });

// ---------- requests ----------

export const ZRequestRef = z.object({ requestId: z.uuid() });

/** The fill list's "Request" / "Reserve": `eventId` only says which page to go back to. */
export const ZRequestWorkersForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      workerIds: list(input.workerIds),
      reserved: checked(input.reserved),
      requirementId: text(input.requirementId),
      eventId: text(input.eventId),
    })),
  ZCreateRequests.safeExtend({ requirementId: z.uuid(), eventId: z.uuid() }),
);

export const ZBulkConfirmForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      requestIds: list(input.requestIds),
      requirementId: text(input.requirementId),
    })),
  z.strictObject({ requirementId: z.uuid(), requestIds: z.array(z.uuid()).min(1).max(500) }),
);

// ---------- time sheet ----------

/**
 * A date and time typed in the call time's zone, as the instant the services take. The zone
 * comes from the page (a hidden field): it only says how to read the wall time, and a bad
 * one is refused like any malformed input.
 */
function instantOf(date: unknown, time: unknown, timeZone: unknown): unknown {
  const [day, clock, zone] = [text(date), text(time), text(timeZone)];
  if (day === undefined && clock === undefined) return undefined;
  if (!day || !clock || !zone) return `${day ?? ""} ${clock ?? ""}`.trim();
  try {
    return zonedWallTimeToInstant(day, clock, zone).toISOString();
  } catch {
    return `${day} ${clock}`;
  }
}

export const ZSignInForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      requestId: text(input.requestId),
      at: instantOf(input.date, input.time, input.timeZone),
    })),
  z.strictObject({ requestId: z.uuid(), at: z.iso.datetime({ offset: true }).optional() }),
);

export const ZTimeEntryEditForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      timeEntryId: text(input.timeEntryId),
      signedInAt: instantOf(input.inDate, input.inTime, input.timeZone),
      // Both out fields cleared: the worker is back to "not signed out".
      signedOutAt:
        text(input.outDate) || text(input.outTime)
          ? instantOf(input.outDate, input.outTime, input.timeZone)
          : null,
    })),
  ZUpdateTimeEntry.safeExtend({ timeEntryId: z.uuid() }),
);

export const ZMealBreakCreateForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      timeEntryId: text(input.timeEntryId),
      startsAt: instantOf(input.date, input.time, input.timeZone),
      durationMinutes: numberOf(input.durationMinutes),
      paid: text(input.paid) === "paid",
    })),
  ZCreateMealBreak.safeExtend({ timeEntryId: z.uuid() }),
);

export const ZMealBreakEditForm = z.preprocess(
  (raw) =>
    objectOrRaw(raw, (input) => ({
      breakId: text(input.breakId),
      startsAt: instantOf(input.date, input.time, input.timeZone),
      durationMinutes: numberOf(input.durationMinutes),
      paid: text(input.paid) === undefined ? undefined : text(input.paid) === "paid",
    })),
  ZUpdateMealBreak.safeExtend({ breakId: z.uuid() }),
);

export const ZBreakRef = z.object({ breakId: z.uuid() });
