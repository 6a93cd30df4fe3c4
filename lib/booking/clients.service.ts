import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { businessClients, businesses } from "@/db/schema/booking";
import { appUrl, env } from "@/lib/config/env";
import { ConflictError, GoneError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { hashToken, randomToken } from "@/lib/identity/crypto";
import type { Viewer } from "@/lib/identity/viewer";
import { sendEmail, sendSms } from "@/lib/messaging";
import { toE164 } from "@/lib/messaging/sms/phone";
import { publicFileUrl } from "@/lib/storage";
import { consumeRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withSystemScope, withTenant, withUserScope } from "@/lib/tenancy/scope";
import { type BusinessRow, loadOrgBusiness } from "./business-access";
import { type ClientRow, listClients, loadOrgClient, toClientDto } from "./clients.queries";
import type {
  TAcceptedClientInvitation,
  TClient,
  TCreateClient,
  TListClientsQuery,
  TMyClientBusiness,
  TUpdateClient,
} from "./clients.schemas";

export const CLIENT_INVITATION_TTL_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Invitations send email and SMS on the business's behalf: bounded so nobody spams through us. */
export const CLIENT_INVITATION_RATE_LIMITS = {
  perBusiness: { name: "client-invite:business", limit: 200, windowSeconds: 60 * 60 },
  perClient: { name: "client-invite:client", limit: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

const CONTACT_CONSTRAINTS: Record<string, { field: "email" | "phone"; key: string }> = {
  business_clients_business_email_key: { field: "email", key: "booking.clients.emailTaken" },
  business_clients_business_phone_key: { field: "phone", key: "booking.clients.phoneTaken" },
};

/** Phone numbers are kept in E.164, so one person typed two ways is still one client. */
function normalizePhone(phone: string | null | undefined): string | null | undefined {
  if (phone === undefined || phone === null) return phone;
  const e164 = toE164(phone, env().SMS_DEFAULT_COUNTRY);
  if (!e164) throw new ValidationError({ phone: ["validation.phone"] });
  return e164;
}

/** A duplicate email or phone in the business answers 409 on that field. */
function contactConflict(error: unknown): never {
  for (const [constraint, { field, key }] of Object.entries(CONTACT_CONSTRAINTS)) {
    if (isUniqueViolation(error, constraint)) {
      throw new ConflictError(key, undefined, { [field]: [key] });
    }
  }
  throw error;
}

async function businessLocale(tx: Transaction, orgId: string): Promise<Locale> {
  const [org] = await tx.execute<{ locale: string | null }>(
    sql`select locale from organizations where id = ${orgId}`,
  );
  return org?.locale === "sq" ? "sq" : "en";
}

/**
 * Sends the client a fresh link (a new token: any older link stops working), by email when
 * the client has an address, else by SMS. The token is stored only as a keyed hash.
 */
async function deliverInvitation(
  tx: Transaction,
  business: BusinessRow,
  client: ClientRow,
): Promise<ClientRow> {
  if (!client.email && !client.phone) {
    throw new ConflictError("booking.clients.nothingToInvite");
  }
  await consumeRateLimit(CLIENT_INVITATION_RATE_LIMITS.perBusiness, business.id, tx);
  await consumeRateLimit(CLIENT_INVITATION_RATE_LIMITS.perClient, client.id, tx);
  const token = randomToken();
  const [row] = await tx
    .update(businessClients)
    .set({ invitationTokenHash: hashToken(token), invitedAt: new Date(), updatedAt: new Date() })
    .where(eq(businessClients.id, client.id))
    .returning();
  const locale = await businessLocale(tx, business.orgId);
  const acceptUrl = `${appUrl()}/client-invite/${token}`;
  const origin = {
    locale,
    orgId: business.orgId,
    related: { type: "business_client", id: client.id },
  };
  if (client.email) {
    await sendEmail(
      {
        ...origin,
        to: client.email,
        template: "booking-client-invitation",
        props: {
          businessName: business.name,
          clientName: client.name,
          acceptUrl,
          expiresInDays: CLIENT_INVITATION_TTL_DAYS,
        },
      },
      tx,
    );
  } else {
    const sent = await sendSms(
      {
        ...origin,
        to: client.phone!,
        template: "booking-client-invitation",
        body: getTranslator(locale, "sms")("bookingClientInvitation", {
          business: business.name,
          url: acceptUrl,
        }),
      },
      tx,
    );
    if (sent.status === "opted-out") {
      throw new ConflictError("booking.clients.phoneOptedOut", undefined, {
        phone: ["booking.clients.phoneOptedOut"],
      });
    }
  }
  return row!;
}

/**
 * The business adds a client by name with an email and/or phone (or neither: a walk-in
 * record), and by default invites them to link their Callboard account.
 */
export async function createClient(
  context: OrgContext,
  businessId: string,
  input: TCreateClient,
): Promise<{ client: TClient; invited: boolean }> {
  assertCan(context, "bookings.write");
  const phone = normalizePhone(input.phone);
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    let row: ClientRow;
    try {
      [row] = (await tx
        .insert(businessClients)
        .values({
          orgId: context.orgId,
          businessId: business.id,
          name: input.name,
          email: input.email ?? null,
          phone: phone ?? null,
          notes: input.notes ?? null,
        })
        .returning()) as [ClientRow];
    } catch (error) {
      contactConflict(error);
    }
    const invite = input.invite && !!(row.email || row.phone);
    if (invite) row = await deliverInvitation(tx, business, row);
    return { client: toClientDto(row), invited: invite };
  });
}

export async function updateClient(
  context: OrgContext,
  businessId: string,
  clientId: string,
  input: TUpdateClient,
): Promise<TClient> {
  assertCan(context, "bookings.write");
  const phone = normalizePhone(input.phone);
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    const current = await loadOrgClient(tx, context.orgId, businessId, clientId);
    const email = input.email === undefined ? current.email : input.email;
    const nextPhone = phone === undefined ? current.phone : phone;
    if (!current.userId && !email && !nextPhone) {
      // A client without an account is reached through their contact: keep at least one.
      throw new ValidationError({ email: ["booking.clients.contactRequired"] });
    }
    try {
      const [row] = await tx
        .update(businessClients)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.notes !== undefined ? { notes: input.notes } : {}),
          email,
          phone: nextPhone,
          updatedAt: new Date(),
        })
        .where(eq(businessClients.id, current.id))
        .returning();
      return toClientDto(row!);
    } catch (error) {
      contactConflict(error);
    }
  });
}

/** Sends (again) the invitation of a client who has not linked their account yet. */
export async function inviteClient(
  context: OrgContext,
  businessId: string,
  clientId: string,
): Promise<TClient> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    const client = await loadOrgClient(tx, context.orgId, businessId, clientId, { lock: true });
    if (client.userId) throw new ConflictError("booking.clients.alreadyLinked");
    return toClientDto(await deliverInvitation(tx, business, client));
  });
}

/**
 * Removes a client record. Bookings made for a client without an account need the record
 * (the booking must name someone), so such a client stays: 409.
 */
export async function removeClient(
  context: OrgContext,
  businessId: string,
  clientId: string,
): Promise<{ id: string }> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    const client = await loadOrgClient(tx, context.orgId, businessId, clientId);
    try {
      await tx.transaction((inner) =>
        inner.delete(businessClients).where(eq(businessClients.id, client.id)),
      );
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === "23514") {
        throw new ConflictError("booking.clients.hasBookings");
      }
      throw error;
    }
    return { id: client.id };
  });
}

/**
 * The invitation behind a link, for the page that opens it (anyone holding the link: the
 * token is the credential). Finding the row by its token crosses tenants, so that one
 * lookup runs in the system scope. Unknown or used → 404, older than the TTL → 410.
 */
export async function previewClientInvitation(token: string, now: Date = new Date()) {
  const tokenHash = hashToken(token);
  const [found] = await withSystemScope((tx) =>
    tx
      .select({
        id: businessClients.id,
        orgId: businessClients.orgId,
        businessId: businessClients.businessId,
        invitedAt: businessClients.invitedAt,
        business: {
          id: businesses.id,
          name: businesses.name,
          slug: businesses.slug,
          logoKey: businesses.logoKey,
          status: businesses.status,
        },
      })
      .from(businessClients)
      .innerJoin(businesses, eq(businesses.id, businessClients.businessId))
      .where(eq(businessClients.invitationTokenHash, tokenHash)),
  );
  if (!found) throw new NotFoundError("booking.clients.invitationNotFound");
  if (
    !found.invitedAt ||
    now.getTime() - found.invitedAt.getTime() > CLIENT_INVITATION_TTL_DAYS * DAY_MS
  ) {
    throw new GoneError("booking.clients.invitationExpired");
  }
  const { logoKey, status, ...business } = found.business;
  return {
    ...found,
    business: {
      ...business,
      logoUrl: logoKey ? publicFileUrl(logoKey) : null,
      published: status === "published",
    },
    expiresAt: new Date(found.invitedAt.getTime() + CLIENT_INVITATION_TTL_DAYS * DAY_MS),
  };
}

/**
 * A signed-in customer accepts a business's invitation from its link, which links the
 * client record to their account. The token is the credential (a forwarded link works for
 * whoever opens it, as with org invitations); the change runs in the business's org.
 */
export async function acceptClientInvitation(
  viewer: Viewer,
  token: string,
  now: Date = new Date(),
): Promise<TAcceptedClientInvitation> {
  const tokenHash = hashToken(token);
  const found = await previewClientInvitation(token, now);
  const userId = viewer.user.id;
  return withTenant({ orgId: found.orgId, userId }, async (tx) => {
    const [existing] = await tx
      .select({ id: businessClients.id })
      .from(businessClients)
      .where(
        and(eq(businessClients.businessId, found.businessId), eq(businessClients.userId, userId)),
      );
    if (existing) throw new ConflictError("booking.clients.alreadyClient");
    // Only one of two simultaneous accepts finds the token still there.
    const [claimed] = await tx
      .update(businessClients)
      .set({ userId, acceptedAt: now, invitationTokenHash: null, updatedAt: now })
      .where(
        and(
          eq(businessClients.id, found.id),
          eq(businessClients.invitationTokenHash, tokenHash),
          isNull(businessClients.userId),
        ),
      )
      .returning({ id: businessClients.id })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ConflictError("booking.clients.alreadyClient");
        throw error;
      });
    if (!claimed) throw new NotFoundError("booking.clients.invitationNotFound");
    const { id, name, slug } = found.business;
    return { clientId: claimed.id, business: { id, name, slug } };
  });
}

/** The businesses where the signed-in person is a client (linked to their account). */
export async function listMyClientBusinesses(viewer: Viewer) {
  return withUserScope(viewer.user.id, async (tx) => {
    const rows = await tx
      .select({
        clientId: businessClients.id,
        acceptedAt: businessClients.acceptedAt,
        createdAt: businessClients.createdAt,
        business: {
          id: businesses.id,
          name: businesses.name,
          slug: businesses.slug,
          logoKey: businesses.logoKey,
        },
      })
      .from(businessClients)
      .innerJoin(businesses, eq(businesses.id, businessClients.businessId))
      .where(and(eq(businessClients.userId, viewer.user.id), eq(businesses.status, "published")))
      .orderBy(businesses.name);
    return rows.map((row): TMyClientBusiness => ({
      clientId: row.clientId,
      business: {
        id: row.business.id,
        name: row.business.name,
        slug: row.business.slug,
        logoUrl: row.business.logoKey ? publicFileUrl(row.business.logoKey) : null,
      },
      since: (row.acceptedAt ?? row.createdAt).toISOString(),
    }));
  });
}

export async function listBusinessClients(
  context: OrgContext,
  businessId: string,
  query: TListClientsQuery,
) {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    return listClients(tx, context.orgId, businessId, query);
  });
}

export async function getBusinessClient(
  context: OrgContext,
  businessId: string,
  clientId: string,
): Promise<TClient> {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    return toClientDto(await loadOrgClient(tx, context.orgId, businessId, clientId));
  });
}
