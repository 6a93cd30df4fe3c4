"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { getTranslator } from "@/lib/i18n/translator";
import { ZCreateClient, ZUpdateClient } from "@/lib/booking/clients.schemas";
import {
  createClient,
  inviteClient,
  removeClient,
  updateClient,
} from "@/lib/booking/clients.service";

const CLIENTS_PATH = "/manage/bookings/clients";

/** A checkbox posts "on" when ticked and nothing otherwise. */
const ZCheckbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

const ZClientRef = z.object({ businessId: z.uuid(), clientId: z.uuid() });

/** The API's create schema plus the business it is for; the same contact rule. */
const ZCreateClientForm = z
  .object({ ...ZCreateClient.shape, businessId: z.uuid(), invite: ZCheckbox })
  .refine((value) => !!(value.email || value.phone), {
    error: "booking.clients.contactRequired",
    path: ["email"],
  });

/** Cleared fields arrive as absent; on an edit they mean "remove it". */
const ZUpdateClientForm = z.object({
  ...ZClientRef.shape,
  name: ZUpdateClient.shape.name.unwrap(),
  email: ZUpdateClient.shape.email,
  phone: ZUpdateClient.shape.phone,
  notes: ZUpdateClient.shape.notes,
});

export const createClientAction = orgFormAction(
  "bookings.write",
  ZCreateClientForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const result = await createClient(org, businessId, input);
    revalidatePath(CLIENTS_PATH);
    return {
      data: result.client,
      message: getTranslator(
        locale,
        "bookingCommunityUi.clients",
      )(result.invited ? "createdInvited" : "created"),
    };
  },
);

export const updateClientAction = orgFormAction(
  "bookings.write",
  ZUpdateClientForm,
  async ({ businessId, clientId, name, email, phone, notes }, { org, locale }) => {
    const client = await updateClient(org, businessId, clientId, {
      name,
      email: email ?? null,
      phone: phone ?? null,
      notes: notes ?? null,
    });
    revalidatePath(CLIENTS_PATH);
    return {
      data: client,
      message: getTranslator(locale, "bookingCommunityUi.clients")("updated"),
    };
  },
);

export const inviteClientAction = orgFormAction(
  "bookings.write",
  ZClientRef,
  async ({ businessId, clientId }, { org, locale }) => {
    const client = await inviteClient(org, businessId, clientId);
    revalidatePath(CLIENTS_PATH);
    return {
      data: client,
      message: getTranslator(locale, "bookingCommunityUi.clients")("invited"),
    };
  },
);

export const removeClientAction = orgFormAction(
  "bookings.write",
  ZClientRef,
  async ({ businessId, clientId }, { org, locale }) => {
    const removed = await removeClient(org, businessId, clientId);
    revalidatePath(CLIENTS_PATH);
    return {
      data: removed,
      message: getTranslator(locale, "bookingCommunityUi.clients")("removed"),
    };
  },
);
