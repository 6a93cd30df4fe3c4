import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import { ZIdParams } from "./events.schemas";
import {
  ZSmsUsage,
  ZSmsUsageQuery,
  ZStaffingDashboard,
  ZTimesheetPdfQuery,
  ZWorkerHistoryItem,
  ZWorkerHistoryQuery,
  ZWorkerReliability,
  ZWorkerReportQuery,
} from "./reports.schemas";

const tags = ["Staffing: reports"];
const stewardNote =
  "A steward reaches only the events assigned to them; anything else answers 404.";
const managersOnly = "Managers and above; a steward gets 403.";
const fileNote =
  "Answers the file as an attachment (not the JSON envelope; errors still are). Hours and cost " +
  "are the time sheet's (`GET /staffing/call-times/{id}/timesheet`), wall times in the " +
  "location's zone.";

const ZPdf = z
  .string()
  .meta({ id: "TimesheetPdf", format: "binary", description: "application/pdf" });
const ZCsv = z.string().meta({ id: "EventTimesheetCsv", description: "text/csv" });

export const callTimeTimesheetPdfRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}/timesheet.pdf",
  summary: "A call time's time sheet as a printable PDF",
  description:
    `${fileNote} Landscape table: name, labor type, in, out, breaks, hours (regular), meal ` +
    "penalty, overtime, total (paid) and cost, a totals row, the org, event, call time, date " +
    `and location on top and page numbers below. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  query: ZTimesheetPdfQuery,
  response: ZPdf,
  raw: true,
  mediaType: "application/pdf",
});

export const eventTimesheetCsvRoute = defineRoute({
  method: "GET",
  path: "/staffing/events/{id}/timesheet.csv",
  summary: "An event's time sheet (every call time) as CSV",
  description:
    `${fileNote} The call time CSV's columns after a "call time" column (name and local ` +
    `start), every call time oldest first, then one totals line for the event. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZCsv,
  raw: true,
  mediaType: "text/csv",
});

export const eventTimesheetPdfRoute = defineRoute({
  method: "GET",
  path: "/staffing/events/{id}/timesheet.pdf",
  summary: "An event's time sheet (every call time) as a printable PDF",
  description: `${fileNote} One table per call time with its totals, then the event's totals. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  query: ZTimesheetPdfQuery,
  response: ZPdf,
  raw: true,
  mediaType: "application/pdf",
});

export const smsUsageRoute = defineRoute({
  method: "GET",
  path: "/staffing/reports/sms-usage",
  summary: "SMS usage by day or month",
  description:
    "Every SMS the organization sent (or tried to) in the range, counted in messages and " +
    "billed segments, by period, template and status, with sums per period, per template " +
    `and overall. Days and months are the org's time zone. ${managersOnly}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  query: ZSmsUsageQuery,
  response: ZSmsUsage,
});

export const workerReportRoute = defineRoute({
  method: "GET",
  path: "/staffing/reports/workers",
  summary: "Workers' reliability and hours",
  description:
    "Every worker of the org with requests by outcome, hours worked (completed shifts, from " +
    "the time sheets), the last call time worked and a reliability score: shows / (shows + " +
    "no-call-no-shows + late cancellations). Search by name; sort by name, reliability or " +
    `hours. ${managersOnly}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  query: ZWorkerReportQuery,
  response: ZWorkerReliability,
  paginated: true,
});

export const workerReliabilityRoute = defineRoute({
  method: "GET",
  path: "/staffing/reports/workers/{id}",
  summary: "One worker's reliability and hours",
  description: `The worker's line of the workers report. ${managersOnly}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZWorkerReliability,
});

export const workerHistoryRoute = defineRoute({
  method: "GET",
  path: "/staffing/workers/{id}/history",
  summary: "A worker's requests, latest call time first",
  description:
    "Every request the worker received with its event, call time, labor type, state and, " +
    `when confirmed, the time sheet's hours. ${managersOnly}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  query: ZWorkerHistoryQuery,
  response: ZWorkerHistoryItem,
  paginated: true,
});

export const staffingDashboardRoute = defineRoute({
  method: "GET",
  path: "/staffing/dashboard",
  summary: "The staffing dashboard",
  description:
    "Upcoming events (next 14 days) with fill rate and unfilled positions, today's call " +
    "times with who is signed in or out, unanswered requests, and this week's hours and " +
    `labor cost from the time sheets. A steward sees the events assigned to them.`,
  tags,
  auth: "org",
  permission: "staffing.read",
  response: ZStaffingDashboard,
});

export const reportsRoutes: RouteContract[] = [
  callTimeTimesheetPdfRoute,
  eventTimesheetCsvRoute,
  eventTimesheetPdfRoute,
  smsUsageRoute,
  workerReportRoute,
  workerReliabilityRoute,
  workerHistoryRoute,
  staffingDashboardRoute,
];
