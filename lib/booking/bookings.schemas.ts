import { z } from "zod";
import {
  BOOKING_ACTORS,
  BOOKING_STATUSES,
  BOOKING_VISIT_TYPES,
  PAYMENT_STATUSES,
} from "@/db/schema/booking";

const EXAMPLE_ID = "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e";
const EXAMPLE_START = "2026-12-04T09:30:00.000Z";

export const ZBookingIdParams = z.object({ id: z.uuid().meta({ description: "Booking id" }) });

const ZStartsAt = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .meta({ description: "The start, an ISO 8601 instant", example: EXAMPLE_START });

const ZServiceIds = z
  .array(z.uuid())
  .min(1)
  .max(10)
  .refine((ids) => new Set(ids).size === ids.length, {
    error: "booking.bookings.validation.serviceRepeated",
  })
  .meta({ description: "The services, in the order they are done", example: [EXAMPLE_ID] });

const ZEmployeeChoice = z
  .uuid()
  .nullable()
  .default(null)
  .meta({ description: "The employee, or null for the first available one", example: null });

const ZNotes = z
  .string()
  .trim()
  .max(1000)
  .nullable()
  .transform((value) => value || null)
  .optional()
  .meta({ example: "First time here; short hair." });

const ZReason = z
  .string()
  .trim()
  .min(1, { error: "booking.bookings.validation.reasonRequired" })
  .max(500)
  .meta({ example: "The stylist is ill today." });

const visitFields = {
  visitType: z.enum(BOOKING_VISIT_TYPES).default("on_site"),
  visitAddress: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .optional()
    .transform((value) => value || null)
    .meta({ description: "Where to go, for a home visit" }),
};

export const ZCreateBooking = z
  .strictObject({
    businessId: z.uuid(),
    serviceIds: ZServiceIds,
    employeeId: ZEmployeeChoice,
    startsAt: ZStartsAt,
    ...visitFields,
    notes: ZNotes,
  })
  .meta({
    id: "CreateBooking",
    example: {
      businessId: EXAMPLE_ID,
      serviceIds: [EXAMPLE_ID],
      employeeId: null,
      startsAt: EXAMPLE_START,
      visitType: "on_site",
      notes: "First time here; short hair.",
    },
  });
export type TCreateBooking = z.output<typeof ZCreateBooking>;

export const ZCreateClientBooking = z
  .strictObject({
    businessId: z.uuid(),
    clientId: z.uuid().meta({ description: "One of the business's clients" }),
    serviceIds: ZServiceIds,
    employeeId: ZEmployeeChoice,
    startsAt: ZStartsAt,
    ...visitFields,
    notes: ZNotes,
  })
  .meta({
    id: "CreateClientBooking",
    example: {
      businessId: EXAMPLE_ID,
      clientId: EXAMPLE_ID,
      serviceIds: [EXAMPLE_ID],
      employeeId: EXAMPLE_ID,
      startsAt: EXAMPLE_START,
      visitType: "on_site",
    },
  });
export type TCreateClientBooking = z.output<typeof ZCreateClientBooking>;

/** The customer's change: a new time (and employee), notes, or both. */
export const ZUpdateMyBooking = z
  .strictObject({
    startsAt: ZStartsAt.optional(),
    employeeId: z
      .uuid()
      .nullable()
      .optional()
      .meta({ description: "With a new time: another employee, or null for anyone free" }),
    notes: ZNotes,
  })
  .refine((value) => value.startsAt !== undefined || value.notes !== undefined, {
    error: "booking.bookings.nothingToChange",
    path: ["startsAt"],
  })
  .meta({ id: "UpdateMyBooking", example: { startsAt: EXAMPLE_START } });
export type TUpdateMyBooking = z.output<typeof ZUpdateMyBooking>;

export const ZRescheduleBooking = z
  .strictObject({
    startsAt: ZStartsAt,
    employeeId: z
      .uuid()
      .nullable()
      .optional()
      .meta({ description: "Another employee, null for anyone free; absent keeps the same one" }),
  })
  .meta({ id: "RescheduleBooking", example: { startsAt: EXAMPLE_START, employeeId: EXAMPLE_ID } });
export type TRescheduleBooking = z.output<typeof ZRescheduleBooking>;

export const ZUpdateManagedBooking = z
  .strictObject({ notes: z.string().trim().max(1000).nullable() })
  .meta({ id: "UpdateManagedBooking", example: { notes: "Prefers Ana." } });
export type TUpdateManagedBooking = z.output<typeof ZUpdateManagedBooking>;

export const ZCancelMyBooking = z
  .strictObject({ reason: ZReason.optional() })
  .meta({ id: "CancelMyBooking", example: { reason: "I can't make it." } });
export type TCancelMyBooking = z.output<typeof ZCancelMyBooking>;

export const ZBusinessReason = z
  .strictObject({ reason: ZReason })
  .meta({ id: "BookingReason", example: { reason: "The stylist is ill today." } });
export type TBusinessReason = z.output<typeof ZBusinessReason>;

export const ZRejectBooking = z
  .strictObject({ reason: ZReason.optional() })
  .meta({ id: "RejectBooking", example: { reason: "We are fully booked that day." } });
export type TRejectBooking = z.output<typeof ZRejectBooking>;

const page = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const ZMyBookingsQuery = z.object({
  when: z
    .enum(["upcoming", "past", "all"])
    .default("all")
    .meta({ description: "upcoming: not ended yet, soonest first; past: newest first" }),
  status: z.enum(BOOKING_STATUSES).optional(),
  ...page,
});
export type TMyBookingsQuery = z.output<typeof ZMyBookingsQuery>;

const ZQueryInstant = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .optional();

export const ZManagedBookingsQuery = z
  .object({
    businessId: z.uuid().optional(),
    employeeId: z.uuid().optional(),
    status: z
      .union([z.enum(BOOKING_STATUSES), z.array(z.enum(BOOKING_STATUSES))])
      .optional()
      .transform((value) => (value === undefined ? undefined : [value].flat()))
      .meta({ description: "One or more statuses (repeat the parameter)" }),
    from: ZQueryInstant.meta({ description: "Bookings ending after this instant" }),
    sort: z
      .enum(["asc", "desc"])
      .default("asc")
      .meta({ description: "By start: asc soonest first (default), desc latest first" }),
    to: ZQueryInstant.meta({ description: "Bookings starting before this instant" }),
    ...page,
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine((value) => !value.from || !value.to || value.to > value.from, {
    error: "booking.bookings.validation.rangeOrder",
    path: ["to"],
  })
  .refine(
    (value) =>
      !value.from || !value.to || value.to.getTime() - value.from.getTime() <= 92 * 86_400_000,
    { error: "booking.bookings.validation.rangeTooLong", path: ["to"] },
  );
export type TManagedBookingsQuery = z.output<typeof ZManagedBookingsQuery>;

// ---------- Responses ----------

const ZBookingItem = z.object({
  serviceId: z.uuid().nullable(),
  name: z.string().meta({ description: "In the caller's language", example: "Haircut" }),
  durationMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  priceMinor: z.number().int(),
});

const BOOKING_EXAMPLE = {
  id: EXAMPLE_ID,
  status: "confirmed" as const,
  business: {
    id: EXAMPLE_ID,
    name: "Salon Arta",
    slug: "salon-arta",
    timeZone: "Europe/Tirane",
    address: "Rruga e Durrësit 12, Tiranë",
    phone: "+355 69 123 4567",
  },
  employee: { id: EXAMPLE_ID, name: "Ana" },
  services: [
    {
      serviceId: EXAMPLE_ID,
      name: "Haircut",
      durationMinutes: 30,
      bufferAfterMinutes: 10,
      priceMinor: 1500,
    },
  ],
  startsAt: EXAMPLE_START,
  endsAt: "2026-12-04T10:00:00.000Z",
  visitType: "on_site" as const,
  visitAddress: null,
  notes: null,
  totalPriceMinor: 1500,
  currency: "EUR",
  paymentStatus: "not_required" as const,
  cancelReason: null,
  canceledBy: null,
  createdBy: "customer" as const,
  confirmedAt: "2026-11-27T18:00:00.000Z",
  canceledAt: null,
  completedAt: null,
  createdAt: "2026-11-27T18:00:00.000Z",
  changeableUntil: "2026-12-03T09:30:00.000Z",
};

export const ZBooking = z
  .object({
    id: z.uuid(),
    status: z.enum(BOOKING_STATUSES),
    business: z.object({
      id: z.uuid(),
      name: z.string(),
      slug: z.string(),
      timeZone: z.string(),
      address: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    employee: z.object({ id: z.uuid(), name: z.string() }),
    services: z.array(ZBookingItem),
    startsAt: z.string(),
    endsAt: z.string(),
    visitType: z.enum(BOOKING_VISIT_TYPES),
    visitAddress: z.string().nullable(),
    notes: z.string().nullable(),
    totalPriceMinor: z.number().int(),
    currency: z.string(),
    paymentStatus: z
      .enum(PAYMENT_STATUSES)
      .meta({ description: "No payment is taken at booking yet: not_required" }),
    cancelReason: z.string().nullable(),
    canceledBy: z.enum(BOOKING_ACTORS).nullable(),
    createdBy: z.enum(BOOKING_ACTORS),
    confirmedAt: z.string().nullable(),
    canceledAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    createdAt: z.string(),
    /** Until when the customer may still cancel or move it themselves. */
    changeableUntil: z.string().meta({
      description: "The customer may cancel or reschedule until this instant (while active)",
    }),
  })
  .meta({
    id: "Booking",
    example: BOOKING_EXAMPLE,
  });
export type TBooking = z.input<typeof ZBooking>;

const ZLocalizedName = z.object({ en: z.string(), sq: z.string().optional() });

export const ZManagedBooking = ZBooking.extend({
  occupiedUntil: z.string().meta({ description: "The end plus the services' buffers" }),
  customer: z
    .object({ id: z.uuid(), name: z.string(), email: z.string().nullable() })
    .nullable()
    .meta({ description: "The customer's account; null for a client without one" }),
  client: z
    .object({
      id: z.uuid(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
  services: z.array(ZBookingItem.extend({ nameLocalized: ZLocalizedName })),
}).meta({
  id: "ManagedBooking",
  example: {
    ...BOOKING_EXAMPLE,
    occupiedUntil: "2026-12-04T10:10:00.000Z",
    customer: { id: EXAMPLE_ID, name: "Arta Krasniqi", email: "arta@example.com" },
    client: { id: EXAMPLE_ID, name: "Arta Krasniqi", email: "arta@example.com", phone: null },
    services: [
      {
        ...BOOKING_EXAMPLE.services[0]!,
        nameLocalized: { en: "Haircut", sq: "Prerje flokësh" },
      },
    ],
  },
});
export type TManagedBooking = z.input<typeof ZManagedBooking>;

export const ZSlotTakenAvailability = z
  .object({
    date: z.string().meta({ description: "The local day (business zone), YYYY-MM-DD" }),
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    bufferMinutes: z.number().int(),
    employees: z.array(
      z.object({ employeeId: z.uuid(), name: z.string(), slots: z.array(z.string()) }),
    ),
  })
  .meta({
    id: "SlotTakenAvailability",
    description: "Sent with a 409 slotTaken in `data.availability`: that day's free starts",
    example: {
      date: "2026-12-04",
      timeZone: "Europe/Tirane",
      durationMinutes: 30,
      bufferMinutes: 10,
      employees: [
        {
          employeeId: EXAMPLE_ID,
          name: "Ana",
          slots: ["2026-12-04T08:00:00.000Z", "2026-12-04T09:45:00.000Z"],
        },
      ],
    },
  });
export type TSlotTakenAvailability = z.infer<typeof ZSlotTakenAvailability>;
