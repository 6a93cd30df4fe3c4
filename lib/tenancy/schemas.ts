import { z } from "zod";
import { env } from "@/lib/config/env";
import { LOCALES } from "@/lib/i18n/config";
import { ZEmail, ZPassword } from "@/lib/identity/schemas";
import { toE164 } from "@/lib/messaging/sms/phone";
import { ORG_ROLES } from "./permissions";
import { SLUG_PATTERN } from "./slug";

export const ZOrgRole = z
  .enum(ORG_ROLES)
  .meta({ id: "OrgRole", description: "What a member may do (see lib/tenancy/permissions.ts)" });

function isTimeZone(value: string): boolean {
  // IANA names only ("Europe/Tirane", "UTC"); Intl refuses the unknown ones.
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

const ZOrgName = z.string().trim().min(2).max(100);
export const ZSlug = z
  .string()
  .min(3)
  .max(60)
  .regex(SLUG_PATTERN, { error: "tenancy.validation.slug" })
  .meta({ description: "Lowercase letters, digits and single hyphens, e.g. `studio-arta`" });
export const ZTimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { error: "tenancy.validation.timeZone" })
  .meta({ description: "IANA time zone, e.g. `Europe/Tirane`" });
export const ZCurrency = z
  .string()
  .refine((value) => CURRENCIES.has(value), { error: "tenancy.validation.currency" })
  .meta({ description: "ISO 4217 code in capitals, e.g. `EUR`" });
const ZOrgLocale = z.enum(LOCALES);

export const ZCreateOrg = z
  .strictObject({
    name: ZOrgName,
    slug: ZSlug.optional().meta({ description: "Generated from the name when absent" }),
    timeZone: ZTimeZone.optional().meta({ description: "Defaults to the creator's time zone" }),
    currency: ZCurrency.optional().meta({ description: "Defaults to USD" }),
    locale: ZOrgLocale.optional().meta({ description: "Defaults to the creator's language" }),
  })
  .meta({ id: "CreateOrgInput" });
export type TCreateOrg = z.infer<typeof ZCreateOrg>;

export const ZUpdateOrg = z
  .strictObject({
    name: ZOrgName.optional(),
    slug: ZSlug.optional(),
    timeZone: ZTimeZone.optional(),
    currency: ZCurrency.optional(),
    locale: ZOrgLocale.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: "tenancy.validation.nothingToUpdate",
  })
  .meta({ id: "UpdateOrgInput" });
export type TUpdateOrg = z.infer<typeof ZUpdateOrg>;

export const ZOrg = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    locale: z.enum(LOCALES),
    logoUrl: z.string().nullable(),
    createdAt: z.iso.datetime(),
    role: ZOrgRole.meta({ description: "The caller's role in this organization" }),
    membershipId: z
      .uuid()
      .meta({ description: "The caller's membership (DELETE it under /members to leave)" }),
  })
  .meta({ id: "Organization" });
export type TOrg = z.infer<typeof ZOrg>;

export const ZDeleted = z.object({ id: z.uuid() }).meta({ id: "DeletedRef" });

export const ZOrgParams = z.object({ orgId: z.uuid() });
export const ZMemberParams = z.object({ orgId: z.uuid(), memberId: z.uuid() });
export const ZInvitationParams = z.object({ orgId: z.uuid(), invitationId: z.uuid() });
export const ZInvitationTokenParams = z.object({ token: z.string().min(1).max(200) });

const ZPage = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

export const ZListMembersQuery = z.strictObject({
  q: z.string().trim().max(100).optional().meta({ description: "Part of a name or email address" }),
  role: ZOrgRole.optional(),
  ...ZPage,
});
export type TListMembersQuery = z.infer<typeof ZListMembersQuery>;

export const ZMember = z
  .object({
    id: z.uuid().meta({ description: "The membership id (memberId in paths)" }),
    userId: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    avatarUrl: z.string().nullable(),
    role: ZOrgRole,
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: "Member" });
export type TMember = z.infer<typeof ZMember>;

export const ZChangeRole = z.strictObject({ role: ZOrgRole }).meta({ id: "ChangeRoleInput" });
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZTransferOwnership = z
  .strictObject({ memberId: z.uuid().meta({ description: "The member who becomes owner" }) })
  .meta({ id: "TransferOwnershipInput" });

export const ZOwnershipTransfer = z
  .object({ owner: ZMember, previousOwner: ZMember })
  .meta({ id: "OwnershipTransfer" });

const ZPhone = z
  .string()
  .max(32)
  .refine((value) => toE164(value, env().SMS_DEFAULT_COUNTRY) !== null, {
    error: "validation.phone",
  })
  .meta({ description: "E.164, e.g. +355691234567" });

export const ZInvitationInput = z
  .strictObject({
    email: ZEmail.optional(),
    phone: ZPhone.optional(),
    role: ZOrgRole,
  })
  .superRefine((input, context) => {
    if (!input.email && !input.phone) {
      context.addIssue({ code: "custom", path: ["email"], message: "tenancy.validation.contact" });
    } else if (input.email && input.phone) {
      context.addIssue({
        code: "custom",
        path: ["phone"],
        message: "tenancy.validation.oneContact",
      });
    }
  })
  .meta({ id: "InvitationInput", description: "Invite by email or by phone (SMS), not both" });
export type TInvitationInput = z.infer<typeof ZInvitationInput>;

export const INVITATION_STATUSES = ["pending", "expired", "accepted", "revoked"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const ZInvitationStatus = z.enum(INVITATION_STATUSES).meta({ id: "InvitationStatus" });

export const ZListInvitationsQuery = z.strictObject({
  status: ZInvitationStatus.optional().meta({ description: "All statuses when absent" }),
  ...ZPage,
});
export type TListInvitationsQuery = z.infer<typeof ZListInvitationsQuery>;

export const ZInvitation = z
  .object({
    id: z.uuid(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    role: ZOrgRole,
    status: ZInvitationStatus,
    invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    expiresAt: z.iso.datetime(),
    lastSentAt: z.iso.datetime(),
    acceptedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Invitation" });
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZInvitationPreview = z
  .object({
    orgName: z.string(),
    role: ZOrgRole,
    invitedByName: z.string().nullable(),
    email: z.string().nullable().meta({ description: "Masked, e.g. ar***@example.com" }),
    phone: z.string().nullable().meta({ description: "Masked, e.g. +355*******67" }),
    status: ZInvitationStatus,
    expiresAt: z.iso.datetime(),
    hasAccount: z
      .boolean()
      .meta({ description: "Whether the invited address already has an account (sign in)" }),
  })
  .meta({ id: "InvitationPreview" });
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

export const ZAcceptedInvitation = z
  .object({
    orgId: z.uuid(),
    role: ZOrgRole,
    landing: z.enum(["/manage", "/work"]).meta({ description: "Where this role works" }),
  })
  .meta({ id: "AcceptedInvitation" });
export type TAcceptedInvitation = z.infer<typeof ZAcceptedInvitation>;

/** The /invite page's sign-up form: the token proves the address, so no verification step. */
export const ZAcceptAsNewUser = z.strictObject({
  name: z.string().trim().min(1).max(120),
  password: ZPassword,
  locale: z.enum(LOCALES),
});
export type TAcceptAsNewUser = z.infer<typeof ZAcceptAsNewUser>;
