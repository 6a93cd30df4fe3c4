import { type APIRequestContext, expect } from "@playwright/test";
import twilio from "twilio";

/** The e2e server's TWILIO_AUTH_TOKEN (playwright.config.ts): webhooks must be signed with it. */
export const E2E_TWILIO_AUTH_TOKEN = "e2e-twilio-auth-token";

/**
 * A text from `from` to our number, delivered to the inbound webhook as Twilio would:
 * form-encoded, signed with the auth token over the public URL. Returns the TwiML reply.
 */
export async function replySms(
  request: APIRequestContext,
  baseURL: string,
  from: string,
  body: string,
): Promise<string> {
  const url = `${baseURL}/api/webhooks/twilio/inbound`;
  const params = {
    From: from,
    To: "+15005550006",
    Body: body,
    MessageSid: `SM${Date.now()}${Math.floor(Math.random() * 1e6)}`,
  };
  const response = await request.post(url, {
    form: params,
    headers: {
      "x-twilio-signature": twilio.getExpectedTwilioSignature(E2E_TWILIO_AUTH_TOKEN, url, params),
    },
  });
  expect(response.status()).toBe(200);
  return response.text();
}
