import { z } from "zod";
import { SERVICE_GENDERS } from "@/db/schema/booking";
import { allOptional, ZCategory, ZLocalizedOut } from "./categories.schemas";
import { ZCurrency } from "./businesses.schemas";
import { zLocalized, zOptionalLocalized } from "./localized";

export const ZCatalogImage = z
  .object({ id: z.uuid(), url: z.string(), position: z.number().int() })
  .meta({ id: "ServiceImage" });
export type TCatalogImage = z.infer<typeof ZCatalogImage>;

// ---------- services ----------

const serviceFields = {
  name: zLocalized(120),
  description: zOptionalLocalized(2000).nullable(),
  durationMinutes: z.number().int().min(5).max(1440).meta({ example: 30 }),
  priceMinor: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .meta({ description: "Price in minor units (cents)", example: 1500 }),
  currency: ZCurrency.meta({ description: "Defaults to the business's currency" }),
  gender: z.enum(SERVICE_GENDERS),
  bufferAfterMinutes: z
    .number()
    .int()
    .min(0)
    .max(480)
    .meta({ description: "The employee stays busy this long after the service" }),
  active: z.boolean(),
  categoryIds: z.array(z.uuid()).max(10).meta({ description: "Replaces the categories" }),
  employeeIds: z
    .array(z.uuid())
    .max(200)
    .meta({ description: "Who performs it (the business's employees); replaces the list" }),
};

export const ZCreateService = z
  .strictObject({
    ...allOptional(serviceFields),
    name: serviceFields.name,
    durationMinutes: serviceFields.durationMinutes,
    priceMinor: serviceFields.priceMinor,
  })
  .meta({ id: "CreateService" });
export type TCreateService = z.infer<typeof ZCreateService>;

export const ZUpdateService = z
  .strictObject(allOptional(serviceFields))
  .meta({ id: "UpdateService", description: "Only the fields sent change" });
export type TUpdateService = z.infer<typeof ZUpdateService>;

const publicServiceFields = {
  id: z.uuid(),
  businessId: z.uuid(),
  name: z.string().meta({ description: "In the caller's language" }),
  description: z.string().nullable(),
  durationMinutes: z.number().int(),
  priceMinor: z.number().int(),
  currency: z.string(),
  gender: z.enum(SERVICE_GENDERS),
  bufferAfterMinutes: z.number().int(),
  position: z.number().int(),
  categories: z.array(ZCategory),
  images: z.array(ZCatalogImage),
  employeeIds: z.array(z.uuid()).meta({ description: "Active employees who perform it" }),
};

export const ZPublicService = z.object(publicServiceFields).meta({
  id: "PublicService",
  example: {
    id: "7f0c2a9e-7c1e-4b8e-9a43-0d6b1f3c2e11",
    businessId: "2b7c5d1e-4f3a-4a1b-8c9d-0e1f2a3b4c5d",
    name: "Haircut",
    description: null,
    durationMinutes: 30,
    priceMinor: 1500,
    currency: "EUR",
    gender: "any",
    bufferAfterMinutes: 10,
    position: 0,
    categories: [],
    images: [],
    employeeIds: [],
  },
});
export type TPublicService = z.infer<typeof ZPublicService>;

export const ZManagedService = z
  .object({
    ...publicServiceFields,
    employeeIds: z.array(z.uuid()).meta({ description: "Every employee linked to it" }),
    active: z.boolean(),
    translations: z.object({ name: ZLocalizedOut, description: ZLocalizedOut.nullable() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "ManagedService" });
export type TManagedService = z.infer<typeof ZManagedService>;

// ---------- employees ----------

const employeeFields = {
  name: z.string().trim().min(1).max(120).meta({ example: "Ana Hoxha" }),
  userId: z
    .uuid()
    .nullable()
    .meta({ description: "A member of the organization behind this employee" }),
  bio: zOptionalLocalized(500).nullable(),
  active: z.boolean(),
  serviceIds: z
    .array(z.uuid())
    .max(200)
    .meta({ description: "Services of the business they perform; replaces the list" }),
};

export const ZCreateEmployee = z
  .strictObject({ ...allOptional(employeeFields), name: employeeFields.name })
  .meta({ id: "CreateEmployee" });
export type TCreateEmployee = z.infer<typeof ZCreateEmployee>;

export const ZUpdateEmployee = z
  .strictObject(allOptional(employeeFields))
  .meta({ id: "UpdateEmployee", description: "Only the fields sent change" });
export type TUpdateEmployee = z.infer<typeof ZUpdateEmployee>;

const publicEmployeeFields = {
  id: z.uuid(),
  businessId: z.uuid(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  bio: z.string().nullable().meta({ description: "In the caller's language" }),
  position: z.number().int(),
  ratingAverage: z.number().nullable(),
  ratingCount: z.number().int(),
  serviceIds: z.array(z.uuid()).meta({ description: "Active services they perform" }),
};

export const ZPublicEmployee = z.object(publicEmployeeFields).meta({ id: "PublicEmployee" });
export type TPublicEmployee = z.infer<typeof ZPublicEmployee>;

export const ZManagedEmployee = z
  .object({
    ...publicEmployeeFields,
    serviceIds: z.array(z.uuid()).meta({ description: "Every service linked to them" }),
    userId: z.uuid().nullable(),
    active: z.boolean(),
    translations: z.object({ bio: ZLocalizedOut.nullable() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "ManagedEmployee" });
export type TManagedEmployee = z.infer<typeof ZManagedEmployee>;

export const ZOrderServices = z
  .strictObject({ serviceIds: z.array(z.uuid()).min(1).max(500) })
  .meta({ id: "OrderServices", description: "Every service id of the business, in the new order" });
export const ZOrderEmployees = z
  .strictObject({ employeeIds: z.array(z.uuid()).min(1).max(500) })
  .meta({
    id: "OrderEmployees",
    description: "Every employee id of the business, in the new order",
  });

export const ZServiceImageParams = z.object({ id: z.uuid(), imageId: z.uuid() });
