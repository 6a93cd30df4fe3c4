import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { localDateOf, localTimeOf } from "@/components/booking/calendar/layout";
import { listBusinesses } from "@/lib/booking/businesses.service";
import { listManagedBookings } from "@/lib/booking/bookings.queries";
import { AppError, UnauthorizedError } from "@/lib/errors";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/translator";
import { getWebViewer } from "@/lib/identity/web-session";
import { fileResponse } from "@/lib/staffing/reports-downloads";
import { toCsv } from "@/lib/staffing/timesheet";
import { activeOrgId } from "@/lib/tenancy/active-org";
import { resolveOrgContext } from "@/lib/tenancy/context";
import { pickBusiness } from "../../booking-context";
import { type ListParams, readListFilters, toBookingsQuery } from "../filters";

/** Pages of the service's largest page size; 40 of them cap a file at 20,000 bookings. */
const PAGE_SIZE = 500;
const MAX_PAGES = 40;

const COLUMNS = [
  "date",
  "start",
  "end",
  "customer",
  "email",
  "phone",
  "services",
  "employee",
  "status",
  "total",
  "currency",
  "payment",
  "notes",
  "reason",
] as const;

/**
 * The bookings list as CSV with the page's filters (business, employee, statuses, dates,
 * sort), for the browser's session and active organization; times in the business's zone.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const locale = resolveLocale({
    preferred: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const t = getTranslator(locale);
  const tCsv = getTranslator(locale, "bookingCalendarUi");
  try {
    const viewer = await getWebViewer();
    if (!viewer) throw new UnauthorizedError();
    const orgId = await activeOrgId(viewer);
    if (!orgId) throw new UnauthorizedError("tenancy.noActiveOrg");
    const org = await resolveOrgContext(viewer, orgId, "bookings.read");
    const params = Object.fromEntries(url.searchParams) as ListParams;
    const business = pickBusiness(await listBusinesses(org, locale), params.business);
    const lines: string[][] = [COLUMNS.map((column) => tCsv(`csv.${column}`))];
    if (business) {
      const filters = readListFilters(params);
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const { items, meta } = await listManagedBookings(
          org,
          toBookingsQuery(filters, business, { page, pageSize: PAGE_SIZE }),
          locale,
        );
        for (const booking of items) {
          const zone = booking.business.timeZone;
          const person = booking.client ?? booking.customer;
          lines.push([
            localDateOf(new Date(booking.startsAt), zone),
            localTimeOf(new Date(booking.startsAt), zone),
            localTimeOf(new Date(booking.endsAt), zone),
            person?.name ?? "",
            person?.email ?? "",
            booking.client?.phone ?? "",
            booking.services.map((service) => service.name).join("; "),
            booking.employee.name,
            tCsv(`status.${booking.status}`),
            (booking.totalPriceMinor / 100).toFixed(2),
            booking.currency,
            tCsv(`sheet.paymentStatus.${booking.paymentStatus}`),
            booking.notes ?? "",
            booking.cancelReason ?? "",
          ]);
        }
        if (page * PAGE_SIZE >= meta.total) break;
      }
    }
    const slug = business?.slug ?? "bookings";
    return fileResponse({
      body: toCsv(lines),
      contentType: "text/csv; charset=utf-8",
      filename: `${slug}-bookings.csv`,
    });
  } catch (error) {
    if (error instanceof UnauthorizedError) {
      const back = `${url.pathname}${url.search}`;
      return NextResponse.redirect(
        new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, url),
      );
    }
    if (error instanceof AppError) {
      return new Response(localize(t, error.messageKey, error.values), {
        status: error.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
