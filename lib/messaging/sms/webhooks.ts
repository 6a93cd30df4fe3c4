import { and, eq, inArray } from "drizzle-orm";
import twilio from "twilio";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { appUrl, twilioWebhookToken } from "@/lib/config/env";
import { getLogger } from "@/lib/logging/logger";

/**
 * Reads a Twilio webhook and checks its X-Twilio-Signature against the public URL Twilio
 * called (APP_URL, since a proxy may change the host this server sees). Returns the form
 * parameters, or null when the signature is missing or wrong.
 */
export async function verifiedTwilioParams(
  request: Request,
): Promise<Record<string, string> | null> {
  const token = twilioWebhookToken();
  const signature = request.headers.get("x-twilio-signature");
  const params = Object.fromEntries(new URLSearchParams(await request.text()));
  const { pathname, search } = new URL(request.url);
  const url = `${appUrl()}${pathname}${search}`;
  if (!token || !signature || !twilio.validateRequest(token, signature, url, params)) {
    getLogger().warn({ path: pathname }, "Twilio webhook with a missing or bad signature refused");
    return null;
  }
  return params;
}

const STATUS_BY_TWILIO: Record<string, "sent" | "delivered" | "failed"> = {
  sent: "sent",
  delivered: "delivered",
  undelivered: "failed",
  failed: "failed",
};
/** A late "sent" callback must not undo "delivered". */
const MAY_BECOME: Record<string, ("queued" | "sent" | "delivered" | "failed")[]> = {
  sent: ["queued"],
  delivered: ["queued", "sent"],
  failed: ["queued", "sent"],
};

/** Applies a delivery status callback to the message Twilio sent. */
export async function applyTwilioStatus(params: Record<string, string>): Promise<void> {
  const status = STATUS_BY_TWILIO[params.MessageStatus ?? ""];
  if (!status || !params.MessageSid) return;
  await getDb()
    .update(messages)
    .set({
      status,
      updatedAt: new Date(),
      ...(status === "failed"
        ? { error: `Twilio: ${params.MessageStatus} (error ${params.ErrorCode ?? "?"})` }
        : {}),
    })
    .where(
      and(
        eq(messages.providerId, params.MessageSid),
        inArray(messages.status, MAY_BECOME[status]!),
      ),
    );
}

/** TwiML answer: a reply text, or nothing. */
export function twiml(reply: string | null): Response {
  const escaped = (reply ?? "").replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = reply
    ? `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${escaped}</Message></Response>`
    : `<?xml version="1.0" encoding="UTF-8"?><Response></Response>`;
  return new Response(body, { headers: { "Content-Type": "text/xml; charset=utf-8" } });
}
