import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { ZBusinessParams } from "./businesses.schemas";
import { ZDeleted, ZIdParams } from "./categories.schemas";
import {
  ZBatchHours,
  ZBusinessHours,
  ZCreateTimeOff,
  ZListTimeOffQuery,
  ZPublicHours,
  ZSetHours,
  ZTimeOff,
  ZUpdateTimeOff,
} from "./hours.schemas";

const tags = ["Manage: hours"];
const crossOrg = "A business of another organization answers 404.";

export const publicHoursRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}/hours",
  summary: "A business's opening hours",
  description:
    "Weekly ranges of the business and its active employees and services (the most specific level with rows for a weekday wins), wall times in `timeZone`, and whole-business closures of the next 90 days. Published businesses only (404 otherwise), by id or slug.",
  tags: ["Marketplace"],
  auth: "public",
  params: ZBusinessParams,
  response: ZPublicHours,
});

export const getHoursRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/hours",
  summary: "Every weekly range of the business",
  description: `Business, employee, service and employee + service levels. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: ZBusinessHours,
});

export const setHoursRoute = defineRoute({
  method: "PUT",
  path: "/manage/businesses/{id}/hours",
  summary: "Set the week of one level",
  description:
    "Replaces the ranges (open and break) of the business, an employee, a service, or an employee + service pair. Ranges end after they start, open ranges of a day do not overlap and breaks lie inside open ranges (422 per range). " +
    crossOrg,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZSetHours,
  response: ZBusinessHours,
});

export const batchHoursRoute = defineRoute({
  method: "PUT",
  path: "/manage/businesses/{id}/hours/batch",
  summary: "Give many employees the same week",
  description: `Replaces each listed employee's own week; all employees must be the business's (422, nothing changes). ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZBatchHours,
  response: ZBusinessHours,
});

export const listTimeOffRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/time-off",
  summary: "Closures and time off",
  description: `Ending after \`from\` (default now), by start. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  query: ZListTimeOffQuery,
  response: z.array(ZTimeOff),
});

export const createTimeOffRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/time-off",
  summary: "Close the business, or give an employee time off",
  description: `Local date-times are read in the business's zone. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZCreateTimeOff,
  response: ZTimeOff,
  status: 201,
});

export const updateTimeOffRoute = defineRoute({
  method: "PATCH",
  path: "/manage/time-off/{id}",
  summary: "Move a closure or time off, or change its reason",
  description:
    "Local date-times are read in the business's zone. One of another organization answers 404.",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZUpdateTimeOff,
  response: ZTimeOff,
});

export const deleteTimeOffRoute = defineRoute({
  method: "DELETE",
  path: "/manage/time-off/{id}",
  summary: "Remove a closure or time off",
  description: "One of another organization answers 404.",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZDeleted,
});

export const hoursRoutes = [
  publicHoursRoute,
  getHoursRoute,
  setHoursRoute,
  batchHoursRoute,
  listTimeOffRoute,
  createTimeOffRoute,
  updateTimeOffRoute,
  deleteTimeOffRoute,
];
