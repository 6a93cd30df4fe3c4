"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { answerTimeChangeFromLink, ZAnswerTimeChange } from "@/lib/staffing";

/** The time-change page's answer: the code in the URL is the key; back to the page after. */
export const answerTimeChangeOnLink = formAction(
  z.object({
    code: z.string().trim().min(1).max(100),
    answerId: z.uuid(),
    answer: ZAnswerTimeChange.shape.answer,
    message: ZAnswerTimeChange.shape.message,
  }),
  async ({ code, answerId, answer, message }) => {
    const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
    await answerTimeChangeFromLink(code, answerId, { answer, message }, { ip });
    return redirect(`/r/${encodeURIComponent(code)}/time-change?answered=1`);
  },
);
