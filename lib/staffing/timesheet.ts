import type { PayRuleOverrides } from "@/db/schema/staffing";
import { computeShift, minutesToHours, type ShiftHours } from "./hours";
import { resolvePayRules } from "./pay-rules";
import type {
  TMealBreak,
  TShiftHours,
  TTimesheet,
  TTimesheetRow,
  TTimesheetTotals,
} from "./time-entries.schemas";
import { instantToZonedWallTime } from "./zoned-time";

/**
 * The time sheet of one call time, built from loaded rows with `computeShift` (the one
 * source of hours and cost), so the JSON and the CSV come from the same numbers.
 */

export interface TimesheetSource {
  callTime: {
    id: string;
    eventId: string;
    name: string;
    startsAt: Date;
    timeZone: string;
    /** Pay rule overrides, least specific first: org, location, event, call time. */
    payRuleLevels: (PayRuleOverrides | null | undefined)[];
  };
  requests: {
    requestId: string;
    state: "confirmed" | "no_call_no_show";
    workerId: string;
    workerName: string;
    laborTypeId: string;
    laborTypeName: string;
    requirementId: string;
    payRateMinor: number | null;
    requirementPayRules: PayRuleOverrides;
    entry: { id: string; signedInAt: Date | null; signedOutAt: Date | null } | null;
    breaks: { id: string; startsAt: Date; durationMinutes: number; paid: boolean }[];
  }[];
}

function toHoursDto(shift: ShiftHours): TShiftHours {
  if (shift.status === "in_progress") {
    return {
      status: "in_progress",
      start: shift.start.toISOString(),
      end: null,
      totalMinutes: null,
      breakMinutes: null,
      unpaidBreakMinutes: null,
      paidMinutes: null,
      regularMinutes: null,
      mealPenaltyMinutes: null,
      overtimeMinutes: null,
      costMinor: null,
    };
  }
  return { ...shift, start: shift.start.toISOString(), end: shift.end.toISOString() };
}

export function buildTimesheet(source: TimesheetSource): TTimesheet {
  const { callTime } = source;
  const rows: TTimesheetRow[] = source.requests.map((request) => {
    const payRules = resolvePayRules([...callTime.payRuleLevels, request.requirementPayRules]);
    const breaks: TMealBreak[] = request.breaks.map((item) => ({
      id: item.id,
      timeEntryId: request.entry!.id,
      startsAt: item.startsAt.toISOString(),
      durationMinutes: item.durationMinutes,
      paid: item.paid,
    }));
    // A no-call-no-show worked no time; everyone else is paid from the call time at least.
    const hours =
      request.state === "no_call_no_show"
        ? null
        : toHoursDto(
            computeShift({
              scheduledStart: callTime.startsAt,
              signedInAt: request.entry?.signedInAt,
              signedOutAt: request.entry?.signedOutAt,
              breaks: request.breaks,
              rules: payRules,
              payRateMinor: request.payRateMinor,
              timeZone: callTime.timeZone,
            }),
          );
    return {
      requestId: request.requestId,
      state: request.state,
      worker: { id: request.workerId, name: request.workerName },
      laborType: { id: request.laborTypeId, name: request.laborTypeName },
      requirementId: request.requirementId,
      payRateMinor: request.payRateMinor,
      payRules,
      timeEntry: request.entry
        ? {
            id: request.entry.id,
            requestId: request.requestId,
            signedInAt: request.entry.signedInAt?.toISOString() ?? null,
            signedOutAt: request.entry.signedOutAt?.toISOString() ?? null,
            breaks,
          }
        : null,
      hours,
    };
  });
  return {
    callTime: {
      id: callTime.id,
      eventId: callTime.eventId,
      name: callTime.name,
      startsAt: callTime.startsAt.toISOString(),
      timeZone: callTime.timeZone,
    },
    rows,
    totals: totalsOf(rows),
  };
}

function totalsOf(rows: TTimesheetRow[]): TTimesheetTotals {
  const totals: TTimesheetTotals = {
    workers: rows.length,
    completed: 0,
    inProgress: 0,
    noShows: 0,
    totalMinutes: 0,
    paidMinutes: 0,
    regularMinutes: 0,
    mealPenaltyMinutes: 0,
    overtimeMinutes: 0,
    costMinor: 0,
  };
  for (const { hours } of rows) {
    if (!hours) totals.noShows += 1;
    else if (hours.status === "in_progress") totals.inProgress += 1;
    else {
      totals.completed += 1;
      totals.totalMinutes += hours.totalMinutes ?? 0;
      totals.paidMinutes += hours.paidMinutes ?? 0;
      totals.regularMinutes += hours.regularMinutes ?? 0;
      totals.mealPenaltyMinutes += hours.mealPenaltyMinutes ?? 0;
      totals.overtimeMinutes += hours.overtimeMinutes ?? 0;
      totals.costMinor += hours.costMinor ?? 0;
    }
  }
  return totals;
}

// ---------- CSV ----------

export const TIMESHEET_CSV_COLUMNS = [
  "name",
  "laborType",
  "in",
  "out",
  "breaks",
  "hours",
  "mealPenalty",
  "overtime",
  "total",
  "cost",
] as const;
export type TimesheetCsvColumn = (typeof TIMESHEET_CSV_COLUMNS)[number];

export interface TimesheetCsvLabels {
  column: (column: TimesheetCsvColumn) => string;
  paid: string;
  unpaid: string;
  noShow: string;
  totals: string;
}

/**
 * One line per worker plus a totals line. Times are wall times in the location's zone: "in"
 * is the sign-in (empty before it), "out" the paid end after the minimum and rounding;
 * hours are `minutesToHours` of the JSON minutes ("hours" = regular, "total" = paid time);
 * cost is the minor units as a decimal with two places.
 */
export function timesheetToCsv(timesheet: TTimesheet, labels: TimesheetCsvLabels): string {
  return toCsv([
    timesheetCsvHeader(labels),
    ...timesheetCsvRows(timesheet, labels),
    timesheetCsvTotals(timesheet.totals, labels),
  ]);
}

export function timesheetCsvHeader(labels: TimesheetCsvLabels): string[] {
  return TIMESHEET_CSV_COLUMNS.map((column) => labels.column(column));
}

/** The worker lines' cells (unquoted), for exports that combine several call times. */
export function timesheetCsvRows(timesheet: TTimesheet, labels: TimesheetCsvLabels): string[][] {
  const zone = timesheet.callTime.timeZone;
  const wall = (iso: string | null | undefined) => {
    if (!iso) return "";
    const { date, time } = instantToZonedWallTime(new Date(iso), zone);
    return `${date} ${time}`;
  };
  return timesheet.rows.map((row) => {
    const hours = row.hours;
    const completed = hours?.status === "completed";
    const breaks = (row.timeEntry?.breaks ?? [])
      .map(
        (item) =>
          `${wall(item.startsAt)} ${item.durationMinutes} min ${item.paid ? labels.paid : labels.unpaid}`,
      )
      .join("; ");
    return [
      row.worker.name,
      row.laborType.name,
      !hours ? labels.noShow : row.timeEntry?.signedInAt ? wall(hours.start) : "",
      completed ? wall(hours.end) : "",
      breaks,
      completed ? hoursText(hours.regularMinutes) : "",
      completed ? hoursText(hours.mealPenaltyMinutes) : "",
      completed ? hoursText(hours.overtimeMinutes) : "",
      completed ? hoursText(hours.paidMinutes) : "",
      completed ? moneyText(hours.costMinor) : "",
    ];
  });
}

export function timesheetCsvTotals(totals: TTimesheetTotals, labels: TimesheetCsvLabels): string[] {
  return [
    labels.totals,
    "",
    "",
    "",
    "",
    hoursText(totals.regularMinutes),
    hoursText(totals.mealPenaltyMinutes),
    hoursText(totals.overtimeMinutes),
    hoursText(totals.paidMinutes),
    moneyText(totals.costMinor),
  ];
}

/** CRLF lines of RFC 4180 cells. */
export function toCsv(lines: string[][]): string {
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function hoursText(minutes: number | null): string {
  return minutes == null ? "" : minutesToHours(minutes).toFixed(2);
}

function moneyText(minor: number | null): string {
  return minor == null ? "" : (minor / 100).toFixed(2);
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a name. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
