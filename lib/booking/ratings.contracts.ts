import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { ZBusinessIdParams, ZDeleted, ZIdParams } from "./community.schemas";
import {
  ZCreateRating,
  ZEligibilityQuery,
  ZRatingEligibility,
  ZCreateReply,
  ZManageRatingsQuery,
  ZModerationRatingsQuery,
  ZMyRatingsQuery,
  ZPublicRatingsQuery,
  ZRating,
  ZRatingImageParams,
  ZRatingReply,
  ZRatingSummary,
  ZUpdateRating,
} from "./ratings.schemas";

const tags = ["Ratings"];
const manageTags = ["Manage ratings"];

export const createRatingRoute = defineRoute({
  method: "POST",
  path: "/ratings",
  summary: "Rate a business or one of its employees",
  description:
    "Needs a completed booking at the business (for an employee: with that employee), " +
    "else 403. One rating per customer per target: a second answers 409 (edit the first). " +
    "Add photos with `POST /ratings/{id}/images`.",
  tags,
  auth: "user",
  body: ZCreateRating,
  response: ZRating,
  status: 201,
  errors: [403, 404, 409],
});

export const ratingEligibilityRoute = defineRoute({
  method: "GET",
  path: "/ratings/eligibility",
  summary: "What I may rate at a business",
  description:
    "The business (after any completed booking there) and each employee I had a completed " +
    "booking with, with my existing rating of each (edit it instead of rating again).",
  tags,
  auth: "user",
  query: ZEligibilityQuery,
  response: ZRatingEligibility,
  errors: [404],
});

export const listMyRatingsRoute = defineRoute({
  method: "GET",
  path: "/ratings",
  summary: "My ratings",
  description: "Newest first; ratings hidden by a moderator are included and flagged.",
  tags,
  auth: "user",
  query: ZMyRatingsQuery,
  response: ZRating,
  paginated: true,
});

export const getRatingRoute = defineRoute({
  method: "GET",
  path: "/ratings/{id}",
  summary: "A rating with its thread",
  description: "Hidden ratings answer 404, except to their author.",
  tags,
  auth: "public",
  params: ZIdParams,
  response: ZRating,
  errors: [404],
});

export const updateRatingRoute = defineRoute({
  method: "PATCH",
  path: "/ratings/{id}",
  summary: "Edit my rating",
  description: "Score and/or comment. Another person's rating answers 404.",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZUpdateRating,
  response: ZRating,
  errors: [404],
});

export const deleteRatingRoute = defineRoute({
  method: "DELETE",
  path: "/ratings/{id}",
  summary: "Delete my rating",
  description: "With its photos and thread; the averages follow.",
  tags,
  auth: "user",
  params: ZIdParams,
  response: ZDeleted,
  errors: [404],
});

export const addRatingImageRoute = defineRoute({
  method: "POST",
  path: "/ratings/{id}/images",
  summary: "Add a photo to my rating (PNG, JPEG or WebP, at most 5 MB)",
  description:
    "The image as the body with its `Content-Type`, or a `multipart/form-data` form with a " +
    "`file` field. At most 5 photos per rating (409 beyond); other files answer 422, larger " +
    "ones 413.",
  tags,
  auth: "user",
  params: ZIdParams,
  upload: {
    mediaTypes: ["image/png", "image/jpeg", "image/webp", "multipart/form-data"],
    description: "The image bytes, or a form with a `file` field",
  },
  response: ZRating,
  status: 201,
  errors: [404, 409, 413],
});

export const removeRatingImageRoute = defineRoute({
  method: "DELETE",
  path: "/ratings/{id}/images/{imageId}",
  summary: "Remove a photo from my rating",
  tags,
  auth: "user",
  params: ZRatingImageParams,
  response: ZRating,
  errors: [404],
});

export const answerRatingRoute = defineRoute({
  method: "POST",
  path: "/ratings/{id}/replies",
  summary: "Answer the business in the thread under my rating",
  description: "Once the business has replied (409 before); not under a hidden rating (409).",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZCreateReply,
  response: ZRatingReply,
  status: 201,
  errors: [404, 409],
});

export const listBusinessRatingsRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}/ratings",
  summary: "A business's ratings",
  description:
    "Visible ratings of a published business and its employees (or one employee with " +
    "`employeeId`), newest first, each with its photos and visible replies.",
  tags,
  auth: "public",
  params: ZBusinessIdParams,
  query: ZPublicRatingsQuery,
  response: ZRating,
  paginated: true,
  errors: [404],
});

const ZBusinessRatingSummary = z
  .object({
    business: ZRatingSummary,
    employees: z.array(
      ZRatingSummary.extend({ employeeId: z.uuid(), name: z.string() }).meta({
        id: "EmployeeRatingSummary",
      }),
    ),
  })
  .meta({
    id: "BusinessRatingSummary",
    example: {
      business: { average: 4.67, count: 12 },
      employees: [
        {
          employeeId: "0193f7c4-6a00-7000-8000-000000000003",
          name: "Ana Stylist",
          average: 4.8,
          count: 5,
        },
      ],
    },
  });

export const businessRatingSummaryRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}/ratings/summary",
  summary: "Rating averages of a business and its employees",
  description:
    "Kept by a background job after every rating change and nightly; hidden ratings count " +
    "for nothing. The business's average covers its employees' ratings too.",
  tags,
  auth: "public",
  params: ZBusinessIdParams,
  response: ZBusinessRatingSummary,
  errors: [404],
});

export const listOrgRatingsRoute = defineRoute({
  method: "GET",
  path: "/manage/ratings",
  summary: "Ratings of the organization's businesses",
  description: "Newest first, hidden ratings and replies included and flagged.",
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  query: ZManageRatingsQuery,
  response: ZRating,
  paginated: true,
});

export const getOrgRatingRoute = defineRoute({
  method: "GET",
  path: "/manage/ratings/{id}",
  summary: "A rating of one of the organization's businesses",
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  params: ZIdParams,
  response: ZRating,
});

export const replyToRatingRoute = defineRoute({
  method: "POST",
  path: "/manage/ratings/{id}/replies",
  summary: "Reply to a rating for the business",
  description: "The customer is notified and may answer. Not under a hidden rating (409).",
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZIdParams,
  body: ZCreateReply,
  response: ZRatingReply,
  status: 201,
  errors: [409],
});

const moderation = (
  path: string,
  summary: string,
  response: typeof ZRating | typeof ZRatingReply,
) =>
  defineRoute({
    method: "POST",
    path,
    summary,
    description:
      "Platform administrators only (403 otherwise). A hidden rating leaves the public " +
      "lists and the averages; hiding twice changes nothing.",
    tags: ["Moderation"],
    auth: "user",
    params: ZIdParams,
    response,
    errors: [403, 404],
  });

export const listRatingsToModerateRoute = defineRoute({
  method: "GET",
  path: "/admin/ratings",
  summary: "Every rating on the platform, for moderation",
  description: "Platform administrators only (403 otherwise). Newest first, hidden ones flagged.",
  tags: ["Moderation"],
  auth: "user",
  query: ZModerationRatingsQuery,
  response: ZRating,
  paginated: true,
  errors: [403],
});

export const hideRatingRoute = moderation("/admin/ratings/{id}/hide", "Hide a rating", ZRating);
export const unhideRatingRoute = moderation(
  "/admin/ratings/{id}/unhide",
  "Show a hidden rating again",
  ZRating,
);
export const hideReplyRoute = moderation(
  "/admin/rating-replies/{id}/hide",
  "Hide a reply under a rating",
  ZRatingReply,
);
export const unhideReplyRoute = moderation(
  "/admin/rating-replies/{id}/unhide",
  "Show a hidden reply again",
  ZRatingReply,
);

export const ratingRoutes = [
  createRatingRoute,
  ratingEligibilityRoute,
  listMyRatingsRoute,
  getRatingRoute,
  updateRatingRoute,
  deleteRatingRoute,
  addRatingImageRoute,
  removeRatingImageRoute,
  answerRatingRoute,
  listBusinessRatingsRoute,
  businessRatingSummaryRoute,
  listOrgRatingsRoute,
  getOrgRatingRoute,
  replyToRatingRoute,
  listRatingsToModerateRoute,
  hideRatingRoute,
  unhideRatingRoute,
  hideReplyRoute,
  unhideReplyRoute,
];
