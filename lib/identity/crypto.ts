import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomInt,
} from "node:crypto";
import { authSecret } from "@/lib/config/env";

/** An unguessable token for links and refresh tokens (256 bits, URL-safe). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** A numeric code for SMS (6 digits by default), uniformly drawn. */
export function randomDigits(length = 6): string {
  return Array.from({ length }, () => randomInt(0, 10)).join("");
}

/**
 * How tokens and codes are stored. Keyed with AUTH_SECRET, so a leaked table does not let
 * anyone try the million 6-digit codes offline.
 */
export function hashToken(token: string): string {
  return createHmac("sha256", authSecret()).update(token).digest("base64url");
}

function secretKey(): Buffer {
  return createHash("sha256").update(`secret-box:${authSecret()}`).digest();
}

/** AES-256-GCM for secrets we must read back (TOTP seeds): `iv.tag.ciphertext`. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretKey(), iv);
  const encrypted = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), encrypted].map((part) => part.toString("base64url")).join(".");
}

export function openSecret(sealed: string): string {
  const [iv, tag, encrypted] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", secretKey(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(encrypted!), decipher.final()]).toString("utf8");
}
