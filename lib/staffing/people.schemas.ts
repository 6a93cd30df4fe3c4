import { z } from "zod";
import { SMS_CONSENT_STATES } from "@/db/schema/staffing";
import { ZPayRuleOverrides } from "./pay-rules";
import { isValidTimeZone } from "./zoned-time";

/** Zod for the Model section's catalogues: labor types, locations and workers. */

export const ZCatalogIdParams = z.object({ id: z.uuid() });

const ZPage = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

const ZName = z.string().trim().min(1).max(200);
/** Optional text where "" means "none" (forms send empty inputs). */
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

// ── Labor types ─────────────────────────────────────────────────────────────

export const ZLaborTypeInput = z
  .strictObject({ name: z.string().trim().min(1).max(100) })
  .meta({ id: "LaborTypeInput" });
export type TLaborTypeInput = z.infer<typeof ZLaborTypeInput>;

export const ZLaborType = z
  .object({
    id: z.uuid(),
    name: z.string(),
    workerCount: z.number().int().meta({ description: "Workers who have this labor type" }),
    createdAt: z.string(),
  })
  .meta({ id: "LaborType" });
export type TLaborType = z.infer<typeof ZLaborType>;

// ── Locations ───────────────────────────────────────────────────────────────

const locationFields = {
  name: ZName,
  address: ZOptionalText(500),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  timeZone: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine(isValidTimeZone, { error: "staffing.invalidTimeZone" })
    .meta({ description: "IANA time zone, e.g. Europe/Tirane" }),
  payRules: ZPayRuleOverrides,
};

/** A point needs both halves: one coordinate without the other is an error on the missing one. */
function bothCoordinatesOrNeither(
  value: { latitude?: number | null; longitude?: number | null },
  context: z.core.$RefinementCtx,
) {
  const hasLatitude = value.latitude !== undefined && value.latitude !== null;
  const hasLongitude = value.longitude !== undefined && value.longitude !== null;
  if (hasLatitude === hasLongitude) return;
  context.addIssue({
    code: "custom",
    path: [hasLatitude ? "longitude" : "latitude"],
    message: "staffing.coordinatesTogether",
  });
}

export const ZLocationInput = z
  .strictObject({ ...locationFields, payRules: ZPayRuleOverrides.default({}) })
  .superRefine(bothCoordinatesOrNeither)
  .meta({ id: "LocationInput" });
export type TLocationInput = z.infer<typeof ZLocationInput>;

export const ZLocationPatch = z
  .strictObject({
    name: locationFields.name.optional(),
    address: locationFields.address.optional(),
    latitude: locationFields.latitude,
    longitude: locationFields.longitude,
    timeZone: locationFields.timeZone.optional(),
    payRules: ZPayRuleOverrides.optional().meta({ description: "Replaces the overrides" }),
  })
  .superRefine((value, context) => {
    // A patch that touches the point must give both halves (or clear both).
    const givesLatitude = value.latitude !== undefined;
    const givesLongitude = value.longitude !== undefined;
    if (givesLatitude !== givesLongitude) {
      context.addIssue({
        code: "custom",
        path: [givesLatitude ? "longitude" : "latitude"],
        message: "staffing.coordinatesTogether",
      });
    } else if (givesLatitude) {
      bothCoordinatesOrNeither(value, context);
    }
  })
  .meta({ id: "LocationPatch" });
export type TLocationPatch = z.infer<typeof ZLocationPatch>;

export const ZLocation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    timeZone: z.string(),
    payRules: ZPayRuleOverrides,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Location" });
export type TLocation = z.infer<typeof ZLocation>;

// ── Workers ─────────────────────────────────────────────────────────────────

export const MAX_ALTERNATE_PHONES = 5;

const ZPhoneText = z.string().trim().min(1).max(40);
const ZEmail = z
  .union([z.literal(""), z.email().max(254)])
  .nullish()
  .transform((value) => (value ? value.toLowerCase() : null));

const workerFields = {
  name: ZName,
  phone: ZPhoneText.meta({ description: "The primary phone; texts go here" }),
  alternatePhones: z.array(ZPhoneText).max(MAX_ALTERNATE_PHONES),
  email: ZEmail,
  notes: ZOptionalText(2000),
  laborTypeIds: z.array(z.uuid()).max(50),
  active: z.boolean(),
};

export const ZWorkerInput = z
  .strictObject({
    ...workerFields,
    alternatePhones: workerFields.alternatePhones.default([]),
    laborTypeIds: workerFields.laborTypeIds.default([]),
    active: workerFields.active.default(true),
  })
  .meta({ id: "WorkerInput" });
export type TWorkerInput = z.infer<typeof ZWorkerInput>;

export const ZWorkerPatch = z
  .strictObject({
    name: workerFields.name.optional(),
    phone: workerFields.phone.optional(),
    alternatePhones: workerFields.alternatePhones
      .optional()
      .meta({ description: "Replaces the alternates" }),
    email: workerFields.email.optional(),
    notes: workerFields.notes.optional(),
    laborTypeIds: workerFields.laborTypeIds
      .optional()
      .meta({ description: "Replaces the labor types" }),
    active: workerFields.active.optional(),
    smsConsent: z
      .enum(["stopped"], { error: "staffing.consentOnlyStop" })
      .optional()
      .meta({
        description:
          "A manager may only record that the worker asked to get no texts; consent itself " +
          "comes from the worker's own SMS reply.",
      }),
  })
  .meta({ id: "WorkerPatch" });
export type TWorkerPatch = z.infer<typeof ZWorkerPatch>;

export const ZWorkerLaborType = z.object({ id: z.uuid(), name: z.string() });

export const ZWorker = z
  .object({
    id: z.uuid(),
    name: z.string(),
    phone: z.string().nullable().meta({ description: "Primary phone, E.164" }),
    alternatePhones: z.array(z.string()),
    email: z.string().nullable(),
    notes: z.string().nullable(),
    laborTypes: z.array(ZWorkerLaborType),
    smsConsent: z.enum(SMS_CONSENT_STATES),
    reliability: z.object({
      noCallNoShowCount: z.number().int(),
      lateCancellationCount: z.number().int(),
    }),
    active: z.boolean(),
    registered: z.boolean().meta({ description: "Signed up and can use the worker app" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Worker" });
export type TWorker = z.infer<typeof ZWorker>;

export const ZListWorkersQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: "Part of a name, email address or phone number" }),
  laborTypeId: z.uuid().optional(),
  consent: z.enum(SMS_CONSENT_STATES).optional().meta({ description: "SMS consent state" }),
  active: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
  ...ZPage,
});
export type TListWorkersQuery = z.infer<typeof ZListWorkersQuery>;

export const ZRemovedWorker = z
  .object({
    id: z.uuid(),
    outcome: z.enum(["deleted", "deactivated"]).meta({
      description: "Workers with labor requests are deactivated to keep their history",
    }),
  })
  .meta({ id: "RemovedWorker" });

export const ZDeletedEntry = z.object({ id: z.uuid() }).meta({ id: "DeletedEntry" });

// ── Import ──────────────────────────────────────────────────────────────────

export const IMPORT_FORMATS = ["csv", "vcard"] as const;
export const MAX_IMPORT_CHARS = 1_000_000;
export const MAX_IMPORT_ROWS = 2_000;

export const ZWorkerImportInput = z
  .strictObject({
    format: z
      .enum(IMPORT_FORMATS)
      .optional()
      .meta({ description: "Guessed from the content when left out" }),
    content: z.string().min(1).max(MAX_IMPORT_CHARS),
  })
  .meta({ id: "WorkerImportInput" });
export type TWorkerImportInput = z.infer<typeof ZWorkerImportInput>;

export const ZImportRow = z
  .object({
    row: z.number().int().meta({
      description: "Line in a spreadsheet (the header is row 1) or the card's position",
    }),
    status: z.enum(["new", "duplicate", "error"]),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
    duplicateOf: z
      .object({ workerId: z.uuid().nullable(), row: z.number().int().nullable() })
      .nullable(),
    worker: z.object({
      name: z.string(),
      phone: z.string().nullable(),
      alternatePhones: z.array(z.string()),
      email: z.string().nullable(),
      laborTypes: z.array(z.string()),
      notes: z.string().nullable(),
    }),
  })
  .meta({ id: "WorkerImportRow" });
export type TImportRow = z.infer<typeof ZImportRow>;

export const ZImportPreview = z
  .object({
    rows: z.array(ZImportRow),
    counts: z.object({ new: z.number(), duplicate: z.number(), error: z.number() }),
    newLaborTypes: z
      .array(z.string())
      .meta({ description: "Labor type names the import will create" }),
  })
  .meta({ id: "WorkerImportPreview" });
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportResult = z
  .object({
    created: z.number(),
    duplicates: z.number(),
    errors: z.number(),
    laborTypesCreated: z.number(),
  })
  .meta({ id: "WorkerImportResult" });
export type TImportResult = z.infer<typeof ZImportResult>;
