import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import { ZIdParams } from "./events.schemas";
import {
  ZCreateMealBreak,
  ZMealBreak,
  ZSignIn,
  ZSignOut,
  ZTimeEntry,
  ZTimeEntryAudit,
  ZTimesheet,
  ZUpdateMealBreak,
  ZUpdateTimeEntry,
} from "./time-entries.schemas";

const tags = ["Staffing: time sheets"];
const scopeNote =
  "A steward reaches only the events assigned to them; anything else answers 404. " +
  "Changes are refused (409) once the event is canceled or completed.";
const auditNote = "Every change is written to the entry's audit trail.";

export const getTimesheetRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}/timesheet",
  summary: "A call time's time sheet",
  description:
    "Every confirmed and no-call-no-show request with its entry, breaks and hours from the pay " +
    "rules resolved org → location → event → call time → requirement, in the location's zone; " +
    "plus the call time's totals. " +
    scopeNote,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZTimesheet,
});

export const timesheetCsvRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}/timesheet.csv",
  summary: "A call time's time sheet as CSV",
  description:
    "Answers `text/csv` (not the JSON envelope; errors still are): name, labor type, in (the " +
    "sign-in) and out (the paid end after the minimum and rounding) as wall times in the " +
    "location's zone, breaks, hours (regular), meal penalty, overtime, total " +
    "(paid hours) and cost, then a totals line. The same numbers as the JSON time sheet.",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: z.string().meta({ id: "TimesheetCsv", description: "text/csv" }),
  raw: true,
  mediaType: "text/csv",
});

export const signInRoute = defineRoute({
  method: "POST",
  path: "/staffing/requests/{id}/sign-in",
  summary: "Sign a worker in",
  description:
    "Creates the time entry; `at` defaults to the scheduled call time. Only confirmed requests " +
    `(409), once (409). ${auditNote} ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  body: ZSignIn,
  response: ZTimeEntry,
  status: 201,
  errors: [409],
});

export const signOutRoute = defineRoute({
  method: "POST",
  path: "/staffing/requests/{id}/sign-out",
  summary: "Sign a worker out",
  description:
    "`at` defaults to now and must be after the sign-in (422). 409 when not signed in or " +
    `already signed out. ${auditNote} ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  body: ZSignOut,
  response: ZTimeEntry,
  errors: [409],
});

export const updateTimeEntryRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/time-entries/{id}",
  summary: "Correct a sign-in or sign-out",
  description: `The sign-out must stay after the sign-in (422). ${auditNote} ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  body: ZUpdateTimeEntry,
  response: ZTimeEntry,
  errors: [409],
});

export const listTimeEntryAuditsRoute = defineRoute({
  method: "GET",
  path: "/staffing/time-entries/{id}/audits",
  summary: "A time entry's audit trail",
  description: `Newest first: who changed which field from what to what. ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: z.array(ZTimeEntryAudit),
});

export const addMealBreakRoute = defineRoute({
  method: "POST",
  path: "/staffing/time-entries/{id}/breaks",
  summary: "Add a meal break",
  description: `Unpaid breaks are deducted; every break restarts the meal-penalty window. ${auditNote} ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  body: ZCreateMealBreak,
  response: ZMealBreak,
  status: 201,
  errors: [409],
});

export const updateMealBreakRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/meal-breaks/{id}",
  summary: "Change a meal break",
  description: `${auditNote} ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  body: ZUpdateMealBreak,
  response: ZMealBreak,
  errors: [409],
});

export const deleteMealBreakRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/meal-breaks/{id}",
  summary: "Delete a meal break",
  description: `${auditNote} ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  response: z.object({ id: z.uuid() }).meta({ id: "DeletedMealBreak" }),
  errors: [409],
});

export const timesheetRoutes: RouteContract[] = [
  getTimesheetRoute,
  timesheetCsvRoute,
  signInRoute,
  signOutRoute,
  updateTimeEntryRoute,
  listTimeEntryAuditsRoute,
  addMealBreakRoute,
  updateMealBreakRoute,
  deleteMealBreakRoute,
];
