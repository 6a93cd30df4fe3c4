import { z } from "zod";
import { FAVORITE_KINDS } from "@/db/schema/booking";
import { ZInstant, ZPageQuery } from "./community.schemas";

const ZKind = z
  .enum(FAVORITE_KINDS)
  .meta({ description: "`favorite` (loved) or `saved` (for later)", example: "favorite" });

export const ZAddFavorite = z
  .strictObject({
    kind: ZKind,
    businessId: z.uuid().optional(),
    employeeId: z.uuid().optional(),
  })
  .refine((value) => !!value.businessId !== !!value.employeeId, {
    error: "booking.favorites.targetRequired",
    path: ["businessId"],
  })
  .meta({
    id: "AddFavorite",
    description: "Exactly one of `businessId` and `employeeId`",
    example: { kind: "favorite", businessId: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e" },
  });
export type TAddFavorite = z.infer<typeof ZAddFavorite>;

export const ZListFavoritesQuery = z
  .strictObject({
    kind: ZKind.optional(),
    target: z
      .enum(["business", "employee"])
      .optional()
      .meta({ description: "Only one kind of target" }),
    ...ZPageQuery,
  })
  .meta({ id: "ListFavoritesQuery" });
export type TListFavoritesQuery = z.infer<typeof ZListFavoritesQuery>;

const ZFavoriteBusiness = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    logoUrl: z.string().nullable(),
    ratingAverage: z.number().nullable(),
    ratingCount: z.number().int(),
  })
  .meta({ id: "FavoriteBusiness" });

export const ZFavorite = z
  .object({
    id: z.uuid(),
    kind: ZKind,
    business: ZFavoriteBusiness.meta({
      description: "The business, or the employee's business",
    }),
    employee: z
      .object({
        id: z.uuid(),
        name: z.string(),
        avatarUrl: z.string().nullable(),
        ratingAverage: z.number().nullable(),
        ratingCount: z.number().int(),
      })
      .nullable()
      .meta({ description: "Set when an employee is the favorite" }),
    createdAt: ZInstant,
  })
  .meta({
    id: "Favorite",
    example: {
      id: "0193f7c4-6a00-7000-8000-00000000000f",
      kind: "favorite",
      business: {
        id: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
        name: "Salon Arta",
        slug: "salon-arta",
        logoUrl: null,
        ratingAverage: 4.67,
        ratingCount: 12,
      },
      employee: null,
      createdAt: "2026-12-04T18:00:00.000Z",
    },
  });
export type TFavorite = z.infer<typeof ZFavorite>;
