import { applyTwilioStatus, verifiedTwilioParams } from "@/lib/messaging/sms/webhooks";

// Twilio's delivery status callback for the SMS we sent.
export async function POST(request: Request) {
  const params = await verifiedTwilioParams(request);
  if (!params) return new Response("Invalid Twilio signature", { status: 403 });
  await applyTwilioStatus(params);
  return new Response(null, { status: 204 });
}
