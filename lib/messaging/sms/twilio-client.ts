import twilio from "twilio";
import { env } from "@/lib/config/env";

/** The Twilio REST client for the configured account (only when twilioConfigured()). */
export function twilioClient() {
  const config = env();
  return twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN);
}
