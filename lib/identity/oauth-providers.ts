import type { TEnv } from "@/lib/config/env";
import { env } from "@/lib/config/env";

export const OAUTH_PROVIDER_IDS = ["google", "microsoft-entra-id", "apple", "facebook"] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDER_IDS)[number];

export const OAUTH_PROVIDER_LABELS: Record<OAuthProviderId, string> = {
  google: "Google",
  "microsoft-entra-id": "Microsoft",
  apple: "Apple",
  facebook: "Facebook",
};

/** A provider is offered only when both its keys are set. */
export function enabledOAuthProviders(config: TEnv = env()): OAuthProviderId[] {
  const keys: Record<OAuthProviderId, [string | undefined, string | undefined]> = {
    google: [config.AUTH_GOOGLE_ID, config.AUTH_GOOGLE_SECRET],
    "microsoft-entra-id": [
      config.AUTH_MICROSOFT_ENTRA_ID_ID,
      config.AUTH_MICROSOFT_ENTRA_ID_SECRET,
    ],
    apple: [config.AUTH_APPLE_ID, config.AUTH_APPLE_SECRET],
    facebook: [config.AUTH_FACEBOOK_ID, config.AUTH_FACEBOOK_SECRET],
  };
  return OAUTH_PROVIDER_IDS.filter((id) => keys[id][0] && keys[id][1]);
}
