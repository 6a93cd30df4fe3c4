import { z } from "zod";

/** Longest window one request may ask for (a month view and a bit). */
export const MAX_WINDOW_DAYS = 31;
/** Without `to`: a week from `from`. */
export const DEFAULT_WINDOW_DAYS = 7;

const ZWindowEdge = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** `?serviceIds=a,b` or `?serviceIds=a&serviceIds=b`: the services booked together, in order. */
const ZServiceIds = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(","))
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.uuid()).min(1).max(20))
  .meta({
    description:
      "The services to book together (their durations add up; the buffer is the sum of their buffers, after the last one). Comma-separated or repeated.",
    example: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e50,0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e51",
  });

export const ZAvailabilityParams = z.object({
  idOrSlug: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: "The business's id or slug", example: "salon-bella" }),
});

export const ZAvailabilityQuery = z.strictObject({
  serviceIds: ZServiceIds,
  employeeId: z.uuid().optional().meta({
    description: "Only this employee; without it, every employee who performs all the services",
  }),
  from: ZWindowEdge.optional().meta({
    description:
      "Start of the window: an instant with an offset, or a date (`YYYY-MM-DD`, from the start of that day in the business's time zone). Default: now.",
    example: "2026-12-04",
  }),
  to: ZWindowEdge.optional().meta({
    description: `End of the window (exclusive): an instant, or a date (through the end of that day in the business's time zone). Default: ${DEFAULT_WINDOW_DAYS} days after \`from\`; at most ${MAX_WINDOW_DAYS} days after it.`,
    example: "2026-12-06",
  }),
  step: z.coerce.number().int().min(5).max(240).optional().meta({
    description: "Minutes between start times; default: the business's slot step",
    example: 15,
  }),
});
export type TAvailabilityQuery = z.infer<typeof ZAvailabilityQuery>;

const ZSlot = z.iso.datetime().meta({
  description: "A free start time (UTC instant; show it in the business's time zone)",
  example: "2026-12-04T09:30:00.000Z",
});

export const ZEmployeeAvailability = z
  .object({
    employeeId: z.uuid(),
    name: z.string(),
    slots: z.array(ZSlot),
  })
  .meta({ id: "EmployeeAvailability" });

export const ZAvailability = z
  .object({
    businessId: z.uuid(),
    timeZone: z.string().meta({ example: "Europe/Tirane" }),
    from: z.iso.datetime().meta({ description: "The window asked for, resolved to instants" }),
    to: z.iso.datetime(),
    stepMinutes: z.number().int(),
    durationMinutes: z.number().int().meta({ description: "The services' total duration" }),
    bufferMinutes: z.number().int().meta({
      description: "Time the employee stays busy after the last service",
    }),
    employees: z.array(ZEmployeeAvailability).meta({
      description:
        "Every active employee who performs all the services, in the business's order, with their free start times",
    }),
    anyEmployee: z.array(ZSlot).meta({
      description:
        '"First available": start times at which at least one of them is free (book with no employee and one is chosen)',
    }),
  })
  .meta({
    id: "Availability",
    example: {
      businessId: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e40",
      timeZone: "Europe/Tirane",
      from: "2026-12-03T23:00:00.000Z",
      to: "2026-12-04T23:00:00.000Z",
      stepMinutes: 30,
      durationMinutes: 30,
      bufferMinutes: 10,
      employees: [
        {
          employeeId: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e60",
          name: "Ana",
          slots: ["2026-12-04T08:00:00.000Z", "2026-12-04T09:00:00.000Z"],
        },
        {
          employeeId: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e61",
          name: "Ben",
          slots: ["2026-12-04T08:30:00.000Z"],
        },
      ],
      anyEmployee: [
        "2026-12-04T08:00:00.000Z",
        "2026-12-04T08:30:00.000Z",
        "2026-12-04T09:00:00.000Z",
      ],
    },
  });
export type TAvailability = z.infer<typeof ZAvailability>;
