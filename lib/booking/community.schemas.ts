import { z } from "zod";

/** Pieces every community schema (ratings, favorites, clients, applications) shares. */

export const ZPageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const ZIdParams = z.object({ id: z.uuid() });
export const ZBusinessIdParams = z.object({
  idOrSlug: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: "The business's id or slug", example: "salon-arta" }),
});

export const ZInstant = z.iso.datetime({ offset: true }).meta({
  description: "ISO 8601 instant",
  example: "2026-12-04T18:00:00.000Z",
});

export const ZDeleted = z
  .object({ id: z.uuid() })
  .meta({ id: "BookingDeletedItem", example: { id: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e" } });

/** Shown publicly instead of a person's full name: "Arta Krasniqi" → "Arta K.". */
export function publicName(name: string | null | undefined): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "";
  if (parts.length === 1) return parts[0]!;
  return `${parts[0]} ${parts.at(-1)![0]!.toUpperCase()}.`;
}
