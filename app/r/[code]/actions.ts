"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { answerFromLink, clockInFromLink, clockOutFromLink } from "@/lib/staffing";

/**
 * The link page's buttons. The code in the URL is the key; each action comes back to the
 * page with what was done, which it shows on top.
 */

const ZLinkAction = z.object({ code: z.string().trim().min(1).max(100), requestId: z.uuid() });

const ZLinkAnswer = ZLinkAction.extend({ answer: z.enum(["yes", "no"]) });

async function clientIp(): Promise<string | null> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

function backToPage(
  code: string,
  did: "answer" | "clock-in" | "clock-out",
  requestId: string,
): never {
  return redirect(`/r/${encodeURIComponent(code)}?did=${did}&request=${requestId}`);
}

export const answerOnLink = formAction<typeof ZLinkAnswer, null>(
  ZLinkAnswer,
  async ({ code, requestId, answer }) => {
    await answerFromLink(code, requestId, answer, { ip: await clientIp() });
    return backToPage(code, "answer", requestId);
  },
);

export const clockInOnLink = formAction<typeof ZLinkAction, null>(
  ZLinkAction,
  async ({ code, requestId }) => {
    await clockInFromLink(code, requestId, { ip: await clientIp() });
    return backToPage(code, "clock-in", requestId);
  },
);

export const clockOutOnLink = formAction<typeof ZLinkAction, null>(
  ZLinkAction,
  async ({ code, requestId }) => {
    await clockOutFromLink(code, requestId, { ip: await clientIp() });
    return backToPage(code, "clock-out", requestId);
  },
);
