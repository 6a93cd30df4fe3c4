import { Building2, List } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { BookingSheetLoader } from "@/components/booking/calendar/booking-sheet-loader";
import { CalendarGrid } from "@/components/booking/calendar/calendar-grid";
import { CalendarToolbar } from "@/components/booking/calendar/calendar-toolbar";
import {
  hoursAxis,
  isDateString,
  todayIn,
  viewWindow,
  visibleDays,
  type CalendarView,
} from "@/components/booking/calendar/layout";
import { NewBookingDialog } from "@/components/booking/calendar/new-booking-dialog";
import { loadNewBookingOptions } from "@/components/booking/calendar/new-booking-options";
import { CALENDAR_STATUSES, type CalendarData } from "@/components/booking/calendar/types";
import { withParams } from "@/components/booking/calendar/url";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listManagedBookings } from "@/lib/booking/bookings.queries";
import { listBusinessEmployees } from "@/lib/booking/catalog.service";
import { getBusinessHours, listTimeOff } from "@/lib/booking/hours.service";
import { orgChannel } from "@/lib/realtime/channels";
import { pickBusiness, requireBookingOrg } from "./booking-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCalendarUi.calendar");
  return { title: t("title") };
}

const PATH = "/manage/bookings";
/** `booking.changed` from lib/booking/live.ts (that module enqueues jobs: not for the browser). */
const BOOKING_CHANGED_EVENT = "booking.changed";

type Params = {
  business?: string;
  view?: string;
  date?: string;
  employee?: string;
  booking?: string;
};

export default async function BookingCalendarPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const { org, locale, businesses, canEdit } = await requireBookingOrg();
  const t = await getTranslations("bookingCalendarUi.calendar");
  const tNoBusiness = await getTranslations("bookingUi.noBusiness");
  const params = await searchParams;
  const business = pickBusiness(businesses, params.business);

  if (!business) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState
          icon={Building2}
          title={tNoBusiness("title")}
          action={
            canEdit ? (
              <Button asChild>
                <Link href="/manage/bookings/businesses/new">{tNoBusiness("action")}</Link>
              </Button>
            ) : undefined
          }
        >
          <p>{tNoBusiness("body")}</p>
        </EmptyState>
      </>
    );
  }

  const view: CalendarView = params.view === "day" ? "day" : "week";
  const date = isDateString(params.date) ? params.date : todayIn(business.timeZone);
  const days = visibleDays(date, view);
  const window = viewWindow(days, business.timeZone);

  const allEmployees = await listBusinessEmployees(org, business.id, locale);
  const employees = allEmployees.filter((employee) => employee.active);
  const employeeId =
    z.uuid().safeParse(params.employee).success &&
    allEmployees.some((employee) => employee.id === params.employee)
      ? params.employee!
      : null;

  const [hours, timeOff, bookings, newBooking] = await Promise.all([
    getBusinessHours(org, business.id),
    listTimeOff(org, business.id, { from: window.from.toISOString() }),
    listManagedBookings(
      org,
      {
        businessId: business.id,
        employeeId: employeeId ?? undefined,
        status: CALENDAR_STATUSES,
        from: window.from,
        to: window.to,
        sort: "asc",
        page: 1,
        pageSize: 500,
      },
      locale,
    ),
    canEdit ? loadNewBookingOptions(org, business, locale, date) : null,
  ]);

  const query: Record<string, string | undefined> = {
    business: businesses.length > 1 ? business.id : undefined,
    view: params.view === "day" ? "day" : undefined,
    date: isDateString(params.date) ? params.date : undefined,
    employee: employeeId ?? undefined,
    booking: params.booking,
  };

  const data: CalendarData = {
    businessId: business.id,
    timeZone: business.timeZone,
    view,
    date,
    days,
    axis: hoursAxis(hours.hours, days),
    employees: employees.map((employee) => ({ id: employee.id, name: employee.name })),
    employeeId,
    hours: hours.hours,
    timeOff: timeOff
      .filter((span) => span.startsAt < window.to)
      .map((span) => ({
        employeeId: span.employeeId,
        startsAt: span.startsAt.toISOString(),
        endsAt: span.endsAt.toISOString(),
        reason: span.reason,
      })),
    bookings: bookings.items.map((booking) => ({
      id: booking.id,
      status: booking.status,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      employeeId: booking.employee.id,
      employeeName: booking.employee.name,
      customerName: booking.client?.name || booking.customer?.name || t("unknownCustomer"),
      services: booking.services.map((service) => service.name),
    })),
    canEdit,
  };

  return (
    <>
      <LiveRefresh channel={orgChannel(org.orgId)} event={BOOKING_CHANGED_EVENT} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        action={
          <Button asChild variant="outline">
            <Link href={withParams(`${PATH}/list`, { business: query.business }, {})}>
              <List aria-hidden />
              {t("listLink")}
            </Link>
          </Button>
        }
      />
      <CalendarToolbar
        query={query}
        view={view}
        date={date}
        days={days}
        timeZone={business.timeZone}
        businesses={businesses.map((entry) => ({ id: entry.id, name: entry.name }))}
        businessId={business.id}
        employees={data.employees}
        employeeId={employeeId}
        newBooking={newBooking ? <NewBookingDialog {...newBooking} query={query} /> : undefined}
      />
      <CalendarGrid data={data} query={query} />
      <CalendarLegend />
      <BookingSheetLoader
        org={org}
        locale={locale}
        bookingId={params.booking}
        canEdit={canEdit}
        closeHref={withParams(PATH, query, { booking: null })}
      />
    </>
  );
}

async function CalendarLegend() {
  const t = await getTranslations("bookingCalendarUi");
  const items = [
    ["pending", "border-dashed border-amber-500 bg-amber-50"],
    ["confirmed", "border-green-600 bg-green-50"],
    ["completed", "border-blue-500 bg-blue-50"],
    ["no_show", "border-red-500 bg-red-50"],
  ] as const;
  return (
    <ul
      className="mt-3 flex flex-wrap gap-4 text-xs text-muted-foreground"
      aria-label={t("calendar.legend")}
    >
      {items.map(([status, tone]) => (
        <li key={status} className="flex items-center gap-1.5">
          <span
            className={`inline-block size-3 rounded-sm border border-l-4 ${tone}`}
            aria-hidden
          />
          {t(`status.${status}`)}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span className="inline-block size-3 rounded-sm bg-muted" aria-hidden />
        {t("calendar.closed")}
      </li>
    </ul>
  );
}
