import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { ZCreateOrg, ZDeleted, ZOrg, ZOrgParams, ZUpdateOrg } from "./schemas";

const tags = ["Organizations"];

export const listMyOrgsRoute = defineRoute({
  method: "GET",
  path: "/orgs",
  summary: "Your organizations",
  description: "Every organization you belong to, with your role in each (the org switcher).",
  tags,
  auth: "user",
  response: z.array(ZOrg),
});

export const createOrgRoute = defineRoute({
  method: "POST",
  path: "/orgs",
  summary: "Create an organization",
  description:
    "You become its owner. Without `slug`, one is made from the name (`studio-arta`, then " +
    "`studio-arta-2`…); a `slug` you choose that is taken answers 409.",
  tags,
  auth: "user",
  body: ZCreateOrg,
  response: ZOrg,
  status: 201,
  errors: [409],
});

export const getOrgRoute = defineRoute({
  method: "GET",
  path: "/orgs/{orgId}",
  summary: "An organization you belong to",
  description: "Members only: anyone else gets 404, as for an id that does not exist.",
  tags,
  auth: "org",
  permission: "org.read",
  params: ZOrgParams,
  response: ZOrg,
});

export const updateOrgRoute = defineRoute({
  method: "PATCH",
  path: "/orgs/{orgId}",
  summary: "Change an organization's settings",
  tags,
  auth: "org",
  permission: "org.update",
  params: ZOrgParams,
  body: ZUpdateOrg,
  response: ZOrg,
  errors: [409],
});

export const deleteOrgRoute = defineRoute({
  method: "DELETE",
  path: "/orgs/{orgId}",
  summary: "Delete an organization",
  description:
    "Owners only. Deletes the organization with all of its members, invitations and data.",
  tags,
  auth: "org",
  permission: "org.delete",
  params: ZOrgParams,
  response: ZDeleted,
});

export const orgRoutes = [
  listMyOrgsRoute,
  createOrgRoute,
  getOrgRoute,
  updateOrgRoute,
  deleteOrgRoute,
];
