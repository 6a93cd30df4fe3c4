import { ArrowDown, ArrowUp, Building2, CalendarDays, Download, ListX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BookingSheetLoader } from "@/components/booking/calendar/booking-sheet-loader";
import { localTimeOf, todayIn } from "@/components/booking/calendar/layout";
import { NewBookingDialog } from "@/components/booking/calendar/new-booking-dialog";
import { loadNewBookingOptions } from "@/components/booking/calendar/new-booking-options";
import { withParams } from "@/components/booking/calendar/url";
import { BookingStatusBadge } from "@/components/booking/status-badge";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Pagination } from "@/components/tenancy/pagination";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { fieldControlClass } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { BOOKING_STATUSES } from "@/db/schema/booking";
import { listManagedBookings } from "@/lib/booking/bookings.queries";
import { listBusinessEmployees } from "@/lib/booking/catalog.service";
import { NotFoundError } from "@/lib/errors";
import { orgChannel } from "@/lib/realtime/channels";
import { cn } from "@/lib/utils/cn";
import { pickBusiness, requireBookingOrg } from "../booking-context";
import {
  filterParams,
  LIST_PAGE_SIZE,
  LIST_PATH,
  type ListParams,
  readListFilters,
  toBookingsQuery,
} from "./filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCalendarUi.list");
  return { title: t("title") };
}

export default async function BookingListPage({
  searchParams,
}: {
  searchParams: Promise<ListParams>;
}) {
  const { org, locale, businesses, canEdit } = await requireBookingOrg();
  const t = await getTranslations("bookingCalendarUi.list");
  const tStatus = await getTranslations("bookingCalendarUi.status");
  const tNoBusiness = await getTranslations("bookingUi.noBusiness");
  const format = await getFormatter();
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

  const filters = readListFilters(params);
  const businessParam = businesses.length > 1 ? business.id : undefined;
  const base = filterParams(filters, businessParam);
  const [employees, result, newBooking] = await Promise.all([
    listBusinessEmployees(org, business.id, locale),
    listManagedBookings(
      org,
      toBookingsQuery(filters, business, { page: filters.page, pageSize: LIST_PAGE_SIZE }),
      locale,
    ).catch((error: unknown) => {
      // An employee id from another business in the URL: an empty list, not an error page.
      if (error instanceof NotFoundError) {
        return { items: [], meta: { page: 1, pageSize: LIST_PAGE_SIZE, total: 0 } };
      }
      throw error;
    }),
    canEdit ? loadNewBookingOptions(org, business, locale, todayIn(business.timeZone)) : null,
  ]);
  const query = { ...base, page: filters.page > 1 ? String(filters.page) : undefined };
  const filtered = Boolean(
    filters.employeeId || filters.statuses.length || filters.from || filters.to,
  );
  const zone = business.timeZone;
  const exportHref = withParams(`${LIST_PATH}/export`, base, {});

  const toggleStatus = (status: string) => {
    const next = filters.statuses.includes(status as never)
      ? filters.statuses.filter((entry) => entry !== status)
      : [...filters.statuses, status];
    return withParams(LIST_PATH, base, { status: next.join(",") || null, booking: null });
  };
  const money = (minor: number, currency: string) =>
    format.number(minor / 100, { style: "currency", currency });

  return (
    <>
      <LiveRefresh channel={orgChannel(org.orgId)} event="booking.changed" />
      <PageHeader
        title={t("title")}
        description={t("description")}
        action={
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <Link href={withParams("/manage/bookings", { business: businessParam }, {})}>
                <CalendarDays aria-hidden />
                {t("calendarLink")}
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href={exportHref} data-testid="bookings-export" download>
                <Download aria-hidden />
                {t("export")}
              </a>
            </Button>
            {newBooking && <NewBookingDialog {...newBooking} query={query} />}
          </div>
        }
      />

      <section aria-label={t("filters")} className="mb-4 grid gap-3">
        <form method="get" action={LIST_PATH} className="flex flex-wrap items-end gap-3">
          {businesses.length > 1 && (
            <label className="grid gap-1 text-xs font-medium text-muted-foreground">
              {t("business")}
              <select
                name="business"
                defaultValue={business.id}
                className={cn(fieldControlClass, "h-9 min-w-36 py-1 text-foreground")}
              >
                {businesses.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="grid gap-1 text-xs font-medium text-muted-foreground">
            {t("employee")}
            <select
              name="employee"
              defaultValue={filters.employeeId ?? ""}
              className={cn(fieldControlClass, "h-9 min-w-36 py-1 text-foreground")}
            >
              <option value="">{t("allEmployees")}</option>
              {employees.map((employee) => (
                <option key={employee.id} value={employee.id}>
                  {employee.name}
                </option>
              ))}
            </select>
          </label>
          <label className="grid gap-1 text-xs font-medium text-muted-foreground">
            {t("from")}
            <input
              type="date"
              name="from"
              defaultValue={filters.from}
              className={cn(fieldControlClass, "h-9 py-1 text-foreground")}
            />
          </label>
          <label className="grid gap-1 text-xs font-medium text-muted-foreground">
            {t("to")}
            <input
              type="date"
              name="to"
              defaultValue={filters.to}
              className={cn(fieldControlClass, "h-9 py-1 text-foreground")}
            />
          </label>
          {base.status && <input type="hidden" name="status" value={base.status} />}
          {base.sort && <input type="hidden" name="sort" value={base.sort} />}
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
          {filtered && (
            <Button asChild variant="ghost">
              <Link href={withParams(LIST_PATH, { business: businessParam }, {})}>
                {t("clear")}
              </Link>
            </Button>
          )}
        </form>
        <div role="group" aria-label={t("statuses")} className="flex flex-wrap gap-2">
          {BOOKING_STATUSES.map((status) => {
            const on = filters.statuses.includes(status);
            return (
              <Link
                key={status}
                href={toggleStatus(status)}
                aria-pressed={on}
                data-testid={`status-chip-${status}`}
                className={cn(
                  "rounded-full border px-3 py-1 text-xs font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  on ? "border-primary bg-primary text-primary-foreground" : "hover:bg-muted",
                )}
              >
                {tStatus(status)}
              </Link>
            );
          })}
        </div>
      </section>

      {result.items.length === 0 ? (
        <EmptyState
          icon={ListX}
          title={filtered ? t("noMatchesTitle") : t("emptyTitle")}
          action={
            !filtered && newBooking ? <NewBookingDialog {...newBooking} query={query} /> : undefined
          }
        >
          <p>{filtered ? t("noMatchesBody") : t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-xs text-muted-foreground" aria-live="polite">
            {t("count", { count: result.meta.total })} · {t("timeZone", { zone })}
          </p>
          <div className="overflow-x-auto rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead aria-sort={filters.sort === "desc" ? "descending" : "ascending"}>
                    <Link
                      href={withParams(LIST_PATH, base, {
                        sort: filters.sort === "desc" ? null : "desc",
                      })}
                      className="inline-flex items-center gap-1 hover:underline"
                    >
                      {t("start")}
                      {filters.sort === "desc" ? (
                        <ArrowDown className="size-3.5" aria-hidden />
                      ) : (
                        <ArrowUp className="size-3.5" aria-hidden />
                      )}
                      <span className="sr-only">
                        {filters.sort === "desc" ? t("sortAsc") : t("sortDesc")}
                      </span>
                    </Link>
                  </TableHead>
                  <TableHead>{t("customer")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("services")}</TableHead>
                  <TableHead className="hidden sm:table-cell">{t("employee")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead className="hidden text-right md:table-cell">{t("total")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.items.map((booking) => {
                  const startsAt = new Date(booking.startsAt);
                  const href = withParams(LIST_PATH, query, { booking: booking.id });
                  return (
                    <TableRow
                      key={booking.id}
                      data-testid="booking-row"
                      data-booking-id={booking.id}
                    >
                      <TableCell className="whitespace-nowrap tabular-nums">
                        {format.dateTime(startsAt, {
                          weekday: "short",
                          day: "numeric",
                          month: "short",
                          year: "numeric",
                          timeZone: zone,
                        })}
                        <span className="block text-xs text-muted-foreground">
                          {localTimeOf(startsAt, zone)}–
                          {localTimeOf(new Date(booking.endsAt), zone)}
                        </span>
                      </TableCell>
                      <TableCell>
                        <Link
                          href={href}
                          scroll={false}
                          className="font-medium text-primary hover:underline"
                          data-testid="booking-row-open"
                        >
                          {booking.client?.name || booking.customer?.name || t("unknownCustomer")}
                        </Link>
                      </TableCell>
                      <TableCell className="hidden md:table-cell">
                        {booking.services.map((service) => service.name).join(", ")}
                      </TableCell>
                      <TableCell className="hidden sm:table-cell">
                        {booking.employee.name}
                      </TableCell>
                      <TableCell>
                        <BookingStatusBadge status={booking.status} />
                      </TableCell>
                      <TableCell className="hidden text-right tabular-nums md:table-cell">
                        {money(booking.totalPriceMinor, booking.currency)}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label={t("pages")}
            path={LIST_PATH}
            query={base}
            param="page"
            page={result.meta.page}
            pageSize={result.meta.pageSize}
            total={result.meta.total}
          />
        </>
      )}

      <BookingSheetLoader
        org={org}
        locale={locale}
        bookingId={params.booking}
        canEdit={canEdit}
        closeHref={withParams(LIST_PATH, query, { booking: null })}
      />
    </>
  );
}
