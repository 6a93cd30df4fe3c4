import { z } from "zod";
import { ZInstant, ZPageQuery } from "./community.schemas";

const ZName = z.string().trim().min(1).max(200).meta({ example: "Arta Krasniqi" });
const ZEmail = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase())
  .meta({ example: "arta@example.com" });
const ZPhone = z
  .string()
  .trim()
  .min(5)
  .max(32)
  .meta({ description: "Any common format; stored in E.164", example: "+355 69 123 4567" });
const ZNotes = z
  .string()
  .trim()
  .max(2000)
  .nullable()
  .transform((value) => value || null)
  .meta({ description: "Only the business sees these", example: "Prefers mornings." });

export const ZClientParams = z.object({ id: z.uuid(), clientId: z.uuid() });
export const ZInvitationTokenParams = z.object({
  token: z.string().trim().min(20).max(200).meta({ description: "The token from the link" }),
});

export const ZCreateClient = z
  .strictObject({
    name: ZName,
    email: ZEmail.nullable().optional(),
    phone: ZPhone.nullable().optional(),
    notes: ZNotes.optional(),
    invite: z
      .boolean()
      .default(true)
      .meta({ description: "Send the invitation link (email first, else SMS)" }),
  })
  .refine((value) => !!(value.email || value.phone), {
    error: "booking.clients.contactRequired",
    path: ["email"],
  })
  .meta({
    id: "CreateBusinessClient",
    example: { name: "Arta Krasniqi", email: "arta@example.com", phone: null, invite: true },
  });
export type TCreateClient = z.infer<typeof ZCreateClient>;

export const ZUpdateClient = z
  .strictObject({
    name: ZName.optional(),
    email: ZEmail.nullable().optional(),
    phone: ZPhone.nullable().optional(),
    notes: ZNotes.optional(),
  })
  .meta({ id: "UpdateBusinessClient", example: { notes: "Allergic to ammonia dyes." } });
export type TUpdateClient = z.infer<typeof ZUpdateClient>;

export const ZListClientsQuery = z
  .strictObject({
    q: z
      .string()
      .trim()
      .max(100)
      .optional()
      .meta({ description: "Part of the name, email or phone" }),
    ...ZPageQuery,
  })
  .meta({ id: "ListBusinessClientsQuery" });
export type TListClientsQuery = z.infer<typeof ZListClientsQuery>;

export const ZClientStatus = z.enum(["linked", "invited", "contact"]).meta({
  id: "BusinessClientStatus",
  description:
    "`linked`: uses Callboard with the business (accepted or booked); `invited`: link " +
    "sent, not accepted yet; `contact`: only a record of the business",
});

export const ZClient = z
  .object({
    id: z.uuid(),
    businessId: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    notes: z.string().nullable(),
    status: ZClientStatus,
    userId: z.uuid().nullable(),
    invitedAt: ZInstant.nullable(),
    acceptedAt: ZInstant.nullable(),
    createdAt: ZInstant,
  })
  .meta({
    id: "BusinessClient",
    example: {
      id: "0193f7c4-6a00-7000-8000-0000000000c1",
      businessId: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
      name: "Arta Krasniqi",
      email: "arta@example.com",
      phone: null,
      notes: null,
      status: "invited",
      userId: null,
      invitedAt: "2026-12-04T18:00:00.000Z",
      acceptedAt: null,
      createdAt: "2026-12-04T18:00:00.000Z",
    },
  });
export type TClient = z.infer<typeof ZClient>;

export const ZAcceptedClientInvitation = z
  .object({
    clientId: z.uuid(),
    business: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
  })
  .meta({
    id: "AcceptedClientInvitation",
    example: {
      clientId: "0193f7c4-6a00-7000-8000-0000000000c1",
      business: {
        id: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
        name: "Salon Arta",
        slug: "salon-arta",
      },
    },
  });
export type TAcceptedClientInvitation = z.infer<typeof ZAcceptedClientInvitation>;

export const ZMyClientBusiness = z
  .object({
    clientId: z.uuid(),
    business: z.object({
      id: z.uuid(),
      name: z.string(),
      slug: z.string(),
      logoUrl: z.string().nullable(),
    }),
    since: ZInstant,
  })
  .meta({
    id: "MyClientBusiness",
    example: {
      clientId: "0193f7c4-6a00-7000-8000-0000000000c1",
      business: {
        id: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
        name: "Salon Arta",
        slug: "salon-arta",
        logoUrl: null,
      },
      since: "2026-12-04T18:00:00.000Z",
    },
  });
export type TMyClientBusiness = z.infer<typeof ZMyClientBusiness>;
