import { randomInt } from "node:crypto";
import { randomToken } from "@/lib/identity/crypto";

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The two secrets of a labor request: a long token (QR code, calendar link, API) and a
 * 10-character short code (50 bits) that keeps SMS links to one segment and can be typed at
 * a sign-in desk. Both open the worker's link page; guessing either is rate-limited there.
 */
export function newRequestSecrets(): { token: string; shortCode: string } {
  const shortCode = Array.from({ length: 10 }, () => ALPHABET[randomInt(0, 32)]).join("");
  return { token: randomToken(), shortCode };
}
