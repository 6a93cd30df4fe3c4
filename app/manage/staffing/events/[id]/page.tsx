import { CalendarClock, MapPin, UserRound } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { CallTimeCard } from "@/components/staffing/events/call-time-card";
import { AddCallTimeDialog } from "@/components/staffing/events/call-time-dialogs";
import { StationsCard } from "@/components/staffing/work/stations-card";
import { EventActions } from "@/components/staffing/events/event-actions";
import { EventDates } from "@/components/staffing/events/event-dates";
import { FlashToast } from "@/components/staffing/events/flash-toast";
import { EventStatusBadge } from "@/components/staffing/events/status-badges";
import { SendingBar } from "@/components/staffing/events/send-controls";
import { SummaryCounters } from "@/components/staffing/events/summary-counters";
import { TimeChangeAnswers } from "@/components/staffing/events/time-change-answers";
import { LiveRefresh } from "@/components/staffing/live-refresh";
import { EmptyState } from "@/components/ui/empty-state";
import {
  getEvent,
  getEventBoard,
  listLaborTypes,
  listTimeChangeAnswers,
  resolvePayRules,
} from "@/lib/staffing";
import { can } from "@/lib/tenancy/permissions";
import { loadOr404, requireStaffingOrg } from "../../staffing-context";
import { EVENTS_PATH, editEventPath } from "../paths";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const t = await getTranslations("staffingEvents.event");
  const { id } = await params;
  const { org } = await requireStaffingOrg();
  const event = await loadOr404(id, (eventId) => getEvent(org, eventId));
  return { title: t("metaTitle", { name: event.name }) };
}

/**
 * One event: its summary, every call time with its labor and the requests for it. The page
 * re-renders on each staffing change of the org (answers by text or link, other managers),
 * so the counters move without a reload.
 */
export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ requested?: string }>;
}) {
  const { id } = await params;
  const { requested } = await searchParams;
  const { org, active } = await requireStaffingOrg();
  const t = await getTranslations("staffingEvents.event");
  const format = await getFormatter();
  const [board, laborTypes] = await Promise.all([
    loadOr404(id, (eventId) => getEventBoard(org, eventId)),
    listLaborTypes(org),
  ]);
  const { event, timeZone } = board;
  // Only call times that moved have answers to show.
  const answers = new Map(
    await Promise.all(
      board.callTimes
        .filter((callTime) => callTime.changes.length > 0)
        .map(
          async (callTime) => [callTime.id, await listTimeChangeAnswers(org, callTime.id)] as const,
        ),
    ),
  );
  const isManager = can(org.role, "staffing.events.write");
  const open = event.status === "draft" || event.status === "active";
  const eventRules = [
    board.inheritedPayRules.org,
    board.inheritedPayRules.location,
    event.payRules,
  ];
  const eventMinimumHours = resolvePayRules(eventRules).minimumHours;
  const requirements = board.callTimes.flatMap((callTime) => callTime.requirements);
  const queued = requirements.reduce((sum, requirement) => sum + requirement.counts.queued, 0);
  const affectedWorkers = requirements.reduce(
    (sum, requirement) => sum + requirement.counts.confirmed + requirement.counts.available,
    0,
  );

  const canTimesheet = can(org.role, "staffing.timesheets.write");

  const addCallTime = (testId: string, variant: "primary" | "outline") =>
    open ? (
      <AddCallTimeDialog
        eventId={event.id}
        timeZone={timeZone}
        defaultDate={event.startDate}
        inheritedMinimumHours={eventMinimumHours}
        testId={testId}
        variant={variant}
      />
    ) : undefined;

  return (
    <>
      <LiveRefresh orgId={org.orgId} />
      <FlashToast param="created" message={t("created")} />
      <FlashToast
        param="requested"
        alsoRemove={["skipped"]}
        message={t("requested", { count: Number(requested) || 0 })}
      />
      <BackLink href={EVENTS_PATH} label={t("backToEvents")} />
      <header className="mb-6 grid gap-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid gap-2">
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-semibold tracking-tight" data-testid="event-name">
                {event.name}
              </h1>
              <EventStatusBadge status={event.status} />
            </div>
            <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted-foreground">
              <div className="flex items-center gap-1.5">
                <dt>
                  <CalendarClock className="size-4" aria-hidden />
                  <span className="sr-only">{t("dates")}</span>
                </dt>
                <dd>
                  <EventDates start={event.startDate} end={event.endDate} format={format} />
                </dd>
              </div>
              <div className="flex items-center gap-1.5">
                <dt>
                  <MapPin className="size-4" aria-hidden />
                  <span className="sr-only">{t("location")}</span>
                </dt>
                <dd>
                  {event.location
                    ? t("locationIn", { name: event.location.name, zone: timeZone })
                    : t("noLocation", { zone: timeZone })}
                </dd>
              </div>
              <div className="flex items-center gap-1.5">
                <dt>
                  <UserRound className="size-4" aria-hidden />
                  <span className="sr-only">{t("stewards")}</span>
                </dt>
                <dd data-testid="event-stewards">
                  {event.stewards.length > 0
                    ? event.stewards.map((steward) => steward.name).join(", ")
                    : t("noStewards")}
                </dd>
              </div>
            </dl>
            {event.description && (
              <p className="max-w-3xl whitespace-pre-line text-sm">{event.description}</p>
            )}
          </div>
          {isManager && (
            <EventActions
              event={event}
              editHref={editEventPath(event.id)}
              affectedWorkers={affectedWorkers}
            />
          )}
        </div>
        <SummaryCounters requirements={requirements} eventId={event.id} />
        {open && requirements.length > 0 && (
          <SendingBar
            eventId={event.id}
            paused={event.sendingPaused}
            queued={queued}
            asked={requirements.reduce((sum, requirement) => sum + requirement.requests.length, 0)}
          />
        )}
      </header>

      <section aria-labelledby="call-times-heading" className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="call-times-heading" className="text-lg font-semibold">
            {t("callTimes")}
          </h2>
          {board.callTimes.length > 0 && addCallTime("call-time-add", "outline")}
        </div>
        {board.callTimes.length === 0 ? (
          <EmptyState
            icon={CalendarClock}
            title={t("noCallTimesTitle")}
            action={addCallTime("call-time-add-empty", "primary")}
          >
            <p>{open ? t("noCallTimesBody") : t("noCallTimesClosed")}</p>
          </EmptyState>
        ) : (
          board.callTimes.map((callTime) => (
            <CallTimeCard
              key={callTime.id}
              callTime={callTime}
              eventRules={eventRules}
              laborTypes={laborTypes.map(({ id: laborTypeId, name }) => ({
                id: laborTypeId,
                name,
              }))}
              currency={active.currency}
              open={open}
              canTimesheet={canTimesheet}
              canManageCatalogues={isManager}
              timeChangeAnswers={
                answers.has(callTime.id) ? (
                  <TimeChangeAnswers answers={answers.get(callTime.id)!} timeZone={timeZone} />
                ) : undefined
              }
            />
          ))
        )}
      </section>

      {canTimesheet && board.callTimes.length > 0 && (
        <section className="mt-6">
          <StationsCard org={org} eventId={event.id} timeZone={timeZone} closed={!open} />
        </section>
      )}
    </>
  );
}
