import {
  ArrowLeft,
  CalendarClock,
  CalendarPlus,
  CircleAlert,
  CircleCheck,
  MapPin,
  Phone,
  Store,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CancelBooking } from "@/components/booking/flow/cancel-booking";
import { DayStrip } from "@/components/booking/flow/day-strip";
import { formatPrice, formatZonedDay } from "@/components/booking/flow/format";
import { RatingForm } from "@/components/booking/flow/rating-form";
import { RatingThread } from "@/components/booking/flow/rating-thread";
import { RescheduleConfirm } from "@/components/booking/flow/reschedule-confirm";
import { CustomerTimeNote } from "@/components/booking/flow/zoned-time";
import { SlotPicker } from "@/components/booking/slot-picker";
import {
  dayStrip,
  isDateOnly,
  localDate,
  localTime,
  slotsOnDay,
} from "@/components/booking/slot-picker-utils";
import { BookingStatusBadge } from "@/components/booking/status-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getMyBooking } from "@/lib/booking/bookings.queries";
import { isActive } from "@/lib/booking/bookings.rules";
import type { TBooking } from "@/lib/booking/bookings.schemas";
import type { TRating } from "@/lib/booking/ratings.schemas";
import { getMyRating, ratingEligibility } from "@/lib/booking/ratings.service";
import { AppError, NotFoundError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/translator";
import type { Viewer } from "@/lib/identity/viewer";
import { requireWebViewer } from "@/lib/identity/web-session";
import {
  answerRatingAction,
  cancelBookingAction,
  rateBookingAction,
  rescheduleBookingAction,
} from "./actions";
import { rescheduleSlots } from "./reschedule-slots";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function loadBooking(viewer: Viewer, id: string, locale: Locale) {
  if (!UUID.test(id)) notFound();
  try {
    return await getMyBooking(viewer.user.id, id, locale);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

const pageLocale = async () => {
  const requested = await getLocale();
  return isLocale(requested) ? requested : DEFAULT_LOCALE;
};

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const { id } = await params;
  const viewer = await requireWebViewer(`/account/bookings/${id}`);
  const booking = await loadBooking(viewer, id, await pageLocale());
  const t = await getTranslations("bookingFlowUi.detail");
  return { title: t("title", { business: booking.business.name }) };
}

/** Still ahead, and still inside the window in which the customer may change it. */
function timing(booking: TBooking, now: Date) {
  const upcoming = Date.parse(booking.startsAt) > now.getTime();
  const changeable =
    isActive(booking.status) && upcoming && Date.parse(booking.changeableUntil) > now.getTime();
  return { upcoming, changeable };
}

/** One of the customer's bookings: what, when, where, and what they can still do with it. */
export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const viewer = await requireWebViewer(`/account/bookings/${id}`);
  const locale = await pageLocale();
  const booking = await loadBooking(viewer, id, locale);
  const t = await getTranslations("bookingFlowUi.detail");
  const zone = booking.business.timeZone;
  const { upcoming, changeable } = timing(booking, new Date());
  const rescheduling = changeable && first(query.reschedule) === "1";
  const when = `${formatZonedDay(booking.startsAt, zone, locale)}, ${localTime(booking.startsAt, zone)}–${localTime(booking.endsAt, zone)}`;
  const summary = `${booking.business.name}, ${formatZonedDay(booking.startsAt, zone, locale)} ${localTime(booking.startsAt, zone)}`;

  return (
    <div className="grid gap-6">
      <Link
        href="/account"
        className="inline-flex w-fit items-center gap-1.5 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("back")}
      </Link>

      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">
            {booking.services.map((service) => service.name).join(", ")}
          </h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {t("atBusiness", { business: booking.business.name })}
          </p>
        </div>
        <BookingStatusBadge
          status={booking.status}
          data-testid="booking-status"
          className="text-sm"
        />
      </header>

      <Flash booking={booking} query={query} />

      <div className="grid gap-6">
        <div className="grid content-start gap-6">
          <Card className="grid gap-4 p-4 sm:p-6">
            <div className="flex items-start gap-3">
              <CalendarClock className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
              <div>
                <p className="font-medium">
                  <time dateTime={booking.startsAt}>{when}</time>
                </p>
                <p className="text-xs text-muted-foreground">
                  {t("inZone", { zone })}{" "}
                  <CustomerTimeNote instant={booking.startsAt} timeZone={zone} />
                </p>
              </div>
            </div>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted-foreground">{t("staff")}</dt>
                <dd>{booking.employee.name}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{t("visit")}</dt>
                <dd>
                  {t(`visitType.${booking.visitType}`)}
                  {booking.visitAddress && ` · ${booking.visitAddress}`}
                </dd>
              </div>
            </dl>
            <div>
              <h2 className="mb-2 text-sm font-medium">{t("services")}</h2>
              <ul className="divide-y rounded-md border text-sm">
                {booking.services.map((service, index) => (
                  <li
                    key={`${service.serviceId}-${index}`}
                    className="flex justify-between gap-3 p-2.5"
                  >
                    <span>
                      {service.name}{" "}
                      <span className="text-muted-foreground">
                        · {t("minutes", { minutes: service.durationMinutes })}
                      </span>
                    </span>
                    <span className="tabular-nums">
                      {formatPrice(service.priceMinor, booking.currency, locale)}
                    </span>
                  </li>
                ))}
                <li className="flex justify-between gap-3 p-2.5 font-semibold">
                  <span>{t("total")}</span>
                  <span className="tabular-nums">
                    {formatPrice(booking.totalPriceMinor, booking.currency, locale)}
                  </span>
                </li>
              </ul>
            </div>
            {booking.notes && (
              <div className="text-sm">
                <h2 className="mb-1 font-medium">{t("notes")}</h2>
                <p className="whitespace-pre-line text-muted-foreground">{booking.notes}</p>
              </div>
            )}
            {booking.cancelReason && (
              <div className="rounded-md bg-muted/60 p-3 text-sm" data-testid="cancel-reason">
                <h2 className="mb-1 font-medium">
                  {booking.status === "rejected" ? t("rejectReason") : t("cancelReason")}
                </h2>
                <p className="whitespace-pre-line">{booking.cancelReason}</p>
              </div>
            )}
          </Card>

          {rescheduling && (
            <Card className="grid gap-4 p-4 sm:p-6" data-testid="reschedule">
              <div className="flex items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">{t("reschedule.title")}</h2>
                <Button asChild variant="ghost" size="sm">
                  <Link href={`/account/bookings/${booking.id}`}>{t("reschedule.close")}</Link>
                </Button>
              </div>
              <RescheduleSection booking={booking} query={query} locale={locale} />
            </Card>
          )}

          {booking.status === "completed" && <RateSection booking={booking} viewer={viewer} />}
        </div>

        <aside className="grid content-start gap-4">
          <Card className="grid gap-2 p-4 text-sm">
            <h2 className="flex items-center gap-2 text-base font-semibold">
              <Store className="size-4" aria-hidden />
              <Link
                href={`/businesses/${booking.business.slug}`}
                className="hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {booking.business.name}
              </Link>
            </h2>
            {booking.business.address && (
              <p className="flex items-start gap-2 text-muted-foreground">
                <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden />
                <a
                  href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(booking.business.address)}`}
                  className="hover:underline"
                  target="_blank"
                  rel="noreferrer"
                >
                  {booking.business.address}
                </a>
              </p>
            )}
            {booking.business.phone && (
              <p className="flex items-center gap-2 text-muted-foreground">
                <Phone className="size-4" aria-hidden />
                <a href={`tel:${booking.business.phone}`} className="hover:underline">
                  {booking.business.phone}
                </a>
              </p>
            )}
          </Card>

          {isActive(booking.status) && upcoming && (
            <Card className="grid gap-3 p-4" data-testid="booking-actions">
              <h2 className="text-base font-semibold">{t("actions")}</h2>
              {changeable ? (
                <>
                  {!rescheduling && (
                    <Button asChild variant="outline">
                      <Link
                        href={`/account/bookings/${booking.id}?reschedule=1&date=${localDate(booking.startsAt, zone)}`}
                        data-testid="booking-reschedule"
                      >
                        <CalendarClock aria-hidden />
                        {t("reschedule.open")}
                      </Link>
                    </Button>
                  )}
                  <CancelBooking
                    action={cancelBookingAction}
                    bookingId={booking.id}
                    summary={summary}
                  />
                  <p className="text-xs text-muted-foreground">
                    {t("changeableUntil", {
                      when: `${formatZonedDay(booking.changeableUntil, zone, locale)}, ${localTime(booking.changeableUntil, zone)}`,
                    })}
                  </p>
                </>
              ) : (
                <p className="text-sm text-muted-foreground">{t("windowClosed")}</p>
              )}
              <Button asChild variant="ghost">
                <a href={`/account/bookings/${booking.id}/calendar.ics`} download>
                  <CalendarPlus aria-hidden />
                  {t("addToCalendar")}
                </a>
              </Button>
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}

async function Flash({ booking, query }: { booking: TBooking; query: SearchParams }) {
  const t = await getTranslations("bookingFlowUi.detail");
  const booked = first(query.booked) === "1";
  const moved = first(query.rescheduled) === "1";
  if (!booked && !moved) return null;
  const pending = booking.status === "pending";
  return (
    <div
      role="status"
      className="flex items-start gap-2 rounded-lg border border-success/40 bg-success/10 p-3 text-sm"
      data-testid="booking-flash"
    >
      <CircleCheck className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
      <p>
        {booked ? t("flash.booked") : t("flash.rescheduled")}{" "}
        {pending ? t("flash.pending") : t("flash.confirmed")}
      </p>
    </div>
  );
}

/** Day strip + slot grid for the booking's services and employee; picking a slot asks to confirm. */
async function RescheduleSection({
  booking,
  query,
  locale,
}: {
  booking: TBooking;
  query: SearchParams;
  locale: Locale;
}) {
  const t = await getTranslations("bookingFlowUi");
  const zone = booking.business.timeZone;
  const path = `/account/bookings/${booking.id}`;
  const today = localDate(new Date(), zone);
  const dateParam = first(query.date);
  // The business's horizon is enforced by the availability query; the strip shows two weeks.
  const strip = dayStrip({
    today,
    selected: isDateOnly(dateParam) ? dateParam : today,
    horizonDays: 365,
  });
  const timeParam = first(query.time);
  const picked = timeParam && !Number.isNaN(Date.parse(timeParam)) ? timeParam : null;

  let slots: string[];
  try {
    slots = await rescheduleSlots(booking, {
      firstDay: strip.days[0]!,
      lastDay: strip.days.at(-1)!,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <p role="alert" className="flex items-start gap-2 text-sm text-destructive">
        <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        {localize(getTranslator(locale), error.messageKey, error.values)}
      </p>
    );
  }
  const freeCount: Record<string, number> = {};
  for (const iso of slots) {
    const day = localDate(iso, zone);
    freeCount[day] = (freeCount[day] ?? 0) + 1;
  }
  const daySlots = slotsOnDay(slots, strip.selected, zone);

  return (
    <div className="grid gap-5">
      {picked && (
        <RescheduleConfirm
          key={picked}
          action={rescheduleBookingAction}
          bookingId={booking.id}
          employeeId={booking.employee.id}
          startsAt={picked}
          timeZone={zone}
        />
      )}
      <DayStrip
        strip={strip}
        freeCount={freeCount}
        hrefFor={(day) => `${path}?reschedule=1&date=${day}`}
      />
      {daySlots.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
          {t("time.noSlots")}
        </p>
      ) : (
        <form method="get" action={path}>
          <input type="hidden" name="reschedule" value="1" />
          <input type="hidden" name="date" value={strip.selected} />
          <SlotPicker slots={daySlots} timeZone={zone} selected={picked} name="time" />
        </form>
      )}
    </div>
  );
}

/** After a completed visit: rate the business and the employee, or see those ratings. */
async function RateSection({ booking, viewer }: { booking: TBooking; viewer: Viewer }) {
  const t = await getTranslations("bookingFlowUi.rating");
  let eligibility;
  try {
    eligibility = await ratingEligibility(viewer, booking.business.id);
  } catch (error) {
    // A business that stopped publishing takes no new ratings.
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const employee = eligibility.employees.find((entry) => entry.employeeId === booking.employee.id);
  const targets: { key: string; title: string; employeeId?: string; ratingId: string | null }[] = [
    {
      key: "business",
      title: t("rateBusiness", { name: booking.business.name }),
      ratingId: eligibility.business.ratingId,
    },
  ];
  if (employee) {
    targets.push({
      key: employee.employeeId,
      title: t("rateEmployee", { name: employee.name }),
      employeeId: employee.employeeId,
      ratingId: employee.ratingId,
    });
  }
  const ratings = await Promise.all(
    targets.map((target) =>
      target.ratingId ? getMyRating(viewer, target.ratingId) : Promise.resolve(null),
    ),
  );

  return (
    <section aria-labelledby="rate-title" className="grid gap-4" data-testid="rate-section">
      <div>
        <h2 id="rate-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      <div className="grid gap-4">
        {targets.map((target, index) => {
          const rating: TRating | null = ratings[index] ?? null;
          return (
            <Card key={target.key} className="grid content-start gap-3 p-4">
              <h3 className="font-medium">{target.title}</h3>
              {rating ? (
                <RatingThread
                  rating={rating}
                  bookingId={booking.id}
                  employeeId={target.employeeId}
                  rateAction={rateBookingAction}
                  answerAction={answerRatingAction}
                />
              ) : (
                <RatingForm
                  action={rateBookingAction}
                  bookingId={booking.id}
                  employeeId={target.employeeId}
                />
              )}
            </Card>
          );
        })}
      </div>
    </section>
  );
}
