import { CalendarDays, CalendarPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EventDates } from "@/components/staffing/events/event-dates";
import { FillMeter } from "@/components/staffing/events/fill-meter";
import { EventStatusBadge } from "@/components/staffing/events/status-badges";
import { EventFilters } from "@/components/staffing/events/event-filters";
import { FlashToast } from "@/components/staffing/events/flash-toast";
import { Pagination } from "@/components/tenancy/pagination";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  eventFillRates,
  instantToZonedWallTime,
  listEvents,
  type TListEventsQuery,
  ZEventStatus,
  ZListEventsQuery,
} from "@/lib/staffing";
import { cn } from "@/lib/utils/cn";
import { requireStaffingOrg } from "../staffing-context";
import { EVENTS_PATH, eventPath } from "./paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingEvents.list");
  return { title: t("title") };
}

const PAGE_SIZE = 20;
const WHEN = ["upcoming", "past", "all"] as const;
type When = (typeof WHEN)[number];

interface SearchParams {
  q?: string;
  status?: string;
  when?: string;
  page?: string;
  deleted?: string;
}

/**
 * The URL's filters as the service's query. Upcoming events are those not over yet (soonest
 * first); past ones ended before today in the org's zone (latest first).
 */
function listQuery(params: SearchParams, when: When, today: string): TListEventsQuery {
  const status = ZEventStatus.safeParse(params.status);
  const parsed = ZListEventsQuery.safeParse({
    q: params.q?.trim() || undefined,
    status: status.success ? status.data : undefined,
    page: params.page,
    pageSize: PAGE_SIZE,
    ...(when === "upcoming" ? { from: today } : {}),
    ...(when === "past" ? { endsBefore: today, order: "desc" } : {}),
  });
  return parsed.success ? parsed.data : ZListEventsQuery.parse({ pageSize: PAGE_SIZE });
}

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { org, active, canEdit } = await requireStaffingOrg();
  const params = await searchParams;
  const t = await getTranslations("staffingEvents.list");
  const tStatus = await getTranslations("staffingEvents.status");
  const format = await getFormatter();
  const when: When = WHEN.includes(params.when as When) ? (params.when as When) : "upcoming";
  const today = instantToZonedWallTime(new Date(), active.timeZone).date;
  const query = listQuery(params, when, today);
  const events = await listEvents(org, query);
  const fill = await eventFillRates(
    org,
    events.items.map((event) => event.id),
  );
  const filtered = Boolean(query.q || query.status);

  const newButton = (testId: string) =>
    canEdit ? (
      <Button asChild>
        <Link href={`${EVENTS_PATH}/new`} data-testid={testId}>
          <CalendarPlus aria-hidden />
          {t("new")}
        </Link>
      </Button>
    ) : undefined;

  const whenHref = (target: When) => {
    const search = new URLSearchParams();
    if (target !== "upcoming") search.set("when", target);
    if (query.q) search.set("q", query.q);
    if (query.status) search.set("status", query.status);
    const text = search.toString();
    return text ? `${EVENTS_PATH}?${text}` : EVENTS_PATH;
  };

  return (
    <>
      <FlashToast param="deleted" message={t("deleted")} />
      <PageHeader
        title={t("title")}
        description={canEdit ? t("description") : t("descriptionSteward")}
        action={newButton("event-new")}
      />

      <div className="mb-4 grid gap-3">
        <nav aria-label={t("whenLabel")}>
          <ul className="inline-flex rounded-md border bg-muted/40 p-1">
            {WHEN.map((option) => (
              <li key={option}>
                <Link
                  href={whenHref(option)}
                  aria-current={option === when ? "page" : undefined}
                  className={cn(
                    "flex h-8 items-center rounded-sm px-3 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                    option === when
                      ? "bg-background text-foreground shadow-xs"
                      : "text-muted-foreground hover:text-foreground",
                  )}
                  data-testid={`events-when-${option}`}
                >
                  {t(`when.${option}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <EventFilters
          path={EVENTS_PATH}
          when={when === "upcoming" ? undefined : when}
          q={query.q}
          status={query.status}
          statuses={ZEventStatus.options.map((status) => ({
            value: status,
            label: tStatus(status),
          }))}
          labels={{
            search: t("search"),
            searchPlaceholder: t("searchPlaceholder"),
            status: t("statusFilter"),
            anyStatus: t("anyStatus"),
            apply: t("apply"),
            clear: t("clear"),
          }}
        />
      </div>

      {events.items.length === 0 ? (
        filtered || when !== "upcoming" ? (
          <EmptyState icon={CalendarDays} title={t("noMatchTitle")}>
            <p>{t("noMatchBody")}</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon={CalendarDays}
            title={t("emptyTitle")}
            action={newButton("event-new-empty")}
          >
            <p>{canEdit ? t("emptyBody") : t("emptyBodySteward")}</p>
          </EmptyState>
        )
      ) : (
        <Table data-testid="events-table">
          <caption className="sr-only">{t(`caption.${when}`)}</caption>
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("dates")}</TableHead>
              <TableHead>{t("status")}</TableHead>
              <TableHead className="hidden lg:table-cell">{t("stewards")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("fill")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.items.map((event) => {
              const rate = fill.get(event.id);
              return (
                <TableRow key={event.id} data-testid="event-row">
                  <TableCell>
                    <Link
                      href={eventPath(event.id)}
                      className="font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                    >
                      {event.name}
                    </Link>
                    <div className="text-xs text-muted-foreground">
                      {event.location?.name ?? t("noLocation")}
                      {rate && rate.callTimes > 0 && (
                        <> · {t("callTimes", { count: rate.callTimes })}</>
                      )}
                    </div>
                    <div className="mt-1 grid gap-1 text-xs text-muted-foreground md:hidden">
                      <EventDates start={event.startDate} end={event.endDate} format={format} />
                      <FillMeter
                        className="sm:hidden"
                        confirmed={rate?.confirmed ?? 0}
                        needed={rate?.needed ?? 0}
                      />
                    </div>
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap md:table-cell">
                    <EventDates start={event.startDate} end={event.endDate} format={format} />
                  </TableCell>
                  <TableCell>
                    <EventStatusBadge status={event.status} />
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground lg:table-cell">
                    {event.stewards.length > 0
                      ? event.stewards.map((steward) => steward.name).join(", ")
                      : "—"}
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">
                    <FillMeter
                      confirmed={rate?.confirmed ?? 0}
                      needed={rate?.needed ?? 0}
                      testId={`event-fill-${event.id}`}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Pagination
        label={t("pages")}
        path={EVENTS_PATH}
        query={{
          q: query.q,
          status: query.status,
          when: when === "upcoming" ? undefined : when,
        }}
        param="page"
        page={events.meta.page}
        pageSize={events.meta.pageSize}
        total={events.meta.total}
      />
    </>
  );
}
