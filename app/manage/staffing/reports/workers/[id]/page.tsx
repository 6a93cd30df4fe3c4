import { CalendarCheck, CalendarX2, Clock, Gauge, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getNow, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { StatCard } from "@/components/staffing/reports/stat-card";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
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
import { getWorkerReliability, listWorkerHistory } from "@/lib/staffing";
import { minutesToHours } from "@/lib/staffing/hours";
import { type TWorkerHistoryItem, ZWorkerHistoryQuery } from "@/lib/staffing/reports.schemas";
import { loadOr404, requireStaffingOrg } from "../../../staffing-context";

const REPORTS_PATH = "/manage/staffing/reports";
const EVENTS_PATH = "/manage/staffing/events";
const PAGE_SIZE = 20;

/** The product's request colours: pending amber, available blue, confirmed green, no-show red. */
const STATE_TONES = {
  queued: "pending",
  sent: "pending",
  available: "info",
  confirmed: "success",
  declined: "neutral",
  canceled: "neutral",
  no_call_no_show: "danger",
} as const satisfies Record<TWorkerHistoryItem["state"], string>;

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org } = await requireStaffingOrg("staffing.events.write");
  const { id } = await params;
  const t = await getTranslations("staffingReports.history");
  const worker = await loadOr404(id, (workerId) => getWorkerReliability(org, workerId));
  return { title: t("title", { name: worker.worker.name }) };
}

/** One worker's record and every request they received, latest call time first. */
export default async function WorkerHistoryPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ page?: string }>;
}) {
  const { org } = await requireStaffingOrg("staffing.events.write");
  const { id } = await params;
  const { page } = await searchParams;
  const t = await getTranslations("staffingReports.history");
  const format = await getFormatter();
  const locale = await getLocale();
  const parsed = ZWorkerHistoryQuery.safeParse({ page, pageSize: PAGE_SIZE });
  const query = parsed.success ? parsed.data : ZWorkerHistoryQuery.parse({ pageSize: PAGE_SIZE });
  const [summary, history] = await Promise.all([
    loadOr404(id, (workerId) => getWorkerReliability(org, workerId)),
    loadOr404(id, (workerId) => listWorkerHistory(org, workerId, query)),
  ]);
  const name = summary.worker.name;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const path = `${REPORTS_PATH}/workers/${id}`;
  const now = (await getNow()).getTime();

  return (
    <>
      <BackLink href={REPORTS_PATH} label={t("back")} />
      <PageHeader title={t("title", { name })} description={t("description", { name })} />

      <section
        aria-label={t("figures")}
        className="mb-8 grid grid-cols-2 gap-3 lg:grid-cols-4"
        data-testid="worker-history-figures"
      >
        <StatCard
          icon={Gauge}
          label={t("reliability")}
          value={
            summary.reliability === null
              ? "—"
              : new Intl.NumberFormat(locale, { style: "percent" }).format(summary.reliability)
          }
          note={t("requested", {
            count: summary.requested,
            declined: summary.declined,
            pending: summary.pending,
          })}
        />
        <StatCard
          icon={CalendarCheck}
          label={t("shows")}
          value={number.format(summary.shows)}
          note={t("upcoming", { count: summary.upcoming })}
        />
        <StatCard
          icon={CalendarX2}
          label={t("noShows")}
          value={number.format(summary.noCallNoShows)}
          note={`${t("lateCancellations")}: ${number.format(summary.lateCancellations)}`}
        />
        <StatCard
          icon={Clock}
          label={t("hours")}
          value={number.format(summary.hoursWorked)}
          note={
            summary.lastWorkedAt
              ? t("lastWorked", {
                  date: format.dateTime(new Date(summary.lastWorkedAt), { dateStyle: "medium" }),
                })
              : t("neverWorked")
          }
        />
      </section>

      <section aria-labelledby="history-heading" className="grid gap-3">
        <h2 id="history-heading" className="text-base font-semibold">
          {t("requests")}{" "}
          <span className="font-normal text-muted-foreground">({history.meta.total})</span>
        </h2>
        {history.items.length === 0 ? (
          <EmptyState icon={History} title={t("emptyTitle")}>
            <p>{t("emptyBody", { name })}</p>
          </EmptyState>
        ) : (
          <Table data-testid="worker-history">
            <TableHeader>
              <TableRow>
                <TableHead>{t("date")}</TableHead>
                <TableHead>{t("event")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("laborType")}</TableHead>
                <TableHead>{t("state")}</TableHead>
                <TableHead className="text-right">{t("hoursColumn")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.items.map((item) => {
                const startsAt = new Date(item.callTime.startsAt);
                const zone = item.callTime.timeZone;
                const paid = item.hours?.paidMinutes;
                return (
                  <TableRow key={item.requestId} data-testid="worker-history-row">
                    <TableCell className="whitespace-nowrap">
                      <div>
                        {format.dateTime(startsAt, { dateStyle: "medium", timeZone: zone })}
                      </div>
                      <div className="text-xs text-muted-foreground">
                        {format.dateTime(startsAt, { timeStyle: "short", timeZone: zone })}
                      </div>
                    </TableCell>
                    <TableCell>
                      <Link
                        href={`${EVENTS_PATH}/${item.event.id}`}
                        className="font-medium hover:underline"
                      >
                        {item.event.name}
                      </Link>
                      <div className="text-xs text-muted-foreground">
                        {item.callTime.name}
                        <span className="md:hidden"> · {item.laborType.name}</span>
                      </div>
                    </TableCell>
                    <TableCell className="hidden md:table-cell">{item.laborType.name}</TableCell>
                    <TableCell>
                      <span className="inline-flex flex-wrap gap-1">
                        <Badge tone={STATE_TONES[item.state]}>{t(`states.${item.state}`)}</Badge>
                        {item.reserved && <Badge>{t("states.reserved")}</Badge>}
                      </span>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {paid != null ? (
                        number.format(minutesToHours(paid))
                      ) : item.hours?.status === "in_progress" ? (
                        <span className="text-xs text-muted-foreground">
                          {startsAt.getTime() > now ? t("scheduled") : t("inProgress")}
                        </span>
                      ) : (
                        <span className="text-muted-foreground">—</span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
        <Pagination
          label={t("pages")}
          path={path}
          query={{}}
          param="page"
          page={history.meta.page}
          pageSize={history.meta.pageSize}
          total={history.meta.total}
        />
      </section>
    </>
  );
}
