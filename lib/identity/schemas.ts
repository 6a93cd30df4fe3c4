import { z } from "zod";

export const ZPassword = z
  .string()
  .min(10, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.passwordTooLong" });

export const ZUser = z
  .object({
    id: z.uuid(),
    email: z.string().nullable(),
    emailVerified: z.boolean(),
    name: z.string(),
    phone: z.string().nullable().meta({ description: "E.164" }),
    phoneVerified: z.boolean(),
    company: z.string().nullable(),
    jobTitle: z.string().nullable(),
    avatarUrl: z.string().nullable(),
    locale: z.enum(["en", "sq"]),
    timeZone: z.string(),
    location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    notificationSettings: z.object({ email: z.boolean(), sms: z.boolean(), push: z.boolean() }),
    twoFactorEnabled: z.boolean(),
    isPlatformAdmin: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "User" });
export type TUser = z.infer<typeof ZUser>;

export const ZAuthTokens = z
  .object({
    accessToken: z.string().meta({ description: "JWT for `Authorization: Bearer …`" }),
    refreshToken: z.string().meta({ description: "Opaque; single use, rotated on refresh" }),
    expiresIn: z.number().int().meta({ description: "Seconds until the access token expires" }),
    user: ZUser,
  })
  .meta({ id: "AuthTokens" });
export type TAuthTokens = z.infer<typeof ZAuthTokens>;

export const ZRefreshInput = z
  .object({ refreshToken: z.string().min(10).max(200) })
  .meta({ id: "RefreshInput" });

export const ZSession = z
  .object({
    id: z.uuid(),
    kind: z.enum(["web", "api"]),
    method: z.string(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime(),
    current: z.boolean(),
  })
  .meta({ id: "Session" });
export type TSession = z.infer<typeof ZSession>;

export const ZEmail = z.email().max(254);

// ── Accounts: sign-up, sign-in, phone, password and profile (account.contracts.ts) ──

/**
 * A phone number as typed. The services normalize it to E.164 (they know the default
 * country), so this schema stays light enough for browser forms.
 */
export const ZPhone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]{3,32}$/, { error: "validation.phone" })
  .meta({ description: "E.164 (+15551234567); local numbers use the default country" });

/** A 6-digit code from an SMS. */
export const ZSmsCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "identity.codeFormat" });

/** The token of an emailed link (`?token=…`). */
export const ZLinkToken = z.string().trim().min(20).max(200);

const ZName = z.string().trim().min(1).max(120);
const ZLocale = z.enum(["en", "sq"]);

export const ZUserResult = z.object({ user: ZUser }).meta({ id: "UserResult" });
export type TUserResult = z.infer<typeof ZUserResult>;

/** `data` of answers that only acknowledge (`message` says what happened). */
export const ZNoData = z.null().meta({ id: "NoData", description: "Always null" });

export const ZRegisterInput = z
  .object({
    email: ZEmail,
    password: ZPassword,
    name: ZName.optional(),
    locale: ZLocale.optional().meta({ description: "Language of emails; default: the request's" }),
  })
  .meta({ id: "RegisterInput" });
export type TRegisterInput = z.infer<typeof ZRegisterInput>;

export const ZVerifyEmailInput = z.object({ token: ZLinkToken }).meta({ id: "VerifyEmailInput" });

export const ZEmailOnlyInput = z.object({ email: ZEmail }).meta({ id: "EmailInput" });

export const ZLoginInput = z
  .object({
    email: ZEmail,
    password: z.string().min(1).max(200),
    otp: z
      .string()
      .trim()
      .min(6)
      .max(20)
      .optional()
      .meta({ description: "Authenticator or recovery code, when two-factor is on" }),
  })
  .meta({ id: "LoginInput" });
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZPhoneCodeRequest = z.object({ phone: ZPhone }).meta({ id: "PhoneCodeRequest" });

export const ZPhoneLoginInput = z
  .object({
    phone: ZPhone,
    code: ZSmsCode,
    name: ZName.optional().meta({ description: "Used when this phone creates a new account" }),
    otp: z.string().trim().min(6).max(20).optional(),
  })
  .meta({ id: "PhoneLoginInput" });

export const ZPhoneVerifyInput = z
  .object({ phone: ZPhone, code: ZSmsCode })
  .meta({ id: "PhoneVerifyInput" });
export type TPhoneVerifyInput = z.infer<typeof ZPhoneVerifyInput>;

export const ZForgotPasswordInput = z
  .object({ email: ZEmail.optional(), phone: ZPhone.optional() })
  .refine((input) => (input.email === undefined) !== (input.phone === undefined), {
    error: "identity.emailOrPhone",
    path: ["email"],
  })
  .meta({ id: "ForgotPasswordInput", description: "Either `email` or `phone`" });
export type TForgotPasswordInput = z.infer<typeof ZForgotPasswordInput>;

export const ZResetPasswordInput = z
  .object({
    token: ZLinkToken.optional().meta({ description: "From the emailed link" }),
    phone: ZPhone.optional(),
    code: ZSmsCode.optional().meta({ description: "From the SMS, with `phone`" }),
    password: ZPassword,
  })
  .refine(
    (input) =>
      input.token !== undefined
        ? input.phone === undefined && input.code === undefined
        : input.phone !== undefined && input.code !== undefined,
    { error: "identity.tokenOrPhoneCode", path: ["token"] },
  )
  .meta({
    id: "ResetPasswordInput",
    description: "`{token, password}` or `{phone, code, password}`",
  });
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZChangePasswordInput = z
  .object({
    currentPassword: z
      .string()
      .max(200)
      .optional()
      .meta({ description: "Required when the account has a password" }),
    newPassword: ZPassword,
  })
  .meta({ id: "ChangePasswordInput" });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** An IANA zone name the runtime knows (Europe/Tirane, America/New_York, UTC). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const ZOptionalText = z
  .string()
  .trim()
  .max(120)
  .nullable()
  .optional()
  .transform((value) => (value === "" ? null : value));

export const ZUpdateProfileInput = z
  .object({
    name: ZName.optional(),
    company: ZOptionalText,
    jobTitle: ZOptionalText,
    locale: ZLocale.optional(),
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { error: "identity.invalidTimeZone" })
      .optional()
      .meta({ description: "IANA time zone, e.g. Europe/Tirane" }),
  })
  .strict()
  .meta({ id: "UpdateProfileInput" });
export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileInput>;

export const ZLocationInput = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .nullable()
  .meta({ id: "LocationInput", description: "`null` forgets the location" });
export type TLocationInput = z.infer<typeof ZLocationInput>;

export const ZNotificationSettingsInput = z
  .object({
    email: z.boolean().optional(),
    sms: z.boolean().optional(),
    push: z.boolean().optional(),
  })
  .strict()
  .meta({ id: "NotificationSettingsInput" });
export type TNotificationSettingsInput = z.infer<typeof ZNotificationSettingsInput>;

export const ZDeleteAccountInput = z
  .object({
    password: z
      .string()
      .max(200)
      .optional()
      .meta({ description: "Required when the account has a password" }),
  })
  .meta({ id: "DeleteAccountInput" });
export type TDeleteAccountInput = z.infer<typeof ZDeleteAccountInput>;

export const ZSessionParams = z.object({ id: z.uuid() });
