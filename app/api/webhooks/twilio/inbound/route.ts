import { handleInboundSms } from "@/lib/messaging/sms/inbound";
import { toE164 } from "@/lib/messaging/sms/phone";
import { twiml, verifiedTwilioParams } from "@/lib/messaging/sms/webhooks";

// Texts people send to our number: STOP/START/HELP, then each module's handlers.
export async function POST(request: Request) {
  const params = await verifiedTwilioParams(request);
  if (!params) return new Response("Invalid Twilio signature", { status: 403 });
  const from = toE164(params.From ?? "");
  if (!from) return twiml(null);
  const reply = await handleInboundSms({
    from,
    body: params.Body ?? "",
    messageSid: params.MessageSid ?? "",
  });
  return twiml(reply);
}
