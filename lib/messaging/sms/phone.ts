import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * A phone number in E.164 (+15551234567), or null when it is not a valid number. Numbers
 * without a country code are read in `defaultCountry` when one is given.
 */
export function toE164(input: string, defaultCountry?: string): string | null {
  const parsed = parsePhoneNumberFromString(
    input.trim(),
    defaultCountry as CountryCode | undefined,
  );
  return parsed?.isValid() ? parsed.number : null;
}
