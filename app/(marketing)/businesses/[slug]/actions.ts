"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { FAVORITE_KINDS } from "@/db/schema/booking";
import { userFormAction } from "@/lib/actions/form-action";
import { addFavorite, removeFavorite } from "@/lib/booking/favorites.service";
import { getTranslator } from "@/lib/i18n/translator";

const ZToggleFavorite = z.discriminatedUnion("intent", [
  z.strictObject({
    intent: z.literal("add"),
    kind: z.enum(FAVORITE_KINDS),
    businessId: z.uuid(),
    slug: z.string().max(200).optional(),
  }),
  z.strictObject({
    intent: z.literal("remove"),
    kind: z.enum(FAVORITE_KINDS),
    favoriteId: z.uuid(),
    slug: z.string().max(200).optional(),
  }),
]);

/**
 * The business page's favorite / save buttons: adds the published business to the signed-in
 * customer's list, or removes the row it showed as theirs. Returns the row now in effect.
 */
export const toggleFavoriteAction = userFormAction(
  ZToggleFavorite,
  async (input, { viewer, locale }) => {
    const t = getTranslator(locale, "marketplaceUi.business.favorite");
    if (input.intent === "add") {
      const { favorite } = await addFavorite(viewer, {
        kind: input.kind,
        businessId: input.businessId,
      });
      if (input.slug) revalidatePath(`/businesses/${input.slug}`);
      return {
        data: { favoriteId: favorite.id as string | null },
        message: t(`${input.kind}.added`),
      };
    }
    await removeFavorite(viewer, input.favoriteId);
    if (input.slug) revalidatePath(`/businesses/${input.slug}`);
    return {
      data: { favoriteId: null as string | null },
      message: t(`${input.kind}.removed`),
    };
  },
);
