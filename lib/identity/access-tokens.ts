import { errors, jwtVerify, SignJWT } from "jose";
import { authSecret } from "@/lib/config/env";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "callboard";
const AUDIENCE = "callboard-api";

function key(): Uint8Array {
  return new TextEncoder().encode(authSecret());
}

/** A short-lived bearer token for the API: `sub` is the user, `sid` the device session. */
export function signAccessToken(claims: { userId: string; sessionId: string }): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(key());
}

/** The token's claims, or null when it is forged, expired or malformed. */
export async function readAccessToken(
  token: string,
): Promise<{ userId: string; sessionId: string } | null> {
  try {
    const { payload } = await jwtVerify(token, key(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
