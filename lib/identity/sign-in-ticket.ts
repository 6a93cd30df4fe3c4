import { errors, jwtVerify, SignJWT } from "jose";
import { authSecret } from "@/lib/config/env";
import { appCookie } from "@/lib/security/cookies";

/**
 * Short signed notes the server passes to itself between sign-in steps, never to another
 * party: a "ticket" proves a server action already checked the user's credentials (the
 * browser sign-in provider accepts nothing else), a "two-factor challenge" proves the
 * password step passed and a code is still due.
 */
type Purpose = "sign-in-ticket" | "two-factor-challenge" | "link-intent";

const LIFETIME: Record<Purpose, string> = {
  "sign-in-ticket": "60s",
  "two-factor-challenge": "5m",
  // Connecting a provider from settings: the round trip through the provider's login.
  "link-intent": "10m",
};

function key() {
  return new TextEncoder().encode(`${authSecret()}:sign-in`);
}

export function signStep(purpose: Purpose, claims: { userId: string; method: string }) {
  return new SignJWT({ method: claims.method })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.userId)
    .setAudience(purpose)
    .setIssuedAt()
    .setExpirationTime(LIFETIME[purpose])
    .sign(key());
}

export async function readStep(
  purpose: Purpose,
  token: string,
): Promise<{ userId: string; method: string } | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { audience: purpose, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.method !== "string") return null;
    return { userId: payload.sub, method: payload.method };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}

/** The httpOnly cookie that carries a pending two-factor challenge to /sign-in/two-factor. */
export const TWO_FACTOR_COOKIE = "cb_2fa";

export async function twoFactorChallengeCookie(claims: { userId: string; method: string }) {
  return {
    name: TWO_FACTOR_COOKIE,
    value: await signStep("two-factor-challenge", claims),
    ...appCookie({ maxAgeSeconds: 5 * 60, path: "/sign-in" }),
  };
}
