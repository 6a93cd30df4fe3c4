import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Badge } from "@/components/ui/badge";
import type { BookingStatus } from "@/lib/booking/bookings.rules";

/** Waiting amber, confirmed green, declined or canceled grey, done blue, no-show red. */
export const BOOKING_STATUS_TONES = {
  pending: "pending",
  confirmed: "success",
  rejected: "neutral",
  canceled: "neutral",
  completed: "info",
  no_show: "danger",
} as const satisfies Record<BookingStatus, string>;

export function BookingStatusBadge({
  status,
  ...props
}: { status: BookingStatus } & Omit<ComponentProps<typeof Badge>, "tone" | "children">) {
  const t = useTranslations("bookingCalendarUi.status");
  return (
    <Badge tone={BOOKING_STATUS_TONES[status]} {...props}>
      {t(status)}
    </Badge>
  );
}
