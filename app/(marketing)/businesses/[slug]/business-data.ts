import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublicBusiness } from "@/lib/booking/businesses.service";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";

/**
 * The published business behind a slug, read once per request (the metadata and the page
 * both ask); a draft, suspended or unknown one is the 404 page.
 */
export const loadBusiness = cache(async (slug: string, locale: Locale) => {
  try {
    return await getPublicBusiness(slug, locale);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
