import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { ZDeleted, ZIdParams } from "./categories.schemas";
import {
  ZBusinessImage,
  ZBusinessParams,
  ZCreateBusiness,
  ZImageParams,
  ZManagedBusiness,
  ZOrderImages,
  ZPublicBusiness,
  ZUpdateBusiness,
  ZUpdateBusinessImage,
} from "./businesses.schemas";

const manageTags = ["Manage: businesses"];
const crossOrg = "A business of another organization answers 404.";
const imageUpload = {
  mediaTypes: ["image/png", "image/jpeg", "image/webp", "multipart/form-data"],
  description: "The image bytes (PNG, JPEG or WebP, at most 5 MB), or a form with a `file` field",
};

// ---------- public ----------

export const getPublicBusinessRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}",
  summary: "A business's page",
  description:
    "By id or slug. Published businesses only (drafts and suspended ones answer 404); localized fields in the caller's language.",
  tags: ["Marketplace"],
  auth: "public",
  params: ZBusinessParams,
  response: ZPublicBusiness,
});

// ---------- management ----------

export const listManagedBusinessesRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses",
  summary: "The organization's businesses",
  description: "Drafts included, by name.",
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  response: z.array(ZManagedBusiness),
});

export const createBusinessRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses",
  summary: "Create a business",
  description:
    "Starts as a draft. The slug is made from the name when left out; a slug another business has answers 422.",
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  body: ZCreateBusiness,
  response: ZManagedBusiness,
  status: 201,
});

export const getManagedBusinessRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}",
  summary: "A business, as its managers edit it",
  description: crossOrg,
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: ZManagedBusiness,
});

export const updateBusinessRoute = defineRoute({
  method: "PATCH",
  path: "/manage/businesses/{id}",
  summary: "Change a business's profile, categories or booking rules",
  description: `Status changes through publish/unpublish. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZUpdateBusiness,
  response: ZManagedBusiness,
});

export const deleteBusinessRoute = defineRoute({
  method: "DELETE",
  path: "/manage/businesses/{id}",
  summary: "Delete a business",
  description: `With its catalogue and images. One with bookings answers 409 (unpublish it instead). ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZDeleted,
  errors: [409],
});

export const publishBusinessRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/publish",
  summary: "Show the business in the marketplace",
  description:
    "Needs an active employee performing an active service, working hours, and (unless it only visits homes) an address with a location: 409 with `errors` naming what is missing. A suspended business answers 409. " +
    crossOrg,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZManagedBusiness,
  errors: [409],
});

export const unpublishBusinessRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/unpublish",
  summary: "Take the business out of the marketplace",
  description: `Back to draft; bookings already made stay. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZManagedBusiness,
  errors: [409],
});

export const setBusinessLogoRoute = defineRoute({
  method: "PUT",
  path: "/manage/businesses/{id}/logo",
  summary: "Upload the business's logo",
  description: `Replaces the previous logo. Other files answer 422, larger than 5 MB 413. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  upload: imageUpload,
  response: ZManagedBusiness,
  errors: [413],
});

export const removeBusinessLogoRoute = defineRoute({
  method: "DELETE",
  path: "/manage/businesses/{id}/logo",
  summary: "Remove the business's logo",
  description: crossOrg,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  response: ZManagedBusiness,
});

export const listBusinessImagesRoute = defineRoute({
  method: "GET",
  path: "/manage/businesses/{id}/images",
  summary: "The business's gallery",
  description: `In display order; one image is the main one. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: z.array(ZBusinessImage),
});

export const addBusinessImageRoute = defineRoute({
  method: "POST",
  path: "/manage/businesses/{id}/images",
  summary: "Add an image to the gallery",
  description: `Goes last; the first image becomes the main one. At most 20 (409). Answers the gallery. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  upload: imageUpload,
  response: z.array(ZBusinessImage),
  status: 201,
  errors: [409, 413],
});

export const orderBusinessImagesRoute = defineRoute({
  method: "PUT",
  path: "/manage/businesses/{id}/images/order",
  summary: "Reorder the gallery",
  description: `The list must name every image once (422). ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZOrderImages,
  response: z.array(ZBusinessImage),
});

export const updateBusinessImageRoute = defineRoute({
  method: "PATCH",
  path: "/manage/businesses/{id}/images/{imageId}",
  summary: "Make an image the main one",
  description: `An image of another business answers 404. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZImageParams,
  body: ZUpdateBusinessImage,
  response: z.array(ZBusinessImage),
});

export const deleteBusinessImageRoute = defineRoute({
  method: "DELETE",
  path: "/manage/businesses/{id}/images/{imageId}",
  summary: "Remove an image from the gallery",
  description: `When it was the main one, the first remaining image takes over. ${crossOrg}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZImageParams,
  response: z.array(ZBusinessImage),
});

// ---------- platform admin ----------

const ZSuspension = z
  .object({ id: z.uuid(), status: z.enum(["draft", "suspended"]) })
  .meta({ id: "BusinessSuspension" });

export const suspendBusinessRoute = defineRoute({
  method: "POST",
  path: "/admin/businesses/{id}/suspend",
  summary: "Suspend a business",
  description:
    "Platform admins only (403 otherwise). Hides it from the marketplace; its organization cannot publish it again until it is reinstated.",
  tags: ["Admin: businesses"],
  auth: "user",
  params: ZIdParams,
  response: ZSuspension,
  errors: [403],
});

export const reinstateBusinessRoute = defineRoute({
  method: "POST",
  path: "/admin/businesses/{id}/reinstate",
  summary: "Lift a business's suspension",
  description:
    "Platform admins only. It becomes a draft its organization may publish; one that is not suspended answers 409.",
  tags: ["Admin: businesses"],
  auth: "user",
  params: ZIdParams,
  response: ZSuspension,
  errors: [403, 409],
});

export const businessesRoutes = [
  getPublicBusinessRoute,
  listManagedBusinessesRoute,
  createBusinessRoute,
  getManagedBusinessRoute,
  updateBusinessRoute,
  deleteBusinessRoute,
  publishBusinessRoute,
  unpublishBusinessRoute,
  setBusinessLogoRoute,
  removeBusinessLogoRoute,
  listBusinessImagesRoute,
  addBusinessImageRoute,
  orderBusinessImagesRoute,
  updateBusinessImageRoute,
  deleteBusinessImageRoute,
  suspendBusinessRoute,
  reinstateBusinessRoute,
];
