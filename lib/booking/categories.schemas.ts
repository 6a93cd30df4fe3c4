import { z } from "zod";
import { zLocalized } from "./localized";

export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "booking.catalog.validation.slugFormat" })
  .meta({ description: "Lowercase letters, digits and single dashes", example: "hair-salons" });

const ZIcon = z
  .string()
  .trim()
  .max(60)
  .regex(/^[a-z0-9-]+$/, { error: "booking.categories.validation.iconFormat" })
  .meta({ description: "A lucide icon name", example: "scissors" });

/** A localized text as stored and returned to editors: English, and Albanian when given. */
export const ZLocalizedOut = z
  .object({ en: z.string(), sq: z.string().optional() })
  .meta({ id: "LocalizedText", example: { en: "Haircut", sq: "Prerje flokësh" } });

type Optional<T extends Record<string, z.ZodType>> = { [K in keyof T]: z.ZodOptional<T[K]> };

/** The same fields, each optional: the update schema of a create schema. */
export function allOptional<T extends Record<string, z.ZodType>>(fields: T): Optional<T> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, schema.optional()]),
  ) as Optional<T>;
}

export const ZCategory = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    slug: z.string(),
    icon: z.string().nullable(),
    name: z.string().meta({ description: "In the caller's language (English fallback)" }),
    position: z.number().int(),
  })
  .meta({
    id: "BookingCategory",
    example: {
      id: "0b6f8e1c-3a1d-4c59-9a53-4f1f2b7c9d10",
      parentId: null,
      slug: "hair",
      icon: "scissors",
      name: "Hair",
      position: 0,
    },
  });
export type TCategory = z.infer<typeof ZCategory>;

export interface TCategoryNode extends TCategory {
  children: TCategoryNode[];
}

export const ZCategoryNode: z.ZodType<TCategoryNode> = ZCategory.extend({
  get children(): z.ZodArray<z.ZodType<TCategoryNode>> {
    return z.array(ZCategoryNode);
  },
}).meta({ id: "BookingCategoryNode", description: "A category with its subcategories" });

export const ZAdminCategory = ZCategory.extend({
  translations: z.object({ name: ZLocalizedOut }),
  createdAt: z.date(),
  updatedAt: z.date(),
}).meta({ id: "AdminBookingCategory", description: "A category with its name in every language" });
export type TAdminCategory = z.infer<typeof ZAdminCategory>;

export const ZCreateCategory = z
  .strictObject({
    name: zLocalized(100),
    slug: ZSlug.optional().meta({ description: "Made from the English name when left out" }),
    icon: ZIcon.nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .meta({ id: "CreateBookingCategory" });
export type TCreateCategory = z.infer<typeof ZCreateCategory>;

export const ZUpdateCategory = z
  .strictObject({
    name: zLocalized(100).optional(),
    slug: ZSlug.optional(),
    icon: ZIcon.nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .meta({ id: "UpdateBookingCategory", description: "Only the fields sent change" });
export type TUpdateCategory = z.infer<typeof ZUpdateCategory>;

export const ZIdParams = z.object({ id: z.uuid() });
export const ZDeleted = z.object({ id: z.uuid() }).meta({ id: "DeletedBookingItem" });
