import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import { env, type TEnv } from "@/lib/config/env";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import type { OAuthIdentity } from "./oauth.service";

/** Providers a mobile app can sign in with by handing us the provider's token. */
export const MOBILE_OAUTH_PROVIDERS = ["google", "apple", "microsoft", "facebook"] as const;
export type MobileOAuthProvider = (typeof MOBILE_OAUTH_PROVIDERS)[number];

interface OidcIssuer {
  /** The id next-auth uses for the same provider, so web and mobile link the same account. */
  accountProvider: string;
  jwksUrl: string;
  issuerMatches(issuer: string, payload: JWTPayload): boolean;
  audiences(config: TEnv): string[];
}

const list = (...values: Array<string | undefined>) =>
  values
    .flatMap((value) => value?.split(",") ?? [])
    .map((v) => v.trim())
    .filter(Boolean);

const OIDC_ISSUERS: Record<Exclude<MobileOAuthProvider, "facebook">, OidcIssuer> = {
  google: {
    accountProvider: "google",
    jwksUrl: "https://www.googleapis.com/oauth2/v3/certs",
    issuerMatches: (iss) => iss === "https://accounts.google.com" || iss === "accounts.google.com",
    audiences: (c) => list(c.AUTH_GOOGLE_ID, c.AUTH_GOOGLE_MOBILE_CLIENT_IDS),
  },
  apple: {
    accountProvider: "apple",
    jwksUrl: "https://appleid.apple.com/auth/keys",
    issuerMatches: (iss) => iss === "https://appleid.apple.com",
    audiences: (c) => list(c.AUTH_APPLE_ID, c.AUTH_APPLE_MOBILE_CLIENT_IDS),
  },
  microsoft: {
    accountProvider: "microsoft-entra-id",
    jwksUrl: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
    // Multi-tenant tokens name their own tenant; it must be the one in the `tid` claim.
    issuerMatches: (iss, payload) =>
      typeof payload.tid === "string" &&
      iss === `https://login.microsoftonline.com/${payload.tid}/v2.0`,
    audiences: (c) => list(c.AUTH_MICROSOFT_ENTRA_ID_ID, c.AUTH_MICROSOFT_MOBILE_CLIENT_IDS),
  },
};

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(url: string) {
  let found = keySets.get(url);
  if (!found) {
    found = createRemoteJWKSet(new URL(url));
    keySets.set(url, found);
  }
  return found;
}

function invalidToken(): never {
  throw new UnauthorizedError("identity.oauthTokenInvalid");
}

async function identityFromIdToken(
  provider: Exclude<MobileOAuthProvider, "facebook">,
  idToken: string,
  config: TEnv,
): Promise<OAuthIdentity> {
  const issuer = OIDC_ISSUERS[provider];
  const audiences = issuer.audiences(config);
  if (audiences.length === 0) throw new NotFoundError("identity.oauthProviderNotConfigured");
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keySet(issuer.jwksUrl), { audience: audiences }));
  } catch (error) {
    if (error instanceof errors.JOSEError) invalidToken();
    throw error;
  }
  if (!payload.iss || !issuer.issuerMatches(payload.iss, payload) || !payload.sub) invalidToken();
  const verified = payload.email_verified === true || payload.email_verified === "true";
  return {
    provider: issuer.accountProvider,
    providerAccountId: payload.sub,
    email: typeof payload.email === "string" ? payload.email : null,
    emailVerified: verified,
    name: typeof payload.name === "string" ? payload.name : null,
  };
}

/** Facebook gives access tokens, checked against its debug endpoint with our app token. */
async function identityFromFacebook(accessToken: string, config: TEnv): Promise<OAuthIdentity> {
  if (!config.AUTH_FACEBOOK_ID || !config.AUTH_FACEBOOK_SECRET) {
    throw new NotFoundError("identity.oauthProviderNotConfigured");
  }
  const appToken = `${config.AUTH_FACEBOOK_ID}|${config.AUTH_FACEBOOK_SECRET}`;
  const debug = new URL("https://graph.facebook.com/debug_token");
  debug.searchParams.set("input_token", accessToken);
  debug.searchParams.set("access_token", appToken);
  const checked = (await (await fetch(debug)).json()) as {
    data?: { is_valid?: boolean; app_id?: string; user_id?: string };
  };
  const data = checked.data;
  if (!data?.is_valid || data.app_id !== config.AUTH_FACEBOOK_ID || !data.user_id) invalidToken();
  const me = new URL("https://graph.facebook.com/me");
  me.searchParams.set("fields", "id,name,email");
  me.searchParams.set("access_token", accessToken);
  const profile = (await (await fetch(me)).json()) as {
    id?: string;
    name?: string;
    email?: string;
  };
  if (profile.id !== data.user_id) invalidToken();
  return {
    provider: "facebook",
    providerAccountId: data.user_id,
    email: profile.email ?? null,
    // Facebook only returns confirmed addresses.
    emailVerified: Boolean(profile.email),
    name: profile.name ?? null,
  };
}

/** Who a provider token names, after checking it was issued to one of our apps. */
export function identityFromProviderToken(
  provider: MobileOAuthProvider,
  token: string,
  config: TEnv = env(),
): Promise<OAuthIdentity> {
  return provider === "facebook"
    ? identityFromFacebook(token, config)
    : identityFromIdToken(provider, token, config);
}
