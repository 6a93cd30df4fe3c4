import { defineRoute } from "@/lib/api/contract";
import {
  ZDisableTwoFactorInput,
  ZEnableTwoFactorInput,
  ZRecoveryCodes,
  ZRegenerateRecoveryCodesInput,
  ZTwoFactorSetup,
  ZTwoFactorStatus,
} from "./two-factor.schemas";

const tags = ["Two-factor"];

export const setupTwoFactorRoute = defineRoute({
  method: "POST",
  path: "/me/totp/setup",
  summary: "Start two-factor set-up: a new authenticator secret and QR code",
  description:
    "Scan `qrCodeDataUrl` (or open `otpauthUrl`, or type `secret`) in an authenticator app, " +
    "then confirm with POST /me/totp/enable. Calling it again before enabling replaces the " +
    "secret; 409 once two-factor is on.",
  tags,
  auth: "user",
  response: ZTwoFactorSetup,
  errors: [409],
});

export const enableTwoFactorRoute = defineRoute({
  method: "POST",
  path: "/me/totp/enable",
  summary: "Turn two-factor on with a current code; returns 10 recovery codes",
  description:
    "The recovery codes are shown only in this answer; each signs in once without the app. " +
    "A wrong code answers 422 and changes nothing.",
  tags,
  auth: "user",
  body: ZEnableTwoFactorInput,
  response: ZRecoveryCodes,
  errors: [409, 429],
});

export const disableTwoFactorRoute = defineRoute({
  method: "POST",
  path: "/me/totp/disable",
  summary: "Turn two-factor off (password and a code)",
  description:
    "Needs the account password (omit it for accounts without one) and an authenticator " +
    "code or an unused recovery code. Removes the secret and all recovery codes.",
  tags,
  auth: "user",
  body: ZDisableTwoFactorInput,
  response: ZTwoFactorStatus,
  errors: [409, 429],
});

export const regenerateRecoveryCodesRoute = defineRoute({
  method: "POST",
  path: "/me/totp/recovery-codes",
  summary: "Replace the recovery codes (needs a current authenticator code)",
  description: "The previous codes stop working; the new ones are shown only in this answer.",
  tags,
  auth: "user",
  body: ZRegenerateRecoveryCodesInput,
  response: ZRecoveryCodes,
  errors: [409, 429],
});

export const twoFactorRoutes = [
  setupTwoFactorRoute,
  enableTwoFactorRoute,
  disableTwoFactorRoute,
  regenerateRecoveryCodesRoute,
];
