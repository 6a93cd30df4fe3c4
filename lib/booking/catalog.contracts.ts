import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { businessesRoutes } from "./businesses.contracts";
import { ZBusinessParams } from "./businesses.schemas";
import { ZDeleted, ZIdParams } from "./categories.schemas";
import { categoriesRoutes } from "./categories.contracts";
import {
  ZCreateEmployee,
  ZCreateService,
  ZManagedEmployee,
  ZManagedService,
  ZOrderEmployees,
  ZOrderServices,
  ZPublicEmployee,
  ZPublicService,
  ZServiceImageParams,
  ZUpdateEmployee,
  ZUpdateService,
} from "./catalog.schemas";
import { hoursRoutes } from "./hours.contracts";

const publishedNote =
  "Published businesses only (404 otherwise), by id or slug; localized in the caller's language.";
const tags = ["Manage: services and employees"];
const crossOrg = "One of another organization answers 404.";
const imageUpload = {
  mediaTypes: ["image/png", "image/jpeg", "image/webp", "multipart/form-data"],
  description: "The image bytes (PNG, JPEG or WebP, at most 5 MB), or a form with a `file` field",
};

// ---------- public ----------

export const publicServicesRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}/services",
  summary: "A business's services",
  description: `Active services in display order, with who performs them. ${publishedNote}`,
  tags: ["Marketplace"],
  auth: "public",
  params: ZBusinessParams,
  response: z.array(ZPublicService),
});

export const publicEmployeesRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}/employees",
  summary: "A business's employees",
  description: `Active employees in display order, with the active services they perform. ${publishedNote}`,
  tags: ["Marketplace"],
  auth: "public",
  params: ZBusinessParams,
  response: z.array(ZPublicEmployee),
});

// ---------- services ----------

export const listServicesRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/services",
  summary: "The business's services",
  description: `Inactive ones included, in display order. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: z.array(ZManagedService),
});

export const createServiceRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/services",
  summary: "Add a service",
  description: `Goes last, in the business's currency unless given. Employees must be the business's (422). ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZCreateService,
  response: ZManagedService,
  status: 201,
});

export const orderServicesRoute = defineRoute({
  method: "PUT",
  path: "/manage/businesses/{id}/services/order",
  summary: "Reorder the services",
  description: `The list must name every service of the business once (422). ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZOrderServices,
  response: z.array(ZManagedService),
});

export const getServiceRoute = defineRoute({
  method: "GET",
  path: "/manage/services/{id}",
  summary: "A service",
  description: crossOrg,
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: ZManagedService,
});

export const updateServiceRoute = defineRoute({
  method: "PATCH",
  path: "/manage/services/{id}",
  summary: "Change a service",
  description: `Lists sent (categories, employees) replace the old ones. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZUpdateService,
  response: ZManagedService,
});

export const deleteServiceRoute = defineRoute({
  method: "DELETE",
  path: "/manage/services/{id}",
  summary: "Delete a service",
  description: `Bookings keep their copy of it; deactivate it to keep it around. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZDeleted,
});

export const addServiceImageRoute = defineRoute({
  method: "POST",
  path: "/manage/services/{id}/images",
  summary: "Add an image to a service",
  description: `At most 10 (409); other files 422, larger than 5 MB 413. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  upload: imageUpload,
  response: ZManagedService,
  status: 201,
  errors: [409, 413],
});

export const deleteServiceImageRoute = defineRoute({
  method: "DELETE",
  path: "/manage/services/{id}/images/{imageId}",
  summary: "Remove an image of a service",
  description: crossOrg,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZServiceImageParams,
  response: ZManagedService,
});

// ---------- employees ----------

export const listEmployeesRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/employees",
  summary: "The business's employees",
  description: `Inactive ones included, in display order. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: z.array(ZManagedEmployee),
});

export const createEmployeeRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/employees",
  summary: "Add an employee",
  description:
    "A `userId` must be a member of the organization and not yet an employee of the business (422); services must be the business's (422). " +
    crossOrg,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZCreateEmployee,
  response: ZManagedEmployee,
  status: 201,
});

export const orderEmployeesRoute = defineRoute({
  method: "PUT",
  path: "/manage/businesses/{id}/employees/order",
  summary: "Reorder the employees",
  description: `The list must name every employee of the business once (422). ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZOrderEmployees,
  response: z.array(ZManagedEmployee),
});

export const getEmployeeRoute = defineRoute({
  method: "GET",
  path: "/manage/employees/{id}",
  summary: "An employee",
  description: crossOrg,
  tags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: ZManagedEmployee,
});

export const updateEmployeeRoute = defineRoute({
  method: "PATCH",
  path: "/manage/employees/{id}",
  summary: "Change an employee, or the services they perform",
  description: `\`serviceIds\` replaces the list. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZUpdateEmployee,
  response: ZManagedEmployee,
});

export const deleteEmployeeRoute = defineRoute({
  method: "DELETE",
  path: "/manage/employees/{id}",
  summary: "Delete an employee",
  description: `One with bookings answers 409 (deactivate them instead). ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZDeleted,
  errors: [409],
});

export const setEmployeeAvatarRoute = defineRoute({
  method: "PUT",
  path: "/manage/employees/{id}/avatar",
  summary: "Upload an employee's picture",
  description: `Replaces the previous one; other files 422, larger than 5 MB 413. ${crossOrg}`,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  upload: imageUpload,
  response: ZManagedEmployee,
  errors: [413],
});

export const removeEmployeeAvatarRoute = defineRoute({
  method: "DELETE",
  path: "/manage/employees/{id}/avatar",
  summary: "Remove an employee's picture",
  description: crossOrg,
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZManagedEmployee,
});

/** Every catalogue endpoint (categories, businesses, services, employees, hours). */
export const bookingCatalogRoutes = [
  ...categoriesRoutes,
  ...businessesRoutes,
  publicServicesRoute,
  publicEmployeesRoute,
  listServicesRoute,
  createServiceRoute,
  orderServicesRoute,
  getServiceRoute,
  updateServiceRoute,
  deleteServiceRoute,
  addServiceImageRoute,
  deleteServiceImageRoute,
  listEmployeesRoute,
  createEmployeeRoute,
  orderEmployeesRoute,
  getEmployeeRoute,
  updateEmployeeRoute,
  deleteEmployeeRoute,
  setEmployeeAvatarRoute,
  removeEmployeeAvatarRoute,
  ...hoursRoutes,
];
