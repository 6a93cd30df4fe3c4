import { z } from "zod";
import { ZUpdateStaffingSettings } from "./events.schemas";
import {
  IMPORT_FORMATS,
  MAX_IMPORT_CHARS,
  ZLaborTypeInput,
  ZLocationInput,
  ZLocationPatch,
  ZWorkerInput,
  ZWorkerPatch,
} from "./people.schemas";

/**
 * The dashboard's forms post strings (see lib/actions/form-data.ts: empty inputs are left
 * out, repeated names become arrays, checkboxes post "on"). These schemas only reshape that
 * into the API's input and then validate with the API's own schema, so a form and the REST
 * API accept exactly the same values and answer the same field errors.
 */

type FormFields = Record<string, string | string[] | undefined>;

const asRecord = (raw: unknown): FormFields =>
  typeof raw === "object" && raw !== null ? (raw as FormFields) : {};

/** A field that may be posted once, many times or not at all. */
const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A single value (the first, if a field was posted twice). */
const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

const checked = (value: string | string[] | undefined): boolean => {
  const text = single(value);
  return text === "on" || text === "true";
};

/** "" (a cleared input) is null; anything else a number, NaN when not one (zod rejects it). */
function optionalNumber(value: string | string[] | undefined): number | null | undefined {
  const text = single(value)?.trim();
  if (text === undefined || text === "") return undefined;
  return Number(text.replace(",", "."));
}

const ZId = z.object({ id: z.uuid() });

// ── Labor types ─────────────────────────────────────────────────────────────

export const ZLaborTypeCreateForm = ZLaborTypeInput;
export const ZLaborTypeRenameForm = ZLaborTypeInput.extend(ZId.shape);
export const ZCatalogueRefForm = ZId;

// ── Workers ─────────────────────────────────────────────────────────────────

/** The fields the worker form posts, in the shape of `ZWorkerInput`. */
function workerFields(raw: unknown) {
  const form = asRecord(raw);
  return {
    name: single(form.name),
    phone: single(form.phone),
    alternatePhones: list(form.alternatePhones),
    // A cleared email or notes field means "none": the schemas read "" as null.
    email: single(form.email) ?? "",
    notes: single(form.notes) ?? "",
    laborTypeIds: list(form.laborTypeIds),
    active: checked(form.active),
  };
}

export const ZWorkerCreateForm = z.preprocess(workerFields, ZWorkerInput);

/**
 * Editing sends every field (the form shows them all), so cleared alternates, emails and
 * labor types are saved as cleared. `stopTexts` records a worker's spoken "no more texts".
 */
export const ZWorkerEditForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return {
    ...workerFields(raw),
    id: single(form.id),
    ...(checked(form.stopTexts) ? { smsConsent: "stopped" } : {}),
  };
}, ZWorkerPatch.extend(ZId.shape));
export type TWorkerEditForm = z.output<typeof ZWorkerEditForm>;

// ── Locations ───────────────────────────────────────────────────────────────

export const PAY_RULE_FIELDS = [
  "minimumHours",
  "roundingGraceMinutes",
  "mealPenaltyTriggerHours",
  "mealPenaltyMultiplier",
] as const;

/** How a form says what happens to overtime: inherit, none, or after `overtimeAfterHours`. */
export const OVERTIME_MODES = ["inherit", "off", "after"] as const;

/**
 * Pay rule inputs named `payRules.<rule>`: an empty one inherits (is left out of the
 * overrides); overtime has its own mode select, so "no overtime" and "inherit" differ.
 */
function payRuleOverrides(form: FormFields, overtimeDefault: (typeof OVERTIME_MODES)[number]) {
  const overrides: Record<string, number | null | undefined> = {};
  for (const rule of PAY_RULE_FIELDS) {
    const value = optionalNumber(form[`payRules.${rule}`]);
    if (value !== undefined) overrides[rule] = value;
  }
  const mode = single(form.overtimeMode) ?? overtimeDefault;
  if (mode === "off") overrides.overtimeAfterHours = null;
  else if (mode === "after") {
    // "after" without hours is an error on the hours field, not a silent "inherit".
    overrides.overtimeAfterHours = optionalNumber(form["payRules.overtimeAfterHours"]) ?? NaN;
  }
  return overrides;
}

function locationFields(raw: unknown) {
  const form = asRecord(raw);
  return {
    name: single(form.name),
    address: single(form.address) ?? "",
    latitude: optionalNumber(form.latitude) ?? null,
    longitude: optionalNumber(form.longitude) ?? null,
    timeZone: single(form.timeZone),
    payRules: payRuleOverrides(form, "inherit"),
  };
}

export const ZLocationCreateForm = z.preprocess(locationFields, ZLocationInput);

export const ZLocationEditForm = z.preprocess(
  (raw) => ({ ...locationFields(raw), id: single(asRecord(raw).id) }),
  // A patch that sends every field, checked by the same rules as the API's patch.
  ZLocationPatch.safeExtend(ZId.shape),
);
export type TLocationEditForm = z.output<typeof ZLocationEditForm>;

// ── Staffing settings ───────────────────────────────────────────────────────

/** "24, 2" or "24 2" → [24, 2]; a word that is not a number stays NaN for zod to name. */
function hoursList(value: string | string[] | undefined): number[] {
  return list(value)
    .flatMap((text) => text.split(/[\s,;]+/))
    .filter(Boolean)
    .map(Number);
}

export const ZStaffingSettingsForm = z.preprocess((raw) => {
  const form = asRecord(raw);
  return {
    payRules: payRuleOverrides(form, "off"),
    reminderHours: hoursList(form.reminderHours),
    autoWithdrawHours: checked(form.autoWithdraw)
      ? (optionalNumber(form.autoWithdrawHours) ?? NaN)
      : null,
    conflictWindowHours: optionalNumber(form.conflictWindowHours),
    smsSenderName: single(form.smsSenderName)?.trim() || null,
  };
}, ZUpdateStaffingSettings);

// ── Import ──────────────────────────────────────────────────────────────────

/** The import page reads the file in the browser and posts its text (preview, then commit). */
export const ZWorkerImportForm = z.object({
  format: z.enum(IMPORT_FORMATS).optional(),
  content: z.string().min(1).max(MAX_IMPORT_CHARS),
});
