import { z } from "zod";

export const ZPassword = z
  .string()
  .min(10, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.tooLong" });

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

export const ZRefreshInput = z.object({ refreshToken: z.string().min(10).max(200) });

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
