import { CalendarDays, ChevronRight, UserRound } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { BookingStatusBadge } from "@/components/booking/status-badge";
import { localTime } from "@/components/booking/slot-picker-utils";
import type { TBooking } from "@/lib/booking/bookings.schemas";
import { formatPrice, formatZonedDay } from "./format";

/** One of the customer's bookings in /account: where, what, who, when, status; opens it. */
export function BookingCard({ booking }: { booking: TBooking }) {
  const t = useTranslations("bookingFlowUi.account");
  const locale = useLocale();
  const zone = booking.business.timeZone;
  return (
    <li>
      <Link
        href={`/account/bookings/${booking.id}`}
        data-testid="booking-card"
        className="group flex items-start gap-3 rounded-lg border bg-card p-4 transition-colors hover:bg-muted/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{booking.business.name}</span>
            <BookingStatusBadge status={booking.status} />
          </div>
          <p className="truncate text-sm">
            {booking.services.map((service) => service.name).join(", ")}
          </p>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <span className="inline-flex items-center gap-1">
              <CalendarDays className="size-3.5" aria-hidden />
              <time dateTime={booking.startsAt}>
                {formatZonedDay(booking.startsAt, zone, locale)},{" "}
                {localTime(booking.startsAt, zone)}
              </time>
            </span>
            {booking.employee.name && (
              <span className="inline-flex items-center gap-1">
                <UserRound className="size-3.5" aria-hidden />
                {t("with", { name: booking.employee.name })}
              </span>
            )}
            <span>{formatPrice(booking.totalPriceMinor, booking.currency, locale)}</span>
          </p>
        </div>
        <ChevronRight
          className="mt-1 size-4 shrink-0 text-muted-foreground group-hover:text-foreground"
          aria-hidden
        />
      </Link>
    </li>
  );
}
