import { z } from "zod";
import { HOURS_KINDS } from "@/db/schema/booking";

export const ZWallTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: "booking.hours.validation.time" })
  .meta({
    description: "Wall time in the business's zone, `HH:MM` (24:00 = midnight at the end)",
    example: "09:00",
  });

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const ZHoursRange = z
  .strictObject({
    weekday: z
      .number()
      .int()
      .min(1)
      .max(7)
      .meta({ description: "ISO weekday: 1 = Monday … 7 = Sunday" }),
    opensAt: ZWallTime,
    closesAt: ZWallTime,
    kind: z
      .enum(HOURS_KINDS)
      .default("open")
      .meta({ description: "`break` cuts time out of the open ranges" }),
  })
  .meta({
    id: "HoursRange",
    example: { weekday: 1, opensAt: "09:00", closesAt: "17:00", kind: "open" },
  });
export type THoursRange = z.infer<typeof ZHoursRange>;

/**
 * A week of ranges: each ends after it starts, open ranges of a day do not overlap, and a
 * break lies inside one of that day's open ranges.
 */
const ZWeek = z
  .array(ZHoursRange)
  .max(70)
  .superRefine((ranges, issues) => {
    const opens = ranges.filter((range) => range.kind === "open");
    ranges.forEach((range, index) => {
      const start = minutesOf(range.opensAt);
      const end = minutesOf(range.closesAt);
      if (end <= start) {
        issues.addIssue({
          code: "custom",
          path: [index, "closesAt"],
          message: "booking.hours.validation.endBeforeStart",
        });
        return;
      }
      const sameDay = opens.filter((other) => other !== range && other.weekday === range.weekday);
      if (range.kind === "open") {
        const overlaps = sameDay.some(
          (other) => minutesOf(other.opensAt) < end && start < minutesOf(other.closesAt),
        );
        if (overlaps) {
          issues.addIssue({
            code: "custom",
            path: [index],
            message: "booking.hours.validation.overlap",
          });
        }
      } else {
        const inside = sameDay.some(
          (other) => minutesOf(other.opensAt) <= start && end <= minutesOf(other.closesAt),
        );
        if (!inside) {
          issues.addIssue({
            code: "custom",
            path: [index],
            message: "booking.hours.validation.breakOutside",
          });
        }
      }
    });
  });

export const ZSetHours = z
  .strictObject({
    employeeId: z
      .uuid()
      .nullable()
      .default(null)
      .meta({ description: "Hours of one employee; null for the business" }),
    serviceId: z
      .uuid()
      .nullable()
      .default(null)
      .meta({ description: "Hours of one service (with an employee: of that pair)" }),
    ranges: ZWeek.meta({
      description: "Replaces that level's week; empty falls back to the level above",
    }),
  })
  .meta({ id: "SetHours" });
export type TSetHours = z.infer<typeof ZSetHours>;

export const ZBatchHours = z
  .strictObject({
    employeeIds: z.array(z.uuid()).min(1).max(200),
    ranges: ZWeek,
  })
  .meta({ id: "BatchEmployeeHours", description: "The same week for every employee listed" });
export type TBatchHours = z.infer<typeof ZBatchHours>;

export const ZHoursEntry = z
  .object({
    id: z.uuid(),
    employeeId: z.uuid().nullable(),
    serviceId: z.uuid().nullable(),
    weekday: z.number().int(),
    opensAt: z.string(),
    closesAt: z.string(),
    kind: z.enum(HOURS_KINDS),
  })
  .meta({ id: "HoursEntry" });
export type THoursEntry = z.infer<typeof ZHoursEntry>;

export const ZBusinessHours = z
  .object({
    timeZone: z.string(),
    hours: z.array(ZHoursEntry).meta({
      description:
        "Business rows have no employee and no service; the most specific level with rows for a weekday wins",
    }),
  })
  .meta({ id: "BusinessHours" });
export type TBusinessHours = z.infer<typeof ZBusinessHours>;

const ZWhen = z.iso.datetime({ offset: true, local: true }).meta({
  description: "An instant with an offset, or a local date-time in the business's zone",
  example: "2026-12-24T13:00",
});

export const ZCreateTimeOff = z
  .strictObject({
    employeeId: z
      .uuid()
      .nullable()
      .default(null)
      .meta({ description: "Null closes the whole business" }),
    startsAt: ZWhen,
    endsAt: ZWhen,
    reason: z.string().trim().max(300).nullable().optional(),
  })
  .meta({ id: "CreateTimeOff" });
export type TCreateTimeOff = z.infer<typeof ZCreateTimeOff>;

export const ZUpdateTimeOff = z
  .strictObject({
    startsAt: ZWhen.optional(),
    endsAt: ZWhen.optional(),
    reason: z.string().trim().max(300).nullable().optional(),
  })
  .meta({ id: "UpdateTimeOff", description: "Only the fields sent change" });
export type TUpdateTimeOff = z.infer<typeof ZUpdateTimeOff>;

export const ZTimeOff = z
  .object({
    id: z.uuid(),
    employeeId: z.uuid().nullable(),
    startsAt: z.date(),
    endsAt: z.date(),
    reason: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: "TimeOff" });
export type TTimeOff = z.infer<typeof ZTimeOff>;

export const ZListTimeOffQuery = z.strictObject({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: "Ending after this instant (default: now)" }),
  employeeId: z.uuid().optional(),
});

export const ZPublicClosure = z
  .object({ startsAt: z.date(), endsAt: z.date(), reason: z.string().nullable() })
  .meta({ id: "BusinessClosure" });

export const ZPublicHours = z
  .object({
    timeZone: z.string(),
    hours: z.array(ZHoursEntry.omit({ id: true })),
    closures: z
      .array(ZPublicClosure)
      .meta({ description: "Whole-business closures of the next 90 days" }),
  })
  .meta({ id: "PublicBusinessHours" });
export type TPublicHours = z.infer<typeof ZPublicHours>;
