import { z } from "zod";
import { addDays, instantAt, isDateString } from "@/components/booking/calendar/layout";
import { BOOKING_STATUSES } from "@/db/schema/booking";
import type { BookingStatus } from "@/lib/booking/bookings.rules";
import type { TManagedBookingsQuery } from "@/lib/booking/bookings.schemas";

export const LIST_PATH = "/manage/bookings/list";
export const LIST_PAGE_SIZE = 25;

/** The list's URL: business, employee, statuses (comma separated), a date range, sort, page. */
export type ListParams = {
  business?: string;
  employee?: string;
  status?: string;
  from?: string;
  to?: string;
  sort?: string;
  page?: string;
  booking?: string;
};

export interface ListFilters {
  employeeId: string | undefined;
  statuses: BookingStatus[];
  from: string | undefined;
  to: string | undefined;
  sort: "asc" | "desc";
  page: number;
}

const isStatus = (value: string): value is BookingStatus =>
  (BOOKING_STATUSES as readonly string[]).includes(value);

/** The URL's filters; a malformed one is dropped rather than failing the page. */
export function readListFilters(params: ListParams): ListFilters {
  const from = isDateString(params.from) ? params.from : undefined;
  let to = isDateString(params.to) ? params.to : undefined;
  if (from && to && to < from) to = undefined;
  return {
    employeeId: z.uuid().safeParse(params.employee).success ? params.employee : undefined,
    statuses: [...new Set((params.status ?? "").split(",").filter(isStatus))],
    from,
    to,
    sort: params.sort === "desc" ? "desc" : "asc",
    page: Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? "1", 10) || 1)),
  };
}

/** The filters as the service's query; dates are whole local days in the business's zone. */
export function toBookingsQuery(
  filters: ListFilters,
  business: { id: string; timeZone: string },
  page: { page: number; pageSize: number },
): TManagedBookingsQuery {
  return {
    businessId: business.id,
    employeeId: filters.employeeId,
    status: filters.statuses.length ? filters.statuses : undefined,
    from: filters.from ? instantAt(filters.from, 0, business.timeZone) : undefined,
    to: filters.to ? instantAt(addDays(filters.to, 1), 0, business.timeZone) : undefined,
    sort: filters.sort,
    ...page,
  };
}

/** The filters back as URL parameters (without the page), for links and the CSV export. */
export function filterParams(
  filters: ListFilters,
  businessParam: string | undefined,
): Record<string, string | undefined> {
  return {
    business: businessParam,
    employee: filters.employeeId,
    status: filters.statuses.join(",") || undefined,
    from: filters.from,
    to: filters.to,
    sort: filters.sort === "desc" ? "desc" : undefined,
  };
}
