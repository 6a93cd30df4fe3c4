import { ChevronRight, ClipboardList, History, UserPlus } from "lucide-react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { fillListPath, requirementAnchor, timesheetPath } from "@/app/manage/staffing/events/paths";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { PayRuleOverrides } from "@/db/schema/staffing";
import type { EventBoardCallTime, EventBoardRequirement, TLaborRequest } from "@/lib/staffing";
import { resolvePayRules } from "@/lib/staffing/pay-rules";
import { formatMoney } from "../format";
import { CopyCallTimeDialog, DeleteCallTimeDialog, EditCallTimeDialog } from "./call-time-dialogs";
import { Counters } from "./counters";
import { RequestList } from "./request-list";
import { SendButton } from "./send-controls";
import {
  AddRequirementDialog,
  DeleteRequirementDialog,
  EditRequirementDialog,
  type LaborTypeOption,
} from "./requirement-dialogs";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * One call time on the event page: when (in the event's zone), its message and rules, the
 * history of its start, and each labor requirement with counters and requests.
 */
export async function CallTimeCard({
  callTime,
  eventRules,
  laborTypes,
  currency,
  open,
  canTimesheet,
  canManageCatalogues,
  timeChangeAnswers,
}: {
  callTime: EventBoardCallTime;
  /** Pay rule levels above the call time: org, location, event. */
  eventRules: PayRuleOverrides[];
  laborTypes: LaborTypeOption[];
  currency: string;
  /** The event still takes changes (draft or active). */
  open: boolean;
  canTimesheet: boolean;
  canManageCatalogues: boolean;
  /** The workers' answers to the last time change, when there is one. */
  timeChangeAnswers?: ReactNode;
}) {
  const t = await getTranslations("staffingEvents.callTimes");
  const format = await getFormatter();
  const zone = callTime.timeZone;
  const start = new Date(callTime.startsAt);
  const inheritedMinimumHours = resolvePayRules(eventRules).minimumHours;
  const rules = resolvePayRules([...eventRules, callTime.payRules]);
  const requestCount = callTime.requirements.reduce(
    (sum, requirement) => sum + requirement.requests.length,
    0,
  );
  const hasConfirmed = callTime.requirements.some((r) => r.counts.confirmed > 0);
  const queued = callTime.requirements.reduce((sum, r) => sum + r.counts.queued, 0);
  const usedTypes = new Set(callTime.requirements.map((r) => r.laborType.id));
  const headingId = `call-time-${callTime.id}`;

  return (
    <Card className="overflow-hidden" data-testid="call-time" data-call-time-id={callTime.id}>
      <section aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-3 border-b bg-muted/30 px-4 py-3">
          <div className="grid gap-0.5">
            <h3 id={headingId} className="text-base font-semibold">
              {callTime.name}
            </h3>
            <p className="text-sm" data-testid="call-time-when">
              <time dateTime={callTime.startsAt}>
                {format.dateTime(start, {
                  weekday: "short",
                  day: "numeric",
                  month: "short",
                  year: "numeric",
                  hour: "2-digit",
                  minute: "2-digit",
                  timeZone: zone,
                })}
              </time>
              <span className="text-muted-foreground"> · {zone}</span>
            </p>
            <p className="text-xs text-muted-foreground">
              {t("minimumHoursShown", { hours: rules.minimumHours })}
            </p>
          </div>
          <div className="flex flex-wrap gap-1">
            {open && queued > 0 && (
              <SendButton
                scope={{ callTimeId: callTime.id }}
                queued={queued}
                variant="outline"
                testId="send-call-time"
              />
            )}
            {canTimesheet && (
              <Button asChild variant="ghost" size="sm">
                <Link href={timesheetPath(callTime.id)} data-testid="call-time-timesheet">
                  <ClipboardList aria-hidden />
                  {t("timesheet")}
                </Link>
              </Button>
            )}
            {open && (
              <>
                <EditCallTimeDialog
                  callTime={callTime}
                  inheritedMinimumHours={inheritedMinimumHours}
                  hasConfirmed={hasConfirmed}
                />
                <CopyCallTimeDialog callTime={callTime} requestCount={requestCount} />
                <DeleteCallTimeDialog
                  callTime={callTime}
                  requirementCount={callTime.requirements.length}
                  requestCount={requestCount}
                />
              </>
            )}
          </div>
        </div>

        <div className="grid gap-4 p-4">
          {callTime.message && (
            <blockquote className="border-l-2 pl-3 text-sm whitespace-pre-line text-muted-foreground">
              {callTime.message}
            </blockquote>
          )}
          {callTime.changes.length > 0 && <ChangeHistory callTime={callTime} format={format} />}
          {timeChangeAnswers}

          {callTime.requirements.length === 0 ? (
            <p className="rounded-md border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
              {open ? t("noRequirements") : t("noRequirementsClosed")}
            </p>
          ) : (
            callTime.requirements.map((requirement) => (
              <RequirementBlock
                key={requirement.id}
                requirement={requirement}
                eventRules={[...eventRules, callTime.payRules]}
                currency={currency}
                open={open}
                timeZone={zone}
              />
            ))
          )}
          {open && (
            <div>
              <AddRequirementDialog
                callTimeId={callTime.id}
                callTimeName={callTime.name}
                laborTypes={laborTypes.filter((type) => !usedTypes.has(type.id))}
                currency={currency}
                inheritedMinimumHours={rules.minimumHours}
                laborTypesHref={
                  canManageCatalogues ? "/manage/staffing/labor-types" : "/manage/staffing"
                }
              />
            </div>
          )}
        </div>
      </section>
    </Card>
  );
}

async function RequirementBlock({
  requirement,
  eventRules,
  currency,
  open,
  timeZone,
}: {
  requirement: EventBoardRequirement;
  /** Pay rule levels above the requirement: org, location, event, call time. */
  eventRules: PayRuleOverrides[];
  currency: string;
  open: boolean;
  timeZone: string;
}) {
  const t = await getTranslations("staffingEvents.requirements");
  const locale = await getLocale();
  const format = await getFormatter();
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });
  const name = requirement.laborType.name;
  const headingId = `${requirementAnchor(requirement.id)}-heading`;
  const rules = resolvePayRules([...eventRules, requirement.payRules]);
  const facts = [
    t("neededCount", { count: requirement.needed }),
    requirement.firstComePositions > 0
      ? t("firstComeCount", { count: requirement.firstComePositions })
      : null,
    requirement.payRateMinor !== null
      ? t("rate", {
          amount: formatMoney(requirement.payRateMinor, currency, locale),
        })
      : null,
    t("minimumHoursShort", { hours: rules.minimumHours }),
  ].filter(Boolean);

  return (
    <section
      id={requirementAnchor(requirement.id)}
      aria-labelledby={headingId}
      className="grid scroll-mt-20 gap-3 rounded-md border p-3"
      data-testid="requirement"
      data-requirement-id={requirement.id}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 id={headingId} className="font-medium">
            {name}
          </h4>
          <p className="text-xs text-muted-foreground">{facts.join(" · ")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          {open && requirement.counts.queued > 0 && (
            <SendButton
              scope={{ requirementId: requirement.id }}
              queued={requirement.counts.queued}
              variant="outline"
              testId={`send-requirement-${requirement.id}`}
            />
          )}
          {open && requirement.counts.unfilled > 0 && (
            <Button asChild size="sm">
              <Link href={fillListPath(requirement.id)} data-testid="requirement-fill">
                <UserPlus aria-hidden />
                {t("findWorkers")}
              </Link>
            </Button>
          )}
          {open && (
            <>
              <EditRequirementDialog
                requirement={requirement}
                currency={currency}
                inheritedMinimumHours={resolvePayRules(eventRules).minimumHours}
              />
              <DeleteRequirementDialog
                requirement={requirement}
                requestCount={requirement.requests.length}
              />
            </>
          )}
        </div>
      </div>
      <Counters counts={requirement.counts} id={requirement.id} needed={requirement.needed} />
      <RequestList
        requirementId={requirement.id}
        laborTypeName={name}
        requests={requirement.requests}
        unfilled={requirement.counts.unfilled}
        canAct={open}
        moments={Object.fromEntries(
          requirement.requests.map((request) => {
            const at = lastMoved(request);
            return [request.id, at ? when(at) : ""];
          }),
        )}
      />
    </section>
  );
}

/** The timestamp of the request's current state. */
function lastMoved(request: TLaborRequest): string | null {
  switch (request.state) {
    case "queued":
      return null;
    case "sent":
      return request.sentAt;
    case "confirmed":
      return request.confirmedAt ?? request.answeredAt;
    case "canceled":
      return request.canceledAt;
    case "no_call_no_show":
      return request.noShowAt;
    default:
      return request.answeredAt;
  }
}

function ChangeHistory({ callTime, format }: { callTime: EventBoardCallTime; format: Formatter }) {
  const zone = callTime.timeZone;
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  return (
    <ChangeHistoryView
      count={callTime.changes.length}
      items={callTime.changes.map((change) => ({
        id: change.id,
        from: when(change.previousStartsAt),
        to: when(change.newStartsAt),
        by: change.changedBy?.name ?? null,
        at: when(change.createdAt),
      }))}
    />
  );
}

async function ChangeHistoryView({
  count,
  items,
}: {
  count: number;
  items: { id: string; from: string; to: string; by: string | null; at: string }[];
}) {
  const t = await getTranslations("staffingEvents.callTimes");
  return (
    <details className="group rounded-md border" data-testid="call-time-history">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <ChevronRight className="size-4 transition-transform group-open:rotate-90" aria-hidden />
        <History className="size-4 text-muted-foreground" aria-hidden />
        {t("history", { count })}
      </summary>
      <ol className="grid gap-2 border-t px-3 py-2 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            {t("historyItem", { from: item.from, to: item.to })}
            <span className="block text-xs text-muted-foreground">
              {item.by
                ? t("historyBy", { name: item.by, at: item.at })
                : t("historyAt", { at: item.at })}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
