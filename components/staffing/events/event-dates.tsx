import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** Calendar dates (no time, no zone) read as UTC midnight, so no zone can shift the day. */
export const calendarDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** An event's dates: one day, or a range written the locale's way ("4–6 Dec 2026"). */
export function EventDates({
  start,
  end,
  format,
}: {
  start: string;
  end: string;
  format: Formatter;
}) {
  const options = { dateStyle: "medium", timeZone: "UTC" } as const;
  return (
    <span>
      {start === end
        ? format.dateTime(calendarDate(start), options)
        : format.dateTimeRange(calendarDate(start), calendarDate(end), options)}
    </span>
  );
}
