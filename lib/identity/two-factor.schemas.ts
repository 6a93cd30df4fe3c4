import { z } from "zod";

/** The 6 digits an authenticator app shows. */
export const ZTotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "security.totpCodeFormat" })
  .meta({ description: "The current 6-digit code from the authenticator app", example: "123456" });

/** An authenticator code, or one of the recovery codes (`xxxxx-xxxxx`). */
export const ZSecondFactorCode = z
  .string()
  .trim()
  .min(6, { error: "security.secondFactorCodeFormat" })
  .max(32, { error: "security.secondFactorCodeFormat" })
  .meta({
    description: "A 6-digit authenticator code or an unused recovery code",
    example: "123456",
  });

export const ZTwoFactorSetup = z
  .object({
    secret: z.string().meta({ description: "Base32 secret, for typing into the app by hand" }),
    otpauthUrl: z.string().meta({
      description: "otpauth://totp/… URI; open it on a phone or encode it as a QR code",
    }),
    qrCodeDataUrl: z.string().meta({ description: "data:image/png;base64,… of the QR code" }),
  })
  .meta({ id: "TwoFactorSetup" });
export type TTwoFactorSetup = z.infer<typeof ZTwoFactorSetup>;

export const ZEnableTwoFactorInput = z
  .object({ code: ZTotpCode })
  .meta({ id: "EnableTwoFactorInput" });

export const ZDisableTwoFactorInput = z
  .object({
    password: z.string().max(200).optional().meta({
      description: "Required when the account has a password (phone/OAuth-only accounts: omit)",
    }),
    code: ZSecondFactorCode,
  })
  .meta({ id: "DisableTwoFactorInput" });
export type TDisableTwoFactorInput = z.infer<typeof ZDisableTwoFactorInput>;

export const ZRegenerateRecoveryCodesInput = z
  .object({ code: ZTotpCode })
  .meta({ id: "RegenerateRecoveryCodesInput" });

export const ZRecoveryCodes = z
  .object({
    recoveryCodes: z.array(z.string()).meta({
      description:
        "10 one-time codes (`xxxxx-xxxxx`), shown only now; each signs in once without the app",
      example: ["k7m2q-9xw4d"],
    }),
  })
  .meta({ id: "RecoveryCodes" });
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;

export const ZTwoFactorStatus = z
  .object({ twoFactorEnabled: z.boolean() })
  .meta({ id: "TwoFactorStatus" });
