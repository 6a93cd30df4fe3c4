import { randomBytes } from "node:crypto";

/** A URL segment from a name: Albanian letters folded to ASCII (ë → e, ç → c), dashes between words. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : `item-${randomSuffix()}`;
}

/** Four random characters, to tell apart two things with the same name. */
export function randomSuffix(): string {
  return randomBytes(3).toString("hex").slice(0, 4);
}
