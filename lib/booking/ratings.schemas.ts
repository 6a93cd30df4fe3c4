import { z } from "zod";
import { REPLY_SIDES } from "@/db/schema/booking";
import { ZInstant, ZPageQuery } from "./community.schemas";

export const MAX_RATING_IMAGES = 5;

const ZScore = z.coerce
  .number()
  .int()
  .min(1)
  .max(5)
  .meta({ description: "1 (poor) to 5 (excellent)", example: 5 });
const ZComment = z
  .string()
  .trim()
  .max(2000)
  .nullable()
  .transform((value) => value || null)
  .meta({ example: "Quick, friendly and a great cut." });
const ZReplyBody = z.string().trim().min(1).max(2000).meta({ example: "Thank you, see you soon!" });

export const ZCreateRating = z
  .strictObject({
    businessId: z.uuid(),
    employeeId: z
      .uuid()
      .nullable()
      .optional()
      .meta({ description: "Rate one of the business's employees instead of the business" }),
    score: ZScore,
    comment: ZComment.optional(),
  })
  .meta({
    id: "CreateRating",
    example: {
      businessId: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
      employeeId: null,
      score: 5,
      comment: "Quick, friendly and a great cut.",
    },
  });
export type TCreateRating = z.infer<typeof ZCreateRating>;

export const ZUpdateRating = z
  .strictObject({ score: ZScore.optional(), comment: ZComment.optional() })
  .refine((value) => value.score !== undefined || value.comment !== undefined, {
    error: "booking.ratings.nothingToChange",
    path: ["score"],
  })
  .meta({ id: "UpdateRating", example: { score: 4, comment: "Good, a little late." } });
export type TUpdateRating = z.infer<typeof ZUpdateRating>;

export const ZCreateReply = z
  .strictObject({ body: ZReplyBody })
  .meta({ id: "CreateRatingReply", example: { body: "Thank you, see you soon!" } });
export type TCreateReply = z.infer<typeof ZCreateReply>;

export const ZRatingImage = z
  .object({
    id: z.uuid(),
    url: z.string().meta({ example: "/files/ratings/0193…/3f2a….jpg" }),
    position: z.number().int().min(0).max(4),
  })
  .meta({ id: "RatingImage" });

export const ZRatingReply = z
  .object({
    id: z.uuid(),
    ratingId: z.uuid(),
    side: z.enum(REPLY_SIDES).meta({ description: "Who wrote it: the business or the customer" }),
    authorName: z.string().meta({ example: "Salon Arta" }),
    body: z.string(),
    hidden: z
      .boolean()
      .meta({ description: "Hidden by a moderator (only moderators and the business see it)" }),
    createdAt: ZInstant,
    updatedAt: ZInstant,
  })
  .meta({
    id: "RatingReply",
    example: {
      id: "0193f7c4-6a00-7000-8000-000000000002",
      ratingId: "0193f7c4-6a00-7000-8000-000000000001",
      side: "business",
      authorName: "Salon Arta",
      body: "Thank you, see you soon!",
      hidden: false,
      createdAt: "2026-12-05T09:00:00.000Z",
      updatedAt: "2026-12-05T09:00:00.000Z",
    },
  });
export type TRatingReply = z.infer<typeof ZRatingReply>;

export const ZRating = z
  .object({
    id: z.uuid(),
    businessId: z.uuid(),
    businessName: z.string(),
    employeeId: z.uuid().nullable(),
    employeeName: z.string().nullable(),
    customerName: z.string().meta({ description: "First name and initial", example: "Arta K." }),
    score: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    images: z.array(ZRatingImage),
    replies: z.array(ZRatingReply),
    hidden: z.boolean().meta({ description: "Hidden by a moderator: out of lists and averages" }),
    createdAt: ZInstant,
    updatedAt: ZInstant,
  })
  .meta({
    id: "Rating",
    example: {
      id: "0193f7c4-6a00-7000-8000-000000000001",
      businessId: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
      businessName: "Salon Arta",
      employeeId: null,
      employeeName: null,
      customerName: "Arta K.",
      score: 5,
      comment: "Quick, friendly and a great cut.",
      images: [],
      replies: [],
      hidden: false,
      createdAt: "2026-12-04T18:00:00.000Z",
      updatedAt: "2026-12-04T18:00:00.000Z",
    },
  });
export type TRating = z.infer<typeof ZRating>;

export const ZRatingSummary = z
  .object({
    average: z.number().nullable().meta({ description: "Kept by a job; null with no ratings" }),
    count: z.number().int(),
  })
  .meta({ id: "RatingSummary", example: { average: 4.67, count: 12 } });

export const ZPublicRatingsQuery = z
  .strictObject({
    employeeId: z.uuid().optional().meta({ description: "Only this employee's ratings" }),
    ...ZPageQuery,
  })
  .meta({ id: "PublicRatingsQuery" });
export type TPublicRatingsQuery = z.infer<typeof ZPublicRatingsQuery>;

export const ZMyRatingsQuery = z.strictObject({ ...ZPageQuery }).meta({ id: "MyRatingsQuery" });
export type TMyRatingsQuery = z.infer<typeof ZMyRatingsQuery>;

export const ZManageRatingsQuery = z
  .strictObject({
    businessId: z.uuid().optional(),
    employeeId: z.uuid().optional(),
    score: z.coerce
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .meta({ description: "Only ratings with this score" }),
    unanswered: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional()
      .meta({ description: "Only ratings the business has not replied to yet" }),
    ...ZPageQuery,
  })
  .meta({ id: "ManageRatingsQuery" });
export type TManageRatingsQuery = z.infer<typeof ZManageRatingsQuery>;

export const ZModerationRatingsQuery = z
  .strictObject({
    hidden: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional()
      .meta({ description: "Only hidden (true) or only visible (false) ratings" }),
    businessId: z.uuid().optional(),
    ...ZPageQuery,
  })
  .meta({ id: "ModerationRatingsQuery" });
export type TModerationRatingsQuery = z.infer<typeof ZModerationRatingsQuery>;

export const ZRatingImageParams = z.object({ id: z.uuid(), imageId: z.uuid() });

export const ZEligibilityQuery = z
  .strictObject({
    businessId: z.string().trim().min(1).max(200).meta({ description: "Id or slug" }),
  })
  .meta({ id: "RatingEligibilityQuery" });

const ZTargetEligibility = z.object({
  canRate: z.boolean().meta({ description: "A completed booking allows a rating of this target" }),
  ratingId: z.uuid().nullable().meta({ description: "My rating of it, to edit instead" }),
});

export const ZRatingEligibility = z
  .object({
    businessId: z.uuid(),
    business: ZTargetEligibility,
    employees: z.array(ZTargetEligibility.extend({ employeeId: z.uuid(), name: z.string() })),
  })
  .meta({
    id: "RatingEligibility",
    example: {
      businessId: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
      business: { canRate: true, ratingId: null },
      employees: [
        {
          employeeId: "0193f7c4-6a00-7000-8000-000000000003",
          name: "Ana Stylist",
          canRate: true,
          ratingId: "0193f7c4-6a00-7000-8000-000000000001",
        },
      ],
    },
  });
export type TRatingEligibility = z.infer<typeof ZRatingEligibility>;
