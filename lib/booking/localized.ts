import { z } from "zod";
import type { Localized } from "@/db/schema/booking";
import type { Locale } from "@/lib/i18n/config";

export type { Localized };

/**
 * A field edited side by side in English and Albanian: English is required (the fallback),
 * Albanian optional; blank Albanian is stored as absent.
 */
export function zLocalized(max: number) {
  return z
    .object({
      en: z.string().trim().min(1).max(max),
      sq: z
        .string()
        .trim()
        .max(max)
        .optional()
        .transform((value) => value || undefined),
    })
    .meta({
      description: "English (required) and Albanian text",
      example: { en: "Haircut", sq: "Prerje flokësh" },
    });
}

/** The same, for fields that may be left empty altogether (e.g. a description). */
export function zOptionalLocalized(max: number) {
  return z
    .object({
      en: z.string().trim().max(max).optional(),
      sq: z.string().trim().max(max).optional(),
    })
    .transform((value): Localized | null =>
      value.en ? { en: value.en, ...(value.sq ? { sq: value.sq } : {}) } : null,
    );
}

/** The text in the caller's language, English when it has none. */
export function pickLocale(value: Localized, locale: Locale): string;
export function pickLocale(value: Localized | null | undefined, locale: Locale): string | null;
export function pickLocale(value: Localized | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  return (locale === "sq" ? value.sq : undefined) || value.en;
}
