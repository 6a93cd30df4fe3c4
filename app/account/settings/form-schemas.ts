import { z } from "zod";
import { OAUTH_PROVIDER_IDS } from "@/lib/identity/oauth-providers";
import {
  ZDeleteAccountInput,
  ZLocationInput,
  ZNotificationSettingsInput,
  ZUpdateProfileInput,
} from "@/lib/identity/schemas";

/**
 * Browser forms send text and leave blank fields out; these adapt the identity module's
 * schemas (the API's) to that, and add nothing the domain decides.
 */

/** The form always shows company and job title, so one left blank means "remove it". */
export const ZProfileForm = ZUpdateProfileInput.transform((input) => ({
  ...input,
  company: input.company ?? null,
  jobTitle: input.jobTitle ?? null,
}));

export const ZLocationForm = z
  .object({ lat: z.coerce.number<string>(), lng: z.coerce.number<string>() })
  .pipe(ZLocationInput.unwrap());

export const NOTIFICATION_CHANNELS = ["email", "sms", "push"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** One switch flipped: `channel=sms&enabled=false`. */
export const ZNotificationSwitchForm = z
  .object({ channel: z.enum(NOTIFICATION_CHANNELS), enabled: z.enum(["true", "false"]) })
  .transform(({ channel, enabled }) => ({ [channel]: enabled === "true" }))
  .pipe(ZNotificationSettingsInput);

/** The word typed to confirm deleting the account (the same in every language). */
export const DELETE_CONFIRMATION = "DELETE";

export const ZDeleteAccountForm = ZDeleteAccountInput.extend({
  confirm: z.literal(DELETE_CONFIRMATION),
});

export const ZProviderForm = z.object({ provider: z.enum(OAUTH_PROVIDER_IDS) });

export const ZNoInput = z.object({});
