/**
 * The stepper keeps its whole state in the URL (services, staff, day, time, step), so back,
 * forward and refresh land on the same screen and a sign-in can come back to it.
 */

export const BOOKING_STEPS = ["services", "staff", "time", "confirm"] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

export interface BookingChoice {
  services: string[];
  /** An employee id; null or "" is "any available". */
  staff?: string | null;
  date?: string | null;
  time?: string | null;
  step?: BookingStep;
}

export const bookPath = (slug: string) => `/businesses/${encodeURIComponent(slug)}/book`;

export function bookHref(slug: string, choice: BookingChoice): string {
  const params = new URLSearchParams();
  for (const id of choice.services) params.append("service", id);
  if (choice.step && choice.step !== "services") {
    // Staff is kept even when empty: "any available" is a choice, not a missing one.
    params.set("staff", choice.staff ?? "");
  }
  if (choice.date) params.set("date", choice.date);
  if (choice.time) params.set("time", choice.time);
  if (choice.step) params.set("step", choice.step);
  return `${bookPath(slug)}?${params.toString()}`;
}

export const isBookingStep = (value: unknown): value is BookingStep =>
  typeof value === "string" && (BOOKING_STEPS as readonly string[]).includes(value);
