import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LOCALES = ["en", "sq"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** Cookie that holds a visitor's chosen language until accounts store it on the user. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The user's own setting wins; else the best match for the Accept-Language header. */
export function resolveLocale(input: {
  preferred?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.preferred)) return input.preferred;
  if (!input.acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({
    headers: { "accept-language": input.acceptLanguage },
  }).languages();
  try {
    return match(requested, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    // A malformed language tag in the header: fall back rather than fail the request.
    return DEFAULT_LOCALE;
  }
}
