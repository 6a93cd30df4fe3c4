import { z } from "zod";
import { BUSINESS_STATUSES, BUSINESS_TYPES, VISIT_TYPES } from "@/db/schema/booking";
import { allOptional, ZCategory, ZLocalizedOut, ZSlug } from "./categories.schemas";
import { zOptionalLocalized } from "./localized";

export const ZTimeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isTimeZone, { error: "booking.catalog.validation.timeZone" })
  .meta({ description: "IANA time zone", example: "Europe/Tirane" });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: "booking.catalog.validation.currency" })
  .meta({ description: "ISO 4217 code", example: "EUR" });

const ZLatitude = z.number().min(-90).max(90);
const ZLongitude = z.number().min(-180).max(180);
const ZUrl = z
  .url({ protocol: /^https?$/, error: "booking.catalog.validation.url" })
  .max(300)
  .meta({ example: "https://studio-ana.al" });
const ZPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "booking.catalog.validation.phone" })
  .meta({ example: "+355 69 123 4567" });

const ZSocials = z
  .strictObject({
    instagram: ZUrl.optional(),
    facebook: ZUrl.optional(),
    tiktok: ZUrl.optional(),
    x: ZUrl.optional(),
    youtube: ZUrl.optional(),
  })
  .meta({ id: "BusinessSocials" });

const ZReminderHours = z
  .array(z.number().int().min(1).max(168))
  .max(4)
  .refine((hours) => new Set(hours).size === hours.length, {
    error: "booking.catalog.validation.reminderHoursUnique",
  })
  .meta({ description: "Hours before the start when customers get a reminder", example: [24, 1] });

/** The business's own fields, shared by create and update (everything optional in update). */
const businessFields = {
  name: z.string().trim().min(2).max(120).meta({ example: "Studio Ana" }),
  slug: ZSlug.meta({ description: "Public URL segment; made from the name when left out" }),
  type: z.enum(BUSINESS_TYPES),
  bio: zOptionalLocalized(300).nullable(),
  description: zOptionalLocalized(5000).nullable(),
  address: z.string().trim().min(1).max(300).nullable(),
  latitude: ZLatitude.nullable(),
  longitude: ZLongitude.nullable(),
  collabAddress: z.string().trim().min(1).max(300).nullable(),
  collabLatitude: ZLatitude.nullable(),
  collabLongitude: ZLongitude.nullable(),
  visitType: z.enum(VISIT_TYPES),
  phone: ZPhone.nullable(),
  email: z.email().max(254).nullable(),
  website: ZUrl.nullable(),
  socials: ZSocials,
  noteToClients: zOptionalLocalized(1000).nullable(),
  timeZone: ZTimeZone,
  currency: ZCurrency,
  categoryIds: z.array(z.uuid()).max(10).meta({ description: "Replaces the categories" }),
  autoConfirm: z.boolean().meta({ description: "False: bookings wait for approval" }),
  minNoticeMinutes: z.number().int().min(0).max(43_200),
  maxHorizonDays: z.number().int().min(1).max(730),
  cancellationWindowHours: z.number().int().min(0).max(720),
  slotStepMinutes: z.number().int().min(5).max(240),
  reminderHours: ZReminderHours,
  notifyEmail: z.boolean(),
  notifyPush: z.boolean(),
};

const optionalBusinessFields = allOptional(businessFields);

export const ZCreateBusiness = z
  .strictObject({ ...optionalBusinessFields, name: businessFields.name })
  .meta({ id: "CreateBusiness", description: "Starts as a draft; unset fields take defaults" });
export type TCreateBusiness = z.infer<typeof ZCreateBusiness>;

export const ZUpdateBusiness = z
  .strictObject(optionalBusinessFields)
  .meta({ id: "UpdateBusiness", description: "Only the fields sent change" });
export type TUpdateBusiness = z.infer<typeof ZUpdateBusiness>;

export const ZBusinessImage = z
  .object({
    id: z.uuid(),
    url: z.string().meta({ example: "/files/businesses/9f…/3a….jpg" }),
    position: z.number().int(),
    isMain: z.boolean(),
  })
  .meta({ id: "BusinessImage" });
export type TBusinessImage = z.infer<typeof ZBusinessImage>;

const publicFields = {
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  type: z.enum(BUSINESS_TYPES),
  bio: z.string().nullable().meta({ description: "In the caller's language" }),
  description: z.string().nullable(),
  noteToClients: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  collabAddress: z.string().nullable(),
  collabLatitude: z.number().nullable(),
  collabLongitude: z.number().nullable(),
  visitType: z.enum(VISIT_TYPES),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  socials: ZSocials,
  logoUrl: z.string().nullable(),
  mainImageUrl: z.string().nullable(),
  images: z.array(ZBusinessImage),
  categories: z.array(ZCategory),
  timeZone: z.string(),
  currency: z.string(),
  ratingAverage: z.number().nullable(),
  ratingCount: z.number().int(),
  autoConfirm: z.boolean(),
  minNoticeMinutes: z.number().int(),
  maxHorizonDays: z.number().int(),
  cancellationWindowHours: z.number().int(),
  slotStepMinutes: z.number().int(),
};

export const ZPublicBusiness = z.object(publicFields).meta({
  id: "PublicBusiness",
  description: "A published business as the marketplace shows it, localized",
});
export type TPublicBusiness = z.infer<typeof ZPublicBusiness>;

export const ZManagedBusiness = z
  .object({
    ...publicFields,
    orgId: z.uuid(),
    status: z.enum(BUSINESS_STATUSES),
    translations: z.object({
      bio: ZLocalizedOut.nullable(),
      description: ZLocalizedOut.nullable(),
      noteToClients: ZLocalizedOut.nullable(),
    }),
    reminderHours: z.array(z.number().int()),
    notifyEmail: z.boolean(),
    notifyPush: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({
    id: "ManagedBusiness",
    description: "A business as its managers edit it: localized fields also in every language",
  });
export type TManagedBusiness = z.infer<typeof ZManagedBusiness>;

export const ZBusinessParams = z.object({
  idOrSlug: z.string().trim().min(1).max(100).meta({ description: "Business id or slug" }),
});
export const ZImageParams = z.object({ id: z.uuid(), imageId: z.uuid() });

export const ZUpdateBusinessImage = z
  .strictObject({
    isMain: z.literal(true).meta({ description: "Make this the main image" }),
  })
  .meta({ id: "UpdateBusinessImage" });

export const ZOrderImages = z
  .strictObject({ imageIds: z.array(z.uuid()).min(1).max(50) })
  .meta({ id: "OrderBusinessImages", description: "Every image id, in the new order" });
