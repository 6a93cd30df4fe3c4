"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { ZCreateReply } from "@/lib/booking/ratings.schemas";
import { replyToRating } from "@/lib/booking/ratings.service";
import { getTranslator } from "@/lib/i18n/translator";

const ZReplyForm = z.object({ ratingId: z.uuid(), ...ZCreateReply.shape });

/** The business answers under a rating of one of the org's businesses. */
export const replyToRatingAction = orgFormAction(
  "bookings.write",
  ZReplyForm,
  async ({ ratingId, body }, { org, locale }) => {
    const reply = await replyToRating(org, ratingId, { body });
    revalidatePath("/manage/bookings/ratings");
    return { data: reply, message: getTranslator(locale, "bookingCommunityUi.ratings")("replied") };
  },
);
