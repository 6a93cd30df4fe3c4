import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/** An E.164 number as people read it (+1 415 555 0101); anything unparseable as stored. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}
