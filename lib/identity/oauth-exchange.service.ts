import { UnauthorizedError } from "@/lib/errors";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { identityFromProviderToken, type MobileOAuthProvider } from "./oauth-tokens";
import { resolveOAuthUser } from "./oauth.service";
import type { TAuthTokens } from "./schemas";
import { type DeviceInfo, issueApiTokens } from "./sessions.service";
import { verifySecondFactor } from "./two-factor.service";

/** Mobile OAuth: provider token in, our tokens out (two-factor still applies). */
export async function signInWithProviderToken(
  provider: MobileOAuthProvider,
  input: { token: string; name?: string; otp?: string },
  device: DeviceInfo,
): Promise<TAuthTokens> {
  if (device.ip) await consumeRateLimit(RATE_LIMITS.loginPerIp, device.ip);
  const identity = await identityFromProviderToken(provider, input.token);
  const user = await resolveOAuthUser({ ...identity, name: identity.name ?? input.name });
  if (user.totpEnabledAt) {
    if (!input.otp) {
      throw new UnauthorizedError("identity.twoFactorRequired", undefined, {
        otp: ["identity.twoFactorRequired"],
      });
    }
    await verifySecondFactor(user, input.otp);
  }
  return issueApiTokens(user, identity.provider, device);
}
