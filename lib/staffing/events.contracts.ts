import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import {
  ZCallTime,
  ZCallTimeChange,
  ZCopyCallTime,
  ZCreateCallTime,
  ZCreateEvent,
  ZCreateRequirement,
  ZEvent,
  ZIdParams,
  ZListEventsQuery,
  ZRequirement,
  ZSetStewards,
  ZStaffingSettings,
  ZUpdateCallTime,
  ZUpdateEvent,
  ZUpdateRequirement,
  ZUpdateStaffingSettings,
} from "./events.schemas";

const tags = ["Staffing: events"];
const ZDeleted = z.object({ id: z.uuid() }).meta({ id: "DeletedStaffingItem" });
const stewardNote =
  "A steward reaches only the events assigned to them; any other event answers 404.";

// ---------- events ----------

export const listEventsRoute = defineRoute({
  method: "GET",
  path: "/staffing/events",
  summary: "Events",
  description: `By start date; \`from\`/\`to\` keep events overlapping that range. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  query: ZListEventsQuery,
  response: ZEvent,
  paginated: true,
});

export const createEventRoute = defineRoute({
  method: "POST",
  path: "/staffing/events",
  summary: "Create an event",
  description: "Starts as a draft. The location must belong to the organization (422).",
  tags,
  auth: "org",
  permission: "staffing.events.write",
  body: ZCreateEvent,
  response: ZEvent,
  status: 201,
});

export const getEventRoute = defineRoute({
  method: "GET",
  path: "/staffing/events/{id}",
  summary: "An event",
  description: stewardNote,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZEvent,
});

export const updateEventRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/events/{id}",
  summary: "Change an event, or move its status",
  description:
    "Status moves draft → active → completed, or draft/active → canceled (409 otherwise). " +
    "A canceled or completed event can no longer be edited (409).",
  tags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZIdParams,
  body: ZUpdateEvent,
  response: ZEvent,
  errors: [409],
});

export const deleteEventRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/events/{id}",
  summary: "Delete a draft event",
  description: "With its call times and labor. Events past draft are canceled instead (409).",
  tags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZIdParams,
  response: ZDeleted,
  errors: [409],
});

export const setEventStewardsRoute = defineRoute({
  method: "PUT",
  path: "/staffing/events/{id}/stewards",
  summary: "Assign the event's stewards",
  description: "The full list. Each must be a member of the org with role steward or above (422).",
  tags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZIdParams,
  body: ZSetStewards,
  response: ZEvent,
});

// ---------- call times ----------

export const listCallTimesRoute = defineRoute({
  method: "GET",
  path: "/staffing/events/{id}/call-times",
  summary: "An event's call times",
  description: `In start order. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: z.array(ZCallTime),
});

export const createCallTimeRoute = defineRoute({
  method: "POST",
  path: "/staffing/events/{id}/call-times",
  summary: "Add a call time",
  description: `Managers, and the event's stewards. Not on canceled or completed events (409).`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  body: ZCreateCallTime,
  response: ZCallTime,
  status: 201,
  errors: [409],
});

export const getCallTimeRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}",
  summary: "A call time",
  description: stewardNote,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZCallTime,
});

export const updateCallTimeRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/call-times/{id}",
  summary: "Change a call time",
  description: "A new start is recorded in the call time's history (`/changes`).",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  body: ZUpdateCallTime,
  response: ZCallTime,
  errors: [409],
});

export const deleteCallTimeRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/call-times/{id}",
  summary: "Delete a call time",
  description: "With its labor requirements.",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZDeleted,
  errors: [409],
});

export const listCallTimeChangesRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}/changes",
  summary: "History of a call time's start",
  description: "Newest first.",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: z.array(ZCallTimeChange),
});

export const copyCallTimeRoute = defineRoute({
  method: "POST",
  path: "/staffing/call-times/{id}/copy",
  summary: "Copy a call time to another start",
  description: "Clones the call time and its labor requirements (with no one confirmed yet).",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  body: ZCopyCallTime,
  response: ZCallTime,
  status: 201,
  errors: [409],
});

// ---------- requirements ----------

export const listRequirementsRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}/requirements",
  summary: "A call time's labor requirements",
  description: stewardNote,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: z.array(ZRequirement),
});

export const createRequirementRoute = defineRoute({
  method: "POST",
  path: "/staffing/call-times/{id}/requirements",
  summary: "Add a labor requirement",
  description: "One per labor type and call time (409). First-come positions ≤ needed.",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  body: ZCreateRequirement,
  response: ZRequirement,
  status: 201,
  errors: [409],
});

export const getRequirementRoute = defineRoute({
  method: "GET",
  path: "/staffing/requirements/{id}",
  summary: "A labor requirement with its request counts",
  description: `Pending (queued, sent), available, confirmed, declined and unfilled. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZRequirement,
});

export const updateRequirementRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/requirements/{id}",
  summary: "Change a labor requirement",
  description: "`needed` cannot drop below the workers already confirmed (409).",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  body: ZUpdateRequirement,
  response: ZRequirement,
  errors: [409],
});

export const deleteRequirementRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/requirements/{id}",
  summary: "Delete a labor requirement",
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZDeleted,
  errors: [409],
});

// ---------- settings ----------

export const getStaffingSettingsRoute = defineRoute({
  method: "GET",
  path: "/staffing/settings",
  summary: "The organization's staffing settings",
  description: "Default pay rules, reminder hours, auto-withdraw, conflict window, SMS sender.",
  tags,
  auth: "org",
  permission: "staffing.read",
  response: ZStaffingSettings,
});

export const updateStaffingSettingsRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/settings",
  summary: "Change the staffing settings",
  tags,
  auth: "org",
  permission: "staffing.events.write",
  body: ZUpdateStaffingSettings,
  response: ZStaffingSettings,
});

export const eventsRoutes: RouteContract[] = [
  listEventsRoute,
  createEventRoute,
  getEventRoute,
  updateEventRoute,
  deleteEventRoute,
  setEventStewardsRoute,
  listCallTimesRoute,
  createCallTimeRoute,
  getCallTimeRoute,
  updateCallTimeRoute,
  deleteCallTimeRoute,
  listCallTimeChangesRoute,
  copyCallTimeRoute,
  listRequirementsRoute,
  createRequirementRoute,
  getRequirementRoute,
  updateRequirementRoute,
  deleteRequirementRoute,
  getStaffingSettingsRoute,
  updateStaffingSettingsRoute,
];
