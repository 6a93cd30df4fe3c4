"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { setRatingHidden, setReplyHidden } from "@/lib/booking/ratings.service";
import { getTranslator } from "@/lib/i18n/translator";

const ZHideForm = z.object({ id: z.uuid(), hidden: z.enum(["true", "false"]) });

const say = (locale: "en" | "sq", key: string) =>
  getTranslator(locale, "bookingCommunityUi.moderation")(key);

/** Hides a rating from every list and the averages, or shows it again (admins only). */
export const setRatingHiddenAction = userFormAction(
  ZHideForm,
  async ({ id, hidden }, { viewer, locale }) => {
    const rating = await setRatingHidden(viewer, id, hidden === "true");
    revalidatePath("/admin/ratings");
    return { data: rating, message: say(locale, hidden === "true" ? "hidden" : "shown") };
  },
);

export const setReplyHiddenAction = userFormAction(
  ZHideForm,
  async ({ id, hidden }, { viewer, locale }) => {
    const reply = await setReplyHidden(viewer, id, hidden === "true");
    revalidatePath("/admin/ratings");
    return {
      data: reply,
      message: say(locale, hidden === "true" ? "replyHidden" : "replyShown"),
    };
  },
);
