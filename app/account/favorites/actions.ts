"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { removeFavorite } from "@/lib/booking/favorites.service";

export const removeFavoriteAction = userFormAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { viewer, t }) => {
    const removed = await removeFavorite(viewer, id);
    revalidatePath("/account/favorites");
    return { data: removed, message: t("booking.favorites.removed") };
  },
);
