import { CalendarClock, CalendarDays, Clock, Hourglass, Plus, Wallet } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EventDates } from "@/components/staffing/events/event-dates";
import { EventStatusBadge } from "@/components/staffing/events/status-badges";
import { FillRateBar } from "@/components/staffing/fill-rate-bar";
import { formatHours, formatMoney } from "@/components/staffing/format";
import { LiveRefresh } from "@/components/staffing/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getStaffingDashboard } from "@/lib/staffing";
import type { TStaffingDashboard } from "@/lib/staffing/reports.schemas";
import { requireStaffingOrg } from "./staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.dashboard");
  return { title: t("title") };
}

const EVENTS_PATH = "/manage/staffing/events";

type TodayCallTime = TStaffingDashboard["todayCallTimes"][number];
type UpcomingEvent = TStaffingDashboard["upcomingEvents"][number];

/** In (green), out (grey), not yet (amber): the time sheet's colours. */
const PRESENCE_TONES = { in: "success", out: "neutral", not_yet: "pending" } as const;

export default async function StaffingDashboardPage() {
  const { org, active, canEdit } = await requireStaffingOrg();
  const t = await getTranslations("staffingUi.dashboard");
  const format = await getFormatter();
  const locale = await getLocale();
  const dashboard = await getStaffingDashboard(org, new Date());
  const { week } = dashboard;
  const unfilled = dashboard.upcomingEvents.reduce((sum, event) => sum + event.unfilled, 0);
  const weekRange = format.dateTimeRange(
    new Date(`${week.from}T00:00:00Z`),
    new Date(`${week.to}T00:00:00Z`),
    { month: "short", day: "numeric", timeZone: "UTC" },
  );
  const newEventButton = canEdit ? (
    <Button asChild>
      <Link href={`${EVENTS_PATH}/new`}>
        <Plus aria-hidden />
        {t("newEvent")}
      </Link>
    </Button>
  ) : undefined;

  return (
    <>
      <LiveRefresh orgId={org.orgId} />
      <PageHeader
        title={t("title")}
        description={t("description", {
          org: active.name,
          date: format.dateTime(new Date(dashboard.now), {
            dateStyle: "full",
            timeZone: dashboard.timeZone,
          }),
        })}
        action={newEventButton}
      />

      <section aria-label={t("figures")} className="mb-8 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure
          icon={CalendarDays}
          label={t("upcoming")}
          value={String(dashboard.upcomingEvents.length)}
          note={t("unfilledPositions", { count: unfilled })}
          warn={unfilled > 0}
        />
        <Figure
          icon={Hourglass}
          label={t("pendingAnswers")}
          value={String(dashboard.pendingAnswers)}
          note={t("pendingAnswersNote")}
        />
        <Figure
          icon={Clock}
          label={t("hoursThisWeek")}
          value={formatHours(week.hours, locale)}
          note={t("hoursNote", {
            estimate: formatHours(week.estimatedHours, locale),
            range: weekRange,
          })}
        />
        <Figure
          icon={Wallet}
          label={t("costThisWeek")}
          value={formatMoney(week.costMinor, week.currency, locale)}
          note={t("costNote", {
            estimate: formatMoney(week.estimatedCostMinor, week.currency, locale),
          })}
        />
      </section>

      <div className="grid gap-8 xl:grid-cols-2">
        <section aria-labelledby="today-heading" className="grid content-start gap-3">
          <h2 id="today-heading" className="text-base font-semibold">
            {t("today")}
          </h2>
          {dashboard.todayCallTimes.length === 0 ? (
            <EmptyState icon={CalendarClock} title={t("todayEmptyTitle")} className="py-10">
              <p>{t("todayEmptyBody")}</p>
            </EmptyState>
          ) : (
            dashboard.todayCallTimes.map((callTime) => (
              <TodayCard key={callTime.id} callTime={callTime} />
            ))
          )}
        </section>

        <section aria-labelledby="upcoming-heading" className="grid content-start gap-3">
          <h2 id="upcoming-heading" className="text-base font-semibold">
            {t("upcomingHeading")}
          </h2>
          {dashboard.upcomingEvents.length === 0 ? (
            <EmptyState
              icon={CalendarDays}
              title={t("upcomingEmptyTitle")}
              action={newEventButton}
              className="py-10"
            >
              <p>{t("upcomingEmptyBody")}</p>
            </EmptyState>
          ) : (
            <Card>
              <ul className="divide-y" data-testid="dashboard-upcoming">
                {dashboard.upcomingEvents.map((event) => (
                  <UpcomingRow key={event.id} event={event} now={dashboard.now} />
                ))}
              </ul>
            </Card>
          )}
        </section>
      </div>
    </>
  );
}

function Figure({
  icon: Icon,
  label,
  value,
  note,
  warn,
}: {
  icon: typeof Clock;
  label: string;
  value: string;
  note: string;
  warn?: boolean;
}) {
  return (
    <Card className="grid content-start gap-1 p-4">
      <div className="flex items-center gap-2 text-xs font-medium text-muted-foreground">
        <Icon className="size-4" aria-hidden />
        {label}
      </div>
      <div className="text-2xl font-semibold tabular-nums tracking-tight">{value}</div>
      <div className={warn ? "text-xs font-medium text-warning" : "text-xs text-muted-foreground"}>
        {note}
      </div>
    </Card>
  );
}

async function TodayCard({ callTime }: { callTime: TodayCallTime }) {
  const t = await getTranslations("staffingUi.dashboard");
  const format = await getFormatter();
  const time = format.dateTime(new Date(callTime.startsAt), {
    timeStyle: "short",
    timeZone: callTime.timeZone,
  });
  return (
    <Card className="grid gap-3 p-4" data-testid="dashboard-call-time">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            href={`${EVENTS_PATH}/${callTime.event.id}`}
            className="font-medium hover:underline"
          >
            {callTime.event.name}
          </Link>
          <div className="text-sm text-muted-foreground">
            {t("callAt", { name: callTime.name, time, zone: callTime.timeZone })}
          </div>
        </div>
        <div className="flex flex-wrap gap-1 text-xs">
          <Badge tone="success">{t("inCount", { count: callTime.signedIn })}</Badge>
          <Badge>{t("outCount", { count: callTime.signedOut })}</Badge>
          <Badge tone="pending">{t("notYetCount", { count: callTime.notYet })}</Badge>
        </div>
      </div>
      <FillLine needed={callTime.needed} confirmed={callTime.confirmed} name={callTime.name} />
      {callTime.workers.length > 0 && (
        <ul className="grid gap-1.5 text-sm" aria-label={t("whoIsIn", { name: callTime.name })}>
          {callTime.workers.map((worker) => (
            <li key={worker.requestId} className="flex items-center justify-between gap-2">
              <span className="min-w-0 truncate">
                {worker.name}
                <span className="text-muted-foreground"> · {worker.laborType}</span>
              </span>
              <span className="flex shrink-0 items-center gap-2">
                {worker.signedInAt && (
                  <span className="text-xs tabular-nums text-muted-foreground">
                    {format.dateTime(new Date(worker.signedInAt), {
                      timeStyle: "short",
                      timeZone: callTime.timeZone,
                    })}
                    {worker.signedOutAt &&
                      `–${format.dateTime(new Date(worker.signedOutAt), {
                        timeStyle: "short",
                        timeZone: callTime.timeZone,
                      })}`}
                  </span>
                )}
                <Badge tone={PRESENCE_TONES[worker.status]}>{t(`presence.${worker.status}`)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

async function UpcomingRow({ event, now }: { event: UpcomingEvent; now: string }) {
  const t = await getTranslations("staffingUi.dashboard");
  const format = await getFormatter();
  return (
    <li className="grid gap-2 p-4" data-testid="dashboard-event">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`${EVENTS_PATH}/${event.id}`} className="font-medium hover:underline">
              {event.name}
            </Link>
            {event.status !== "active" && <EventStatusBadge status={event.status} />}
          </div>
          <div className="text-sm text-muted-foreground">
            <EventDates start={event.startDate} end={event.endDate} format={format} />
            {event.location && ` · ${event.location}`}
          </div>
        </div>
        {event.unfilled > 0 ? (
          <Badge tone="pending">{t("unfilled", { count: event.unfilled })}</Badge>
        ) : event.needed > 0 ? (
          <Badge tone="success">{t("filled")}</Badge>
        ) : null}
      </div>
      <FillLine needed={event.needed} confirmed={event.confirmed} name={event.name} />
      <div className="text-xs text-muted-foreground">
        {event.nextCallTimeAt
          ? t("nextCall", {
              count: event.callTimes,
              when: format.relativeTime(new Date(event.nextCallTimeAt), new Date(now)),
            })
          : t("noCallTimes")}
      </div>
    </li>
  );
}

async function FillLine({
  needed,
  confirmed,
  name,
}: {
  needed: number;
  confirmed: number;
  name: string;
}): Promise<ReactNode> {
  const t = await getTranslations("staffingUi.dashboard");
  if (needed === 0) return <p className="text-xs text-muted-foreground">{t("noLabor")}</p>;
  const summary = t("fill", { confirmed, needed });
  return (
    <div className="flex items-center gap-3">
      <FillRateBar needed={needed} confirmed={confirmed} label={t("fillOf", { name, summary })} />
      <span className="shrink-0 text-xs tabular-nums text-muted-foreground">{summary}</span>
    </div>
  );
}
