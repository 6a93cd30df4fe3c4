import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import {
  ZDeletedEntry,
  ZCatalogIdParams,
  ZLaborType,
  ZLaborTypeInput,
  ZLocation,
  ZLocationInput,
  ZLocationPatch,
} from "./people.schemas";

const laborTypeTags = ["Labor types"];
const locationTags = ["Locations"];

export const listLaborTypesRoute = defineRoute({
  method: "GET",
  path: "/staffing/labor-types",
  summary: "The org's labor types",
  description: "Sorted by name, each with how many workers have it.",
  tags: laborTypeTags,
  auth: "org",
  permission: "staffing.read",
  response: z.array(ZLaborType),
});

export const createLaborTypeRoute = defineRoute({
  method: "POST",
  path: "/staffing/labor-types",
  summary: "Add a labor type",
  description: "Names are unique in the org regardless of case (409 on `name`).",
  tags: laborTypeTags,
  auth: "org",
  permission: "staffing.events.write",
  body: ZLaborTypeInput,
  response: ZLaborType,
  status: 201,
  errors: [409],
});

export const renameLaborTypeRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/labor-types/{id}",
  summary: "Rename a labor type",
  tags: laborTypeTags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZCatalogIdParams,
  body: ZLaborTypeInput,
  response: ZLaborType,
  errors: [409],
});

export const deleteLaborTypeRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/labor-types/{id}",
  summary: "Delete a labor type",
  description:
    "Workers lose it. A labor type that an event's requirement asks for cannot be deleted (409).",
  tags: laborTypeTags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZCatalogIdParams,
  response: ZDeletedEntry,
  errors: [409],
});

export const listLocationsRoute = defineRoute({
  method: "GET",
  path: "/staffing/locations",
  summary: "The org's locations",
  tags: locationTags,
  auth: "org",
  permission: "staffing.read",
  response: z.array(ZLocation),
});

export const createLocationRoute = defineRoute({
  method: "POST",
  path: "/staffing/locations",
  summary: "Add a location",
  description:
    "Times of events here are entered in its IANA time zone. `payRules` overrides the org's " +
    "defaults for events at this location.",
  tags: locationTags,
  auth: "org",
  permission: "staffing.events.write",
  body: ZLocationInput,
  response: ZLocation,
  status: 201,
});

export const getLocationRoute = defineRoute({
  method: "GET",
  path: "/staffing/locations/{id}",
  summary: "A location",
  tags: locationTags,
  auth: "org",
  permission: "staffing.read",
  params: ZCatalogIdParams,
  response: ZLocation,
});

export const updateLocationRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/locations/{id}",
  summary: "Change a location",
  tags: locationTags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZCatalogIdParams,
  body: ZLocationPatch,
  response: ZLocation,
});

export const deleteLocationRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/locations/{id}",
  summary: "Delete a location",
  description: "A location where an event takes place cannot be deleted (409).",
  tags: locationTags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZCatalogIdParams,
  response: ZDeletedEntry,
  errors: [409],
});

export const peopleRoutes: RouteContract[] = [
  listLaborTypesRoute,
  createLaborTypeRoute,
  renameLaborTypeRoute,
  deleteLaborTypeRoute,
  listLocationsRoute,
  createLocationRoute,
  getLocationRoute,
  updateLocationRoute,
  deleteLocationRoute,
];
