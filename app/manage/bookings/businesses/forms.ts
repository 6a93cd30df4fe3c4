import { z } from "zod";
import { ZCreateBusiness, ZUpdateBusiness } from "@/lib/booking/businesses.schemas";
import {
  ZCreateService,
  ZUpdateService,
  ZCreateEmployee,
  ZUpdateEmployee,
} from "@/lib/booking/catalog.schemas";
import { ZBatchHours, ZCreateTimeOff, ZSetHours } from "@/lib/booking/hours.schemas";
import {
  parseLevel,
  parsePriceMinor,
  parseRanges,
  parseReminderHours,
} from "@/components/booking/catalog/form-values";

/**
 * The catalogue editors post strings (lib/actions/form-data.ts: empty inputs are left out,
 * repeated names become arrays, checkboxes post "on"). These schemas only reshape them into
 * the API's input and then validate with the API's own schemas, so the pages and the REST
 * API accept the same values and answer the same field errors.
 */

type FormFields = Record<string, string | string[] | undefined>;

const asRecord = (raw: unknown): FormFields =>
  typeof raw === "object" && raw !== null ? (raw as FormFields) : {};

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

const checked = (value: string | string[] | undefined) => {
  const text = single(value);
  return text === "on" || text === "true";
};

/** A cleared text input is null (the field is emptied), else the trimmed text. */
const textOrNull = (value: string | string[] | undefined) => single(value)?.trim() || null;

/** "" is null; anything else a number (NaN when it is not one, which zod rejects). */
export function numberOrNull(value: string | string[] | undefined): number | null {
  const text = single(value)?.trim();
  if (!text) return null;
  return Number(text.replace(",", "."));
}

/** An integer input that must be filled (NaN when blank, so zod names the field). */
const requiredNumber = (value: string | string[] | undefined) => numberOrNull(value) ?? NaN;

const localized = (form: FormFields, name: string) => ({
  en: single(form[`${name}.en`]) ?? "",
  sq: single(form[`${name}.sq`]) ?? "",
});

// ── Schemas ─────────────────────────────────────────────────────────────────

const ZBusinessRef = z.object({ businessId: z.uuid() });

export const ZBusinessRefForm = ZBusinessRef;

export const ZCreateBusinessForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return {
    name: single(form.name) ?? "",
    ...(single(form.type) ? { type: single(form.type) } : {}),
    ...(single(form.timeZone) ? { timeZone: single(form.timeZone) } : {}),
    ...(single(form.currency) ? { currency: single(form.currency) } : {}),
    categoryIds: list(form.categoryIds),
  };
}, ZCreateBusiness);

const SOCIALS = ["instagram", "facebook", "tiktok", "x", "youtube"] as const;

/** The profile form shows every field, so a cleared input saves as cleared. */
export const ZProfileForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  const socials = Object.fromEntries(
    SOCIALS.flatMap((name) => {
      const url = textOrNull(form[`socials.${name}`]);
      return url ? [[name, url]] : [];
    }),
  );
  return {
    businessId: single(form.businessId),
    name: single(form.name) ?? "",
    ...(single(form.slug) ? { slug: single(form.slug) } : {}),
    type: single(form.type),
    bio: localized(form, "bio"),
    description: localized(form, "description"),
    noteToClients: localized(form, "noteToClients"),
    address: textOrNull(form.address),
    latitude: numberOrNull(form.latitude),
    longitude: numberOrNull(form.longitude),
    collabAddress: textOrNull(form.collabAddress),
    collabLatitude: numberOrNull(form.collabLatitude),
    collabLongitude: numberOrNull(form.collabLongitude),
    visitType: single(form.visitType),
    phone: textOrNull(form.phone),
    email: textOrNull(form.email),
    website: textOrNull(form.website),
    socials,
    categoryIds: list(form.categoryIds),
    timeZone: single(form.timeZone),
    currency: single(form.currency),
    autoConfirm: checked(form.autoConfirm),
    minNoticeMinutes: requiredNumber(form.minNoticeMinutes),
    maxHorizonDays: requiredNumber(form.maxHorizonDays),
    cancellationWindowHours: requiredNumber(form.cancellationWindowHours),
    slotStepMinutes: requiredNumber(form.slotStepMinutes),
    reminderHours: parseReminderHours(single(form.reminderHours)),
    notifyEmail: checked(form.notifyEmail),
    notifyPush: checked(form.notifyPush),
  };
}, ZUpdateBusiness.extend(ZBusinessRef.shape));

function serviceFields(form: FormFields) {
  const currency = single(form.currency) ?? "EUR";
  return {
    name: localized(form, "name"),
    description: localized(form, "description"),
    categoryIds: list(form.categoryIds),
    durationMinutes: requiredNumber(form.durationMinutes),
    priceMinor: parsePriceMinor(single(form.price), currency),
    currency,
    gender: single(form.gender) ?? "any",
    bufferAfterMinutes: numberOrNull(form.bufferAfterMinutes) ?? 0,
    active: checked(form.active),
  };
}

export const ZCreateServiceForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return { ...serviceFields(form), businessId: single(form.businessId) };
}, ZCreateService.extend(ZBusinessRef.shape));

export const ZUpdateServiceForm = z.preprocess(
  (raw) => {
    const form = asRecord(raw);
    return { ...serviceFields(form), serviceId: single(form.serviceId) };
  },
  ZUpdateService.extend({ serviceId: z.uuid() }),
);

function employeeFields(form: FormFields) {
  return {
    name: single(form.name) ?? "",
    userId: textOrNull(form.userId),
    bio: localized(form, "bio"),
    active: checked(form.active),
    serviceIds: list(form.serviceIds),
  };
}

export const ZCreateEmployeeForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return { ...employeeFields(form), businessId: single(form.businessId) };
}, ZCreateEmployee.extend(ZBusinessRef.shape));

export const ZUpdateEmployeeForm = z.preprocess(
  (raw) => {
    const form = asRecord(raw);
    return { ...employeeFields(form), employeeId: single(form.employeeId) };
  },
  ZUpdateEmployee.extend({ employeeId: z.uuid() }),
);

export const ZItemRefForm = z.object({ id: z.uuid() });
export const ZBusinessItemRefForm = ZBusinessRef.extend({ id: z.uuid() });

export const ZOrderForm = z.preprocess(
  (raw) => {
    const form = asRecord(raw);
    return { businessId: single(form.businessId), ids: list(form.ids) };
  },
  ZBusinessRef.extend({ ids: z.array(z.uuid()).min(1).max(500) }),
);

export const ZSetHoursForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return {
    businessId: single(form.businessId),
    ...parseLevel(single(form.level)),
    ranges: parseRanges(list(form.ranges)),
  };
}, ZSetHours.extend(ZBusinessRef.shape));

export const ZBatchHoursForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return {
    businessId: single(form.businessId),
    employeeIds: list(form.employeeIds),
    ranges: parseRanges(list(form.ranges)),
  };
}, ZBatchHours.extend(ZBusinessRef.shape));

export const ZTimeOffForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return {
    businessId: single(form.businessId),
    employeeId: textOrNull(form.employeeId),
    startsAt: single(form.startsAt) ?? "",
    endsAt: single(form.endsAt) ?? "",
    reason: textOrNull(form.reason),
  };
}, ZCreateTimeOff.extend(ZBusinessRef.shape));
