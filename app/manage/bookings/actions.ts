"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  isDateString,
  addDays,
  instantAt,
  localTimeOf,
} from "@/components/booking/calendar/layout";
import { orgFormAction } from "@/lib/actions/form-action";
import { findAvailabilityDetails } from "@/lib/booking/availability";
import { loadOrgBusiness } from "@/lib/booking/business-access";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import {
  ZBusinessReason,
  ZCreateClientBooking,
  ZRejectBooking,
  ZUpdateManagedBooking,
} from "@/lib/booking/bookings.schemas";
import {
  cancelManagedBooking,
  confirmBooking,
  createClientBooking,
  markNoShow,
  rejectBooking,
  rescheduleManagedBooking,
  updateManagedBooking,
} from "@/lib/booking/bookings.service";
import { ZCreateClient } from "@/lib/booking/clients.schemas";
import { createClient, removeClient } from "@/lib/booking/clients.service";
import { withTenant } from "@/lib/tenancy/scope";

/**
 * The calendar's and the list's booking actions: each parses the form with the API's own
 * schemas and calls the service the API route calls, so the rules live in lib/booking only.
 */

const BOOKINGS_PATH = "/manage/bookings";

function refresh() {
  revalidatePath(BOOKINGS_PATH);
  revalidatePath(`${BOOKINGS_PATH}/list`);
}

const ZBookingRef = z.object({ bookingId: z.uuid() });
const ZDate = z.string().refine(isDateString, { error: "validation.format.date" });
const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.invalid" });

export const confirmBookingAction = orgFormAction(
  "bookings.write",
  ZBookingRef,
  async ({ bookingId }, { org, t }) => {
    await confirmBooking(org, bookingId);
    refresh();
    return { data: { id: bookingId }, message: t("booking.bookings.confirmed") };
  },
);

export const rejectBookingAction = orgFormAction(
  "bookings.write",
  ZBookingRef.extend(ZRejectBooking.shape),
  async ({ bookingId, reason }, { org, t }) => {
    await rejectBooking(org, bookingId, { reason });
    refresh();
    return { data: { id: bookingId }, message: t("booking.bookings.rejected") };
  },
);

export const cancelBookingAction = orgFormAction(
  "bookings.write",
  ZBookingRef.extend(ZBusinessReason.shape),
  async ({ bookingId, reason }, { org, t }) => {
    await cancelManagedBooking(org, bookingId, { reason });
    refresh();
    return { data: { id: bookingId }, message: t("booking.bookings.canceled") };
  },
);

export const noShowBookingAction = orgFormAction(
  "bookings.write",
  ZBookingRef,
  async ({ bookingId }, { org, t }) => {
    await markNoShow(org, bookingId);
    refresh();
    return { data: { id: bookingId }, message: t("booking.bookings.noShow") };
  },
);

export const updateBookingNotesAction = orgFormAction(
  "bookings.write",
  ZBookingRef.extend({ notes: ZUpdateManagedBooking.shape.notes.optional() }),
  async ({ bookingId, notes }, { org, t }) => {
    await updateManagedBooking(org, bookingId, { notes: notes ?? null });
    refresh();
    return { data: { id: bookingId }, message: t("booking.bookings.updated") };
  },
);

/**
 * A move by date and wall time in the business's zone (the drag and the keyboard form
 * both send these); no employee keeps the same one.
 */
export const rescheduleBookingAction = orgFormAction(
  "bookings.write",
  ZBookingRef.extend({ date: ZDate, time: ZTime, employeeId: z.uuid().optional() }),
  async ({ bookingId, date, time, employeeId }, { org, t, locale }) => {
    const booking = await getManagedBooking(org, bookingId, locale);
    const [hours, minutes] = time.split(":").map(Number);
    const startsAt = instantAt(date, hours! * 60 + minutes!, booking.business.timeZone);
    await rescheduleManagedBooking(org, bookingId, {
      startsAt,
      ...(employeeId ? { employeeId } : {}),
    });
    refresh();
    return { data: { id: bookingId }, message: t("booking.bookings.rescheduled") };
  },
);

const ZServiceIdList = z
  .union([z.uuid(), z.array(z.uuid())])
  .transform((value) => [value].flat())
  .pipe(ZCreateClientBooking.shape.serviceIds);

/** Free start times of one local day, for the new-booking dialog and the reschedule form. */
export const freeSlotsAction = orgFormAction(
  "bookings.read",
  z.object({
    businessId: z.uuid(),
    serviceIds: ZServiceIdList,
    employeeId: z.uuid().optional(),
    date: ZDate,
    excludeBookingId: z.uuid().optional(),
  }),
  async (input, { org }) => {
    const details = await withTenant(org, async (tx) => {
      const business = await loadOrgBusiness(tx, org.orgId, input.businessId);
      return findAvailabilityDetails(tx, {
        businessId: business.id,
        serviceIds: input.serviceIds,
        employeeId: input.employeeId ?? null,
        from: instantAt(input.date, 0, business.timeZone),
        to: instantAt(addDays(input.date, 1), 0, business.timeZone),
        excludeBookingId: input.excludeBookingId,
      });
    });
    return {
      data: {
        timeZone: details.timeZone,
        employees: details.employees.map((employee) => ({
          employeeId: employee.employeeId,
          name: employee.name,
          slots: employee.slots.map((slot) => ({
            value: slot,
            label: localTimeOf(new Date(slot), details.timeZone),
          })),
        })),
      },
      message: "",
    };
  },
);

/**
 * A booking for a client: one of the business's clients, or a new one by name with an
 * email or phone (created here, and removed again if the time was taken meanwhile, so a
 * failed booking leaves nothing behind).
 */
const ZNewClientBookingForm = z
  .object({
    businessId: z.uuid(),
    clientId: z.uuid().optional(),
    name: ZCreateClient.shape.name.optional(),
    email: ZCreateClient.shape.email,
    phone: ZCreateClient.shape.phone,
    serviceIds: ZServiceIdList,
    employeeId: z.uuid().optional(),
    startsAt: ZCreateClientBooking.shape.startsAt,
    notes: ZCreateClientBooking.shape.notes,
  })
  .superRefine((value, context) => {
    if (value.clientId) return;
    if (!value.name)
      context.addIssue({ code: "custom", path: ["name"], message: "validation.required" });
    if (!value.email && !value.phone) {
      context.addIssue({
        code: "custom",
        path: ["email"],
        message: "booking.clients.contactRequired",
      });
    }
  });

export const createClientBookingAction = orgFormAction(
  "bookings.write",
  ZNewClientBookingForm,
  async (input, { org, t }) => {
    let createdClientId: string | null = null;
    let clientId = input.clientId;
    if (!clientId) {
      const { client } = await createClient(org, input.businessId, {
        name: input.name!,
        email: input.email ?? null,
        phone: input.phone ?? null,
        invite: false,
      });
      clientId = createdClientId = client.id;
    }
    try {
      const booking = await createClientBooking(org, {
        businessId: input.businessId,
        clientId,
        serviceIds: input.serviceIds,
        employeeId: input.employeeId ?? null,
        startsAt: input.startsAt,
        visitType: "on_site",
        visitAddress: null,
        notes: input.notes ?? null,
      });
      refresh();
      return { data: booking, message: t("booking.bookings.created") };
    } catch (error) {
      if (createdClientId) await removeClient(org, input.businessId, createdClientId);
      throw error;
    }
  },
);
