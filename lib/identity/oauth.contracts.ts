import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { MOBILE_OAUTH_PROVIDERS } from "./oauth-tokens";
import { ZAuthTokens } from "./schemas";

export const ZOAuthExchangeInput = z
  .object({
    token: z.string().min(20).max(8192).meta({
      description: "Google, Apple or Microsoft: the ID token; Facebook: the access token",
    }),
    name: z.string().trim().min(1).max(120).optional().meta({
      description: "Apple sends the name to the app only once; pass it on for new accounts",
    }),
    otp: z.string().trim().min(6).max(20).optional().meta({
      description: "Authenticator or recovery code, when two-factor is on",
    }),
  })
  .meta({ id: "OAuthExchangeInput" });

export const oauthExchangeRoute = defineRoute({
  method: "POST",
  path: "/auth/oauth/{provider}",
  summary: "Sign in with a provider's token from a mobile app",
  description:
    "Exchanges a Google, Apple or Microsoft ID token (checked against the provider's keys, " +
    "issuer and our client ids) or a Facebook access token (checked with Facebook's " +
    "debug endpoint) for our tokens. Links to an existing account with the same verified " +
    "email, or creates one.",
  tags: ["Auth"],
  auth: "public",
  params: z.object({ provider: z.enum(MOBILE_OAUTH_PROVIDERS) }),
  body: ZOAuthExchangeInput,
  response: ZAuthTokens,
  errors: [401, 404, 409, 429],
});

export const oauthRoutes = [oauthExchangeRoute];
