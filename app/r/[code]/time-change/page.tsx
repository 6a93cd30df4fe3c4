import { ArrowDown, CalendarClock, CalendarOff, LinkIcon, TimerOff } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TimeChangeAnswerForm } from "@/components/staffing/time-change/answer-form";
import { OutcomeBanner } from "@/components/staffing/work/outcome-banner";
import { PublicFrame } from "@/components/staffing/work/public-frame";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RateLimitError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { findTimeChangeForLink, type TimeChangeForLink } from "@/lib/staffing";
import { formatNoticeDate, formatNoticeTime } from "@/lib/staffing/notice-texts";
import { answerTimeChangeOnLink } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingTimeChange");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

// The answer and the call time change under the worker's feet: never serve a cached page.
export const dynamic = "force-dynamic";

/**
 * Workflow 6: the page a time-change text links to, without signing in. It shows the old
 * and the new time and takes "I'll be there" or "Can't make it" with an optional note; the
 * worker may change the answer until the call starts.
 */
export default async function TimeChangePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await getTranslations("staffingTimeChange");
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  let change: TimeChangeForLink | null;
  try {
    change = await findTimeChangeForLink(code, { ip });
  } catch (error) {
    if (!(error instanceof RateLimitError)) throw error;
    const limited = await getTranslations("requestLink.rateLimited");
    return (
      <Notice icon={TimerOff} title={limited("title")}>
        {limited("body", { minutes: Math.ceil(error.retryAfterSeconds / 60) })}
      </Notice>
    );
  }
  if (!change) {
    return (
      <Notice icon={LinkIcon} title={t("notFoundTitle")}>
        {t("notFoundBody")}
      </Notice>
    );
  }
  if (change.requestState !== "confirmed") {
    return (
      <Notice icon={CalendarOff} title={t("closedTitle")}>
        {t("closedBody")}
      </Notice>
    );
  }
  if (change.started) {
    return (
      <Notice icon={CalendarClock} title={t("pastTitle")}>
        {t("pastBody")}
      </Notice>
    );
  }

  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  const when = (instant: Date) =>
    `${formatNoticeDate(instant, locale, change.timeZone)} · ${formatNoticeTime(instant, locale, change.timeZone)}`;

  return (
    <PublicFrame>
      <header className="mb-6">
        <p className="text-sm font-medium text-muted-foreground">{change.orgName}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-base text-muted-foreground">
          {t("intro", {
            org: change.orgName,
            event: change.eventName,
            callTime: change.callTimeName,
          })}
        </p>
      </header>

      {change.answer === "confirmed" && (
        <OutcomeBanner kind="confirmed" tone="success" title={t("answeredConfirmed")}>
          {t("answeredConfirmedBody")} {t("changeAnswer")}
        </OutcomeBanner>
      )}
      {change.answer === "cant_make_it" && (
        <OutcomeBanner kind="declined" tone="neutral" title={t("answeredCantMakeIt")}>
          {t("answeredCantMakeItBody")} {t("changeAnswer")}
        </OutcomeBanner>
      )}

      <Card className="mb-6 p-4" data-testid="time-change-times">
        <dl className="grid gap-2">
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
              {t("previous")}
            </dt>
            <dd className="text-base text-muted-foreground line-through decoration-1">
              {when(change.previousStartsAt)}
            </dd>
          </div>
          <ArrowDown className="size-4 text-muted-foreground" aria-hidden />
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
              {t("current")}
            </dt>
            <dd className="text-xl font-semibold tabular-nums">{when(change.newStartsAt)}</dd>
          </div>
        </dl>
      </Card>

      <section aria-labelledby="time-change-question" className="grid gap-3">
        <h2 id="time-change-question" className="text-base font-semibold">
          {t("question")}
        </h2>
        <TimeChangeAnswerForm
          action={answerTimeChangeOnLink}
          fields={{ code, answerId: change.answerId }}
          message={change.message}
          labels={{
            confirm: t("confirm"),
            cantMakeIt: t("cantMakeIt"),
            message: t("messageLabel"),
            messageOptional: t("messageOptional"),
            messagePlaceholder: t("messagePlaceholder"),
          }}
        />
      </section>
    </PublicFrame>
  );
}

function Notice({
  icon,
  title,
  children,
}: {
  icon: typeof LinkIcon;
  title: string;
  children: ReactNode;
}) {
  return (
    <PublicFrame>
      <EmptyState icon={icon} title={title}>
        <p>{children}</p>
      </EmptyState>
    </PublicFrame>
  );
}
