"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { ZUpdateRating } from "@/lib/booking/ratings.schemas";
import { deleteRating, updateRating } from "@/lib/booking/ratings.service";
import { parseInput } from "@/lib/validation/parse";

const RATINGS_PATH = "/account/ratings";

export const updateRatingAction = userFormAction(
  z.object({ id: z.uuid(), score: z.string().optional(), comment: z.string().optional() }),
  async ({ id, score, comment }, { viewer, t }) => {
    // The edit form always posts both fields: an emptied comment clears it (null).
    const changes = parseInput(ZUpdateRating, { score, comment: comment ?? null }, t, "form");
    const rating = await updateRating(viewer, id, changes);
    revalidatePath(RATINGS_PATH);
    return { data: { id: rating.id, score: rating.score }, message: t("booking.ratings.updated") };
  },
);

export const deleteRatingAction = userFormAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { viewer, t }) => {
    const deleted = await deleteRating(viewer, id);
    revalidatePath(RATINGS_PATH);
    return { data: deleted, message: t("booking.ratings.deleted") };
  },
);
