import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, orgId, updatedAt } from "./columns";
import { users } from "./identity";
import { organizations } from "./tenancy";

/**
 * Staffing (CallManager): every table is a tenant table with `org_id` and row-level
 * security (migration 0008), reached through `withTenant()`.
 */

/**
 * Overrides of the pay rules at one level (org defaults → location → event → call time →
 * requirement; the most specific value wins). Keys left out inherit. See
 * lib/staffing/pay-rules.ts for the shape and defaults.
 */
export interface PayRuleOverrides {
  minimumHours?: number;
  roundingGraceMinutes?: number;
  mealPenaltyTriggerHours?: number;
  mealPenaltyMultiplier?: number;
  overtimeAfterHours?: number | null;
}
const payRules = () => jsonb("pay_rules").$type<PayRuleOverrides>().notNull().default({});

/** The org's staffing settings: default pay rules, reminders, auto-withdraw, conflicts. */
export const staffingSettings = pgTable("staffing_settings", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  payRules: payRules(),
  /** Hours before a call time when confirmed workers get a reminder. */
  reminderHours: integer("reminder_hours")
    .array()
    .notNull()
    .default(sql`'{24,2}'::integer[]`),
  /** Unanswered requests are withdrawn this many hours before the call; null: never. */
  autoWithdrawHours: integer("auto_withdraw_hours"),
  /** Another booking within ± this many hours of a call time is a conflict. */
  conflictWindowHours: integer("conflict_window_hours").notNull().default(5),
  /** Shown before the org's name in request texts ("{Sender}/{Org}: …"). */
  smsSenderName: text("sms_sender_name"),
  updatedAt: updatedAt(),
});

export const laborTypes = pgTable(
  "labor_types",
  {
    id: id(),
    orgId: orgId(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("labor_types_org_name_key").on(table.orgId, sql`lower(${table.name})`)],
);

export const locations = pgTable(
  "staffing_locations",
  {
    id: id(),
    orgId: orgId(),
    name: text("name").notNull(),
    address: text("address"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    timeZone: text("time_zone").notNull(),
    payRules: payRules(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("staffing_locations_org_idx").on(table.orgId, table.name)],
);

export const SMS_CONSENT_STATES = ["unknown", "pending", "granted", "stopped"] as const;

export const workers = pgTable(
  "workers",
  {
    id: id(),
    orgId: orgId(),
    name: text("name").notNull(),
    email: text("email"),
    notes: text("notes"),
    smsConsent: text("sms_consent", { enum: SMS_CONSENT_STATES }).notNull().default("unknown"),
    noCallNoShowCount: integer("no_call_no_show_count").notNull().default(0),
    lateCancellationCount: integer("late_cancellation_count").notNull().default(0),
    active: boolean("active").notNull().default(true),
    /** Set once the worker registers with one of their phones and can use /work. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("workers_org_name_idx").on(table.orgId, table.name),
    uniqueIndex("workers_org_user_key").on(table.orgId, table.userId),
    check(
      "workers_sms_consent_check",
      sql`${table.smsConsent} in ('unknown', 'pending', 'granted', 'stopped')`,
    ),
  ],
);

/** A worker's phones (E.164), unique per org across workers; exactly one is primary. */
export const workerPhones = pgTable(
  "worker_phones",
  {
    id: id(),
    orgId: orgId(),
    workerId: uuid("worker_id")
      .notNull()
      .references(() => workers.id, { onDelete: "cascade" }),
    phone: text("phone").notNull(),
    isPrimary: boolean("is_primary").notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("worker_phones_org_phone_key").on(table.orgId, table.phone),
    uniqueIndex("worker_phones_one_primary_key")
      .on(table.workerId)
      .where(sql`${table.isPrimary}`),
    index("worker_phones_phone_idx").on(table.phone),
  ],
);

export const workerLaborTypes = pgTable(
  "worker_labor_types",
  {
    orgId: orgId(),
    workerId: uuid("worker_id")
      .notNull()
      .references(() => workers.id, { onDelete: "cascade" }),
    laborTypeId: uuid("labor_type_id")
      .notNull()
      .references(() => laborTypes.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.workerId, table.laborTypeId] }),
    index("worker_labor_types_type_idx").on(table.laborTypeId),
  ],
);

export const EVENT_STATUSES = ["draft", "active", "canceled", "completed"] as const;

export const events = pgTable(
  "staffing_events",
  {
    id: id(),
    orgId: orgId(),
    name: text("name").notNull(),
    description: text("description"),
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "restrict" }),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    status: text("status", { enum: EVENT_STATUSES }).notNull().default("draft"),
    payRules: payRules(),
    /** "Pause sending" while the roster is edited; queued requests wait. */
    sendingPaused: boolean("sending_paused").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("staffing_events_org_start_idx").on(table.orgId, table.startDate),
    check("staffing_events_dates_check", sql`${table.endDate} >= ${table.startDate}`),
    check(
      "staffing_events_status_check",
      sql`${table.status} in ('draft', 'active', 'canceled', 'completed')`,
    ),
  ],
);

/** Stewards see and run only the events they are assigned to. */
export const eventStewards = pgTable(
  "event_stewards",
  {
    orgId: orgId(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.userId] }),
    index("event_stewards_user_idx").on(table.userId),
  ],
);

export const callTimes = pgTable(
  "call_times",
  {
    id: id(),
    orgId: orgId(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Entered as a date and time in the location's zone, stored as an instant. */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    message: text("message"),
    payRules: payRules(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("call_times_event_idx").on(table.eventId, table.startsAt),
    index("call_times_org_starts_idx").on(table.orgId, table.startsAt),
  ],
);

/** Every change of a call time's start, for the history and time-change messages. */
export const callTimeChanges = pgTable(
  "call_time_changes",
  {
    id: id(),
    orgId: orgId(),
    callTimeId: uuid("call_time_id")
      .notNull()
      .references(() => callTimes.id, { onDelete: "cascade" }),
    previousStartsAt: timestamp("previous_starts_at", { withTimezone: true }).notNull(),
    newStartsAt: timestamp("new_starts_at", { withTimezone: true }).notNull(),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [index("call_time_changes_call_time_idx").on(table.callTimeId, table.createdAt)],
);

export const laborRequirements = pgTable(
  "labor_requirements",
  {
    id: id(),
    orgId: orgId(),
    callTimeId: uuid("call_time_id")
      .notNull()
      .references(() => callTimes.id, { onDelete: "cascade" }),
    laborTypeId: uuid("labor_type_id")
      .notNull()
      .references(() => laborTypes.id, { onDelete: "restrict" }),
    needed: integer("needed").notNull(),
    /** Positions filled automatically by the first workers who answer yes. */
    firstComePositions: integer("first_come_positions").notNull().default(0),
    /** Per hour, in minor units of the org's currency, for cost estimates. */
    payRateMinor: integer("pay_rate_minor"),
    payRules: payRules(),
    /**
     * Kept by the request transitions in the same transaction; the check makes over-filling
     * impossible even when two answers race for the last place.
     */
    confirmedCount: integer("confirmed_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("labor_requirements_call_time_type_key").on(table.callTimeId, table.laborTypeId),
    check("labor_requirements_needed_check", sql`${table.needed} > 0`),
    check(
      "labor_requirements_first_come_check",
      sql`${table.firstComePositions} between 0 and ${table.needed}`,
    ),
    check(
      "labor_requirements_confirmed_check",
      sql`${table.confirmedCount} between 0 and ${table.needed}`,
    ),
    check(
      "labor_requirements_pay_rate_check",
      sql`${table.payRateMinor} is null or ${table.payRateMinor} >= 0`,
    ),
  ],
);

export const LABOR_REQUEST_STATES = [
  "queued",
  "sent",
  "available",
  "declined",
  "confirmed",
  "canceled",
  "no_call_no_show",
] as const;
export const ANSWER_CHANNELS = ["sms_link", "sms_reply", "web", "api", "manager"] as const;

export const laborRequests = pgTable(
  "labor_requests",
  {
    id: id(),
    orgId: orgId(),
    requirementId: uuid("requirement_id")
      .notNull()
      .references(() => laborRequirements.id, { onDelete: "cascade" }),
    workerId: uuid("worker_id")
      .notNull()
      .references(() => workers.id, { onDelete: "cascade" }),
    state: text("state", { enum: LABOR_REQUEST_STATES }).notNull().default("queued"),
    reserved: boolean("reserved").notNull().default(false),
    /** Long random token for the worker's answer link (/r/{token}) and clock-in QR code. */
    token: text("token").notNull(),
    /** Short code for SMS links (/r/{code}: fewer segments) and typing at a sign-in desk. */
    shortCode: text("short_code").notNull(),
    answerChannel: text("answer_channel", { enum: ANSWER_CHANNELS }),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    noShowAt: timestamp("no_show_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("labor_requests_requirement_worker_key").on(table.requirementId, table.workerId),
    uniqueIndex("labor_requests_token_key").on(table.token),
    uniqueIndex("labor_requests_short_code_key").on(table.shortCode),
    index("labor_requests_worker_idx").on(table.workerId, table.state),
    index("labor_requests_org_state_idx").on(table.orgId, table.state),
    check(
      "labor_requests_state_check",
      sql`${table.state} in ('queued', 'sent', 'available', 'declined', 'confirmed', 'canceled', 'no_call_no_show')`,
    ),
  ],
);

/** Reminders sent for a confirmed request, one row per reminder offset: each goes out once. */
export const laborRequestReminders = pgTable(
  "labor_request_reminders",
  {
    orgId: orgId(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => laborRequests.id, { onDelete: "cascade" }),
    hoursBefore: integer("hours_before").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.requestId, table.hoursBefore] })],
);

export const TIME_CHANGE_ANSWERS = ["confirmed", "cant_make_it"] as const;

/**
 * A confirmed worker's answer to a call time change: one row per worker per change, created
 * unanswered when the time-change SMS goes out.
 */
export const timeChangeAnswers = pgTable(
  "time_change_answers",
  {
    id: id(),
    orgId: orgId(),
    changeId: uuid("change_id")
      .notNull()
      .references(() => callTimeChanges.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => laborRequests.id, { onDelete: "cascade" }),
    answer: text("answer", { enum: TIME_CHANGE_ANSWERS }),
    message: text("message"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("time_change_answers_change_request_key").on(table.changeId, table.requestId),
    index("time_change_answers_request_idx").on(table.requestId),
    check(
      "time_change_answers_answer_check",
      sql`${table.answer} is null or ${table.answer} in ('confirmed', 'cant_make_it')`,
    ),
  ],
);

/** One per confirmed request: the hours worked. */
export const timeEntries = pgTable(
  "time_entries",
  {
    id: id(),
    orgId: orgId(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => laborRequests.id, { onDelete: "cascade" }),
    signedInAt: timestamp("signed_in_at", { withTimezone: true }),
    signedOutAt: timestamp("signed_out_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("time_entries_request_key").on(table.requestId),
    check(
      "time_entries_order_check",
      sql`${table.signedOutAt} is null or ${table.signedInAt} is not null and ${table.signedOutAt} > ${table.signedInAt}`,
    ),
  ],
);

export const mealBreaks = pgTable(
  "meal_breaks",
  {
    id: id(),
    orgId: orgId(),
    timeEntryId: uuid("time_entry_id")
      .notNull()
      .references(() => timeEntries.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    paid: boolean("paid").notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    index("meal_breaks_entry_idx").on(table.timeEntryId, table.startsAt),
    check("meal_breaks_duration_check", sql`${table.durationMinutes} between 1 and 720`),
  ],
);

/** Who changed a time entry or its breaks, when, and from what to what. */
export const timeEntryAudits = pgTable(
  "time_entry_audits",
  {
    id: id(),
    orgId: orgId(),
    timeEntryId: uuid("time_entry_id")
      .notNull()
      .references(() => timeEntries.id, { onDelete: "cascade" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    field: text("field").notNull(),
    oldValue: text("old_value"),
    newValue: text("new_value"),
    createdAt: createdAt(),
  },
  (table) => [index("time_entry_audits_entry_idx").on(table.timeEntryId, table.createdAt)],
);

export const STAFFING_NOTIFICATION_KINDS = [
  "available",
  "confirmed",
  "declined",
  "canceled",
  "time_change",
] as const;

/** The manager's notification bell. */
export const staffingNotifications = pgTable(
  "staffing_notifications",
  {
    id: id(),
    orgId: orgId(),
    kind: text("kind", { enum: STAFFING_NOTIFICATION_KINDS }).notNull(),
    requestId: uuid("request_id").references(() => laborRequests.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("staffing_notifications_org_idx").on(table.orgId, table.createdAt)],
);

/** A kiosk page for an event's sign-in desk, valid for 24 hours. */
export const signInStations = pgTable(
  "sign_in_stations",
  {
    id: id(),
    orgId: orgId(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("sign_in_stations_token_key").on(table.tokenHash)],
);
