import { defineRoute } from "@/lib/api/contract";
import { ZIdParams } from "./community.schemas";
import {
  ZApplication,
  ZCreateApplication,
  ZListApplicationsQuery,
  ZMyApplicationsQuery,
} from "./applications.schemas";

const tags = ["Freelancer applications"];

export const applyRoute = defineRoute({
  method: "POST",
  path: "/freelancer-applications",
  summary: "Apply to work through a business as a freelancer",
  description:
    "The business must be published (404). One open application per business (409); " +
    "working there already also answers 409.",
  tags,
  auth: "user",
  body: ZCreateApplication,
  response: ZApplication,
  status: 201,
  errors: [404, 409],
});

export const listMyApplicationsRoute = defineRoute({
  method: "GET",
  path: "/freelancer-applications",
  summary: "My applications",
  description: "Newest first.",
  tags,
  auth: "user",
  query: ZMyApplicationsQuery,
  response: ZApplication,
  paginated: true,
});

export const withdrawApplicationRoute = defineRoute({
  method: "POST",
  path: "/freelancer-applications/{id}/withdraw",
  summary: "Withdraw my pending application",
  description: "Only while pending (409 otherwise).",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZApplication,
  errors: [404, 409],
});

export const leaveBusinessRoute = defineRoute({
  method: "POST",
  path: "/freelancer-applications/{id}/leave",
  summary: "Stop working through the business",
  description:
    "For an approved application: the employee is deactivated, and the org membership " +
    "approval gave (role member) ends unless they work for another of its businesses.",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZApplication,
  errors: [404, 409],
});

export const listOrgApplicationsRoute = defineRoute({
  method: "GET",
  path: "/manage/freelancer-applications",
  summary: "Applications to the organization's businesses",
  tags,
  auth: "org",
  permission: "bookings.write",
  query: ZListApplicationsQuery,
  response: ZApplication,
  paginated: true,
});

export const approveApplicationRoute = defineRoute({
  method: "POST",
  path: "/manage/freelancer-applications/{id}/approve",
  summary: "Approve an application: the freelancer becomes an employee",
  description:
    "Creates (or reactivates) the employee linked to the freelancer's account and makes " +
    "them a member of the org (role member) if they were not. Only pending ones (409).",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZApplication,
  errors: [409],
});

export const rejectApplicationRoute = defineRoute({
  method: "POST",
  path: "/manage/freelancer-applications/{id}/reject",
  summary: "Reject an application",
  description: "Only pending ones (409).",
  tags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZApplication,
  errors: [409],
});

export const applicationRoutes = [
  applyRoute,
  listMyApplicationsRoute,
  withdrawApplicationRoute,
  leaveBusinessRoute,
  listOrgApplicationsRoute,
  approveApplicationRoute,
  rejectApplicationRoute,
];
