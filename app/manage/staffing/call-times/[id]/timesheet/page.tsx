import { ChevronRight, ClipboardList, FileDown, FileText, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { eventPath } from "@/app/manage/staffing/events/paths";
import { BackLink } from "@/components/staffing/back-link";
import { RequestStateBadge } from "@/components/staffing/events/status-badges";
import {
  AddBreakDialog,
  AttendanceControl,
  BreakItem,
  ClockControls,
  EditTimesDialog,
} from "@/components/staffing/events/timesheet-controls";
import { formatMoney } from "@/components/staffing/format";
import { LiveRefresh } from "@/components/staffing/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  getEvent,
  getTimesheet,
  listCallTimeAudits,
  type TTimeEntryAudit,
  type TTimesheetRow,
} from "@/lib/staffing";
import { loadOr404, requireStaffingOrg } from "../../../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingEvents.timesheet");
  return { title: t("title") };
}

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * A call time's time sheet: each confirmed worker's sign-in, sign-out and meal breaks, the
 * hours and cost from the one pay computation (`getTimesheet` → computeShift), edits with
 * their history, and the CSV and PDF of the same numbers. Live: clock-ins from a station or
 * the worker's link show up without a reload.
 */
export default async function TimesheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { org, active } = await requireStaffingOrg("staffing.timesheets.write");
  const t = await getTranslations("staffingEvents.timesheet");
  const format = await getFormatter();
  const locale = await getLocale();
  const [timesheet, audits] = await Promise.all([
    loadOr404(id, (callTimeId) => getTimesheet(org, callTimeId)),
    loadOr404(id, (callTimeId) => listCallTimeAudits(org, callTimeId)),
  ]);
  const { callTime, rows, totals } = timesheet;
  const event = await getEvent(org, callTime.eventId);
  const open = event.status === "draft" || event.status === "active";
  const zone = callTime.timeZone;
  const clock = (iso: string) =>
    format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit", timeZone: zone });
  const dayAndClock = (iso: string) =>
    format.dateTime(new Date(iso), {
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
    });
  // A time on another day than the call shows its date too (night shifts).
  const callDay = format.dateTime(new Date(callTime.startsAt), {
    dateStyle: "short",
    timeZone: zone,
  });
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "short", timeZone: zone }) === callDay
      ? clock(iso)
      : dayAndClock(iso);
  const hours = (minutes: number | null | undefined) =>
    minutes === null || minutes === undefined
      ? "—"
      : t("hours", {
          hours: format.number(minutes / 60, { maximumFractionDigits: 2 }),
        });
  const money = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? "—" : formatMoney(minor, active.currency, locale);
  const download = (fileFormat: "csv" | "pdf") =>
    `/manage/staffing/call-times/${callTime.id}/timesheet/download?format=${fileFormat}`;

  return (
    <>
      <LiveRefresh orgId={org.orgId} />
      <BackLink href={eventPath(event.id)} label={t("back", { name: event.name })} />
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("heading", { name: callTime.name })}
          </h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {t("context", {
              event: event.name,
              when: format.dateTime(new Date(callTime.startsAt), {
                dateStyle: "full",
                timeStyle: "short",
                timeZone: zone,
              }),
              zone,
            })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <a href={download("csv")} download data-testid="timesheet-csv">
              <FileDown aria-hidden />
              {t("downloadCsv")}
            </a>
          </Button>
          <Button asChild variant="outline">
            <a href={download("pdf")} download data-testid="timesheet-pdf">
              <FileText aria-hidden />
              {t("downloadPdf")}
            </a>
          </Button>
        </div>
      </header>

      <Card className="mb-6 p-4" data-testid="timesheet-totals">
        <h2 className="sr-only">{t("totals")}</h2>
        <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4 lg:grid-cols-7">
          <Total label={t("workers")} value={String(totals.workers)} testId="total-workers" />
          <Total
            label={t("progress")}
            value={t("progressValue", {
              signedIn: rows.filter((row) => row.timeEntry?.signedInAt).length,
              signedOut: rows.filter((row) => row.timeEntry?.signedOutAt).length,
            })}
            testId="total-progress"
          />
          <Total label={t("noShows")} value={String(totals.noShows)} testId="total-no-shows" />
          <Total label={t("paid")} value={hours(totals.paidMinutes)} testId="total-paid" />
          <Total
            label={t("mealPenalty")}
            value={hours(totals.mealPenaltyMinutes)}
            testId="total-meal-penalty"
          />
          <Total label={t("overtime")} value={hours(totals.overtimeMinutes)} />
          <Total label={t("cost")} value={money(totals.costMinor)} testId="total-cost" />
        </dl>
        <p className="mt-3 text-xs text-muted-foreground">{t("totalsNote")}</p>
      </Card>

      {rows.length === 0 ? (
        <EmptyState
          icon={ClipboardList}
          title={t("emptyTitle")}
          action={
            <Button asChild variant="outline">
              <Link href={eventPath(event.id)}>{t("emptyAction")}</Link>
            </Button>
          }
        >
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <Table data-testid="timesheet-table">
          <caption className="sr-only">{t("caption", { zone })}</caption>
          <TableHeader>
            <TableRow>
              <TableHead>{t("worker")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("in")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("out")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("breaks")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("paid")}</TableHead>
              <TableHead className="hidden lg:table-cell">{t("mealPenalty")}</TableHead>
              <TableHead className="hidden xl:table-cell">{t("overtime")}</TableHead>
              <TableHead className="hidden lg:table-cell">{t("cost")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TimesheetRowView
                key={row.requestId}
                row={row}
                audits={row.timeEntry ? (audits.get(row.timeEntry.id) ?? []) : []}
                scheduledStart={callTime.startsAt}
                timeZone={zone}
                open={open}
                when={when}
                hours={hours}
                money={money}
                format={format}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function Total({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="text-base font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

async function TimesheetRowView({
  row,
  audits,
  scheduledStart,
  timeZone,
  open,
  when,
  hours,
  money,
  format,
}: {
  row: TTimesheetRow;
  audits: TTimeEntryAudit[];
  scheduledStart: string;
  timeZone: string;
  open: boolean;
  when: (iso: string) => string;
  hours: (minutes: number | null | undefined) => string;
  money: (minor: number | null | undefined) => string;
  format: Formatter;
}) {
  const t = await getTranslations("staffingEvents.timesheet");
  const entry = row.timeEntry;
  const noShow = row.state === "no_call_no_show";
  const breakLabel = (item: { startsAt: string; durationMinutes: number; paid: boolean }) =>
    t("breakLabel", {
      at: when(item.startsAt),
      minutes: item.durationMinutes,
      kind: item.paid ? t("paidBreak") : t("unpaid"),
    });
  const breakStart = defaultBreakStart(entry, scheduledStart);
  // Rendered twice (the worker cell on phones, the column from md up); test ids on the column's.
  const breaks = (mobile: boolean) => (
    <ul className="grid gap-0.5">
      {entry?.breaks.map((item) => (
        <BreakItem
          key={item.id}
          mealBreak={item}
          label={breakLabel(item)}
          workerName={row.worker.name}
          timeZone={timeZone}
          canEdit={open}
          testIds={!mobile}
        />
      ))}
      {(entry?.breaks.length ?? 0) === 0 && <li className="text-xs text-muted-foreground">—</li>}
    </ul>
  );

  return (
    <TableRow
      className="align-top"
      data-testid="timesheet-row"
      data-request-id={row.requestId}
      data-state={row.state}
    >
      <TableCell>
        <div className="font-medium">{row.worker.name}</div>
        <div className="flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
          {row.laborType.name}
          {noShow && <RequestStateBadge state="no_call_no_show" />}
          {entry?.signedInAt && !entry.signedOutAt && <Badge tone="info">{t("inProgress")}</Badge>}
        </div>
        <div className="mt-1 grid gap-1 text-xs md:hidden">
          <span className="tabular-nums sm:hidden">
            {t("inOut", {
              in: entry?.signedInAt ? when(entry.signedInAt) : "—",
              out: entry?.signedOutAt ? when(entry.signedOutAt) : "—",
            })}
          </span>
          {(entry?.breaks.length ?? 0) > 0 && breaks(true)}
          <span className="sm:hidden">
            {t("paid")}: <span data-testid="row-paid-mobile">{hours(row.hours?.paidMinutes)}</span>
          </span>
        </div>
        {audits.length > 0 && <AuditHistory audits={audits} timeZone={timeZone} format={format} />}
      </TableCell>
      <TableCell
        className="hidden whitespace-nowrap tabular-nums sm:table-cell"
        data-testid="row-in"
      >
        {entry?.signedInAt ? when(entry.signedInAt) : "—"}
      </TableCell>
      <TableCell
        className="hidden whitespace-nowrap tabular-nums sm:table-cell"
        data-testid="row-out"
      >
        {entry?.signedOutAt ? when(entry.signedOutAt) : "—"}
        {row.hours?.end && entry?.signedOutAt && row.hours.end !== entry.signedOutAt && (
          <div className="text-xs text-muted-foreground">
            {t("paidUntil", { at: when(row.hours.end) })}
          </div>
        )}
      </TableCell>
      <TableCell className="hidden md:table-cell">{breaks(false)}</TableCell>
      <TableCell
        className="hidden whitespace-nowrap tabular-nums sm:table-cell"
        data-testid="row-paid"
      >
        {hours(row.hours?.paidMinutes)}
        {row.hours?.regularMinutes !== null && row.hours?.regularMinutes !== undefined && (
          <div className="text-xs text-muted-foreground">
            {t("regular", { hours: hours(row.hours.regularMinutes) })}
          </div>
        )}
      </TableCell>
      <TableCell
        className="hidden whitespace-nowrap tabular-nums lg:table-cell"
        data-testid="row-meal-penalty"
      >
        {hours(row.hours?.mealPenaltyMinutes)}
      </TableCell>
      <TableCell className="hidden whitespace-nowrap tabular-nums xl:table-cell">
        {hours(row.hours?.overtimeMinutes)}
      </TableCell>
      <TableCell
        className="hidden whitespace-nowrap tabular-nums lg:table-cell"
        data-testid="row-cost"
      >
        {money(row.hours?.costMinor)}
      </TableCell>
      <TableCell>
        {open && (
          <div className="flex flex-wrap justify-end gap-1">
            <ClockControls row={row} scheduledStart={scheduledStart} timeZone={timeZone} />
            {!noShow && <AddBreakDialog row={row} timeZone={timeZone} defaultStart={breakStart} />}
            {!noShow && <EditTimesDialog row={row} timeZone={timeZone} />}
            <AttendanceControl row={row} />
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}

const HOUR_MS = 3_600_000;

/**
 * Where a new break starts by default: the middle of a finished shift; during a shift, half
 * an hour ago (a break is usually entered after it was taken); the call time otherwise.
 */
function defaultBreakStart(entry: TTimesheetRow["timeEntry"], scheduledStart: string): string {
  if (!entry?.signedInAt) return scheduledStart;
  const start = new Date(entry.signedInAt).getTime();
  if (entry.signedOutAt) {
    return new Date((start + new Date(entry.signedOutAt).getTime()) / 2).toISOString();
  }
  const recent = Date.now() - HOUR_MS / 2;
  return new Date(recent > start ? recent : start + 4 * HOUR_MS).toISOString();
}

const AUDIT_FIELDS = ["signedInAt", "signedOutAt", "break"] as const;
const CLOCK_SOURCES = ["worker-link", "worker-web", "worker-api", "station"] as const;

/** "signedInAt:station" → the field and who clocked (a worker's own clock-ins name their source). */
function auditField(stored: string) {
  const [field, source] = stored.split(":");
  return {
    field: AUDIT_FIELDS.find((known) => known === field),
    source: CLOCK_SOURCES.find((known) => known === source),
  };
}

async function AuditHistory({
  audits,
  timeZone,
  format,
}: {
  audits: TTimeEntryAudit[];
  timeZone: string;
  format: Formatter;
}) {
  const t = await getTranslations("staffingEvents.timesheet");
  const at = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short", timeZone });
  // Break values are stored as "<ISO start> <minutes> min <paid|unpaid>".
  const value = (field: string, raw: string | null) => {
    if (raw === null) return t("audit.none");
    if (field !== "break") return at(raw);
    const [start, minutes, , kind] = raw.split(" ");
    return t("breakLabel", {
      at: start ? at(start) : "",
      minutes: Number(minutes),
      kind: kind === "paid" ? t("paidBreak") : t("unpaid"),
    });
  };
  return (
    <details className="group mt-1" data-testid="timesheet-history">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-sm text-xs text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <ChevronRight className="size-3 transition-transform group-open:rotate-90" aria-hidden />
        <History className="size-3" aria-hidden />
        {t("history", { count: audits.length })}
      </summary>
      <ol className="mt-1 grid gap-1 border-l pl-3 text-xs">
        {audits.map((audit) => {
          const { field, source } = auditField(audit.field);
          return (
            <li key={audit.id}>
              <span className="font-medium">
                {field ? t(`audit.fields.${field}`) : audit.field}
              </span>
              {": "}
              {value(field ?? audit.field, audit.oldValue)} →{" "}
              {value(field ?? audit.field, audit.newValue)}
              <span className="block text-muted-foreground">
                {t("audit.by", {
                  name: source
                    ? t(`audit.sources.${source}`)
                    : (audit.actor?.name ?? t("audit.someone")),
                  at: at(audit.createdAt),
                })}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
