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
  ZListWorkersQuery,
  ZImportPreview,
  ZImportResult,
  ZRemovedWorker,
  ZWorker,
  ZWorkerInput,
  ZWorkerPatch,
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

const workerTags = ["Workers"];

export const listWorkersRoute = defineRoute({
  method: "GET",
  path: "/staffing/workers",
  summary: "The org's workers",
  description:
    "Sorted by name. `q` matches a name, an email address or the digits of any of a " +
    "worker's phones; `laborTypeId` and `active` filter.",
  tags: workerTags,
  auth: "org",
  permission: "staffing.read",
  query: ZListWorkersQuery,
  response: ZWorker,
  paginated: true,
});

export const createWorkerRoute = defineRoute({
  method: "POST",
  path: "/staffing/workers",
  summary: "Add a worker",
  description:
    "Phones are read with the org's default country when they lack a country code and " +
    "stored in E.164. Every phone is unique in the org across workers: one another worker " +
    "has answers 409 naming the field (`phone` or `alternatePhones.N`). SMS consent starts " +
    "as `unknown` and changes only by the worker's own replies.",
  tags: workerTags,
  auth: "org",
  permission: "staffing.events.write",
  body: ZWorkerInput,
  response: ZWorker,
  status: 201,
  errors: [409],
});

export const getWorkerRoute = defineRoute({
  method: "GET",
  path: "/staffing/workers/{id}",
  summary: "A worker",
  description: "With SMS consent and the read-only reliability counters.",
  tags: workerTags,
  auth: "org",
  permission: "staffing.read",
  params: ZCatalogIdParams,
  response: ZWorker,
});

export const updateWorkerRoute = defineRoute({
  method: "PATCH",
  path: "/staffing/workers/{id}",
  summary: "Change a worker",
  description:
    "Fields left out stay. `alternatePhones` and `laborTypeIds` replace the lists. " +
    "`smsConsent` accepts only `stopped`.",
  tags: workerTags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZCatalogIdParams,
  body: ZWorkerPatch,
  response: ZWorker,
  errors: [409],
});

export const removeWorkerRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/workers/{id}",
  summary: "Delete or deactivate a worker",
  description:
    "A worker who was never sent a labor request is deleted. One with requests is " +
    "deactivated instead (`outcome: deactivated`), keeping their history.",
  tags: workerTags,
  auth: "org",
  permission: "staffing.events.write",
  params: ZCatalogIdParams,
  response: ZRemovedWorker,
});

const importUpload = {
  mediaTypes: ["application/json", "multipart/form-data", "text/csv", "text/vcard"],
  description:
    "JSON `{format?: csv|vcard, content}`, a form with the file in `file`, or the file itself",
};

const importDescription =
  "A CSV file whose first row names the columns (`name` and `phone` required; `alternate " +
  "phones`, `email`, `labor types`, `notes` optional; several values in a cell separated " +
  "by `;` or `,`), or a vCard (.vcf) file: FN is the name, the first TEL the primary phone " +
  "and the others alternates, EMAIL, CATEGORIES as labor types, NOTE. Send it as JSON " +
  "(`{format?, content}`), as a `multipart/form-data` form with a `file` field, or as the " +
  "raw `text/csv` / `text/vcard` body; at most 1 MB and 2,000 rows. Rows whose phone " +
  "(any of them) another worker already has, or an earlier row of the file has, are " +
  "duplicates and are skipped; rows with errors are skipped; labor types the org lacks " +
  "are created.";

export const previewWorkerImportRoute = defineRoute({
  method: "POST",
  path: "/staffing/workers/import/preview",
  summary: "Check a worker import without saving",
  description: `${importDescription} Answers each row's status (new, duplicate, error) with its errors and the worker it would create.`,
  tags: workerTags,
  auth: "org",
  permission: "staffing.events.write",
  upload: importUpload,
  response: ZImportPreview,
});

export const commitWorkerImportRoute = defineRoute({
  method: "POST",
  path: "/staffing/workers/import",
  summary: "Import workers",
  description: `${importDescription} Creates the new rows in one transaction and answers the counts.`,
  tags: workerTags,
  auth: "org",
  permission: "staffing.events.write",
  upload: importUpload,
  response: ZImportResult,
  status: 201,
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
  listWorkersRoute,
  createWorkerRoute,
  getWorkerRoute,
  updateWorkerRoute,
  removeWorkerRoute,
  previewWorkerImportRoute,
  commitWorkerImportRoute,
];
