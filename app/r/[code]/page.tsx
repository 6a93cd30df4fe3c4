import { TimerOff } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OutcomeBanner } from "@/components/staffing/work/outcome-banner";
import { PublicFrame } from "@/components/staffing/work/public-frame";
import { ShiftActions } from "@/components/staffing/work/shift-actions";
import { callTimeText, ShiftCard } from "@/components/staffing/work/shift-card";
import { EmptyState } from "@/components/ui/empty-state";
import { RateLimitError } from "@/lib/errors";
import { type LinkPage, loadLinkPage, type TWorkRequest } from "@/lib/staffing";
import { answerOnLink, clockInOnLink, clockOutOnLink } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requestLink");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type SearchParams = { did?: string; request?: string };

const LINK_ACTIONS = { answer: answerOnLink, clockIn: clockInOnLink, clockOut: clockOutOnLink };

/**
 * Workflow 3: the page an SMS link opens, without signing in. It shows every request of
 * the worker for the event, grouped by what it waits for, with one obvious action each.
 */
export default async function RequestLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations("requestLink");
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  let page: LinkPage | null;
  try {
    page = await loadLinkPage(code, { ip });
  } catch (error) {
    if (!(error instanceof RateLimitError)) throw error;
    return (
      <PublicFrame>
        <EmptyState icon={TimerOff} title={t("rateLimited.title")}>
          <p>{t("rateLimited.body", { minutes: Math.ceil(error.retryAfterSeconds / 60) })}</p>
        </EmptyState>
      </PublicFrame>
    );
  }
  if (!page) notFound();

  const { groups } = page;
  const all = [...groups.pending, ...groups.available, ...groups.confirmed, ...groups.closed];
  const done = all.find((request) => request.id === query.request);
  const firstName = page.worker.name.split(/\s+/)[0] ?? page.worker.name;

  return (
    <PublicFrame>
      <header className="mb-6">
        <p className="text-sm font-medium text-muted-foreground">{page.org.name}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">
          {t("greeting", { name: firstName })}
        </h1>
        <p className="mt-1 text-base text-muted-foreground">
          {groups.pending.length > 0
            ? t("leadPending", { event: page.event.name, count: groups.pending.length })
            : t("lead", { event: page.event.name })}
        </p>
      </header>

      {done && <Outcome request={done} did={query.did} />}

      <div className="grid gap-8">
        {(["pending", "available", "confirmed", "closed"] as const).map((group) => (
          <Group
            key={group}
            title={t(`groups.${group}`)}
            requests={groups[group]}
            muted={group === "closed"}
          >
            {(request) => (
              <ShiftCard
                request={request}
                qrSvg={page.qrCodes[request.id]}
                muted={group === "closed" && !request.answerable}
                actions={
                  <ShiftActions
                    request={request}
                    actions={LINK_ACTIONS}
                    fields={{ code, requestId: request.id }}
                  />
                }
              />
            )}
          </Group>
        ))}
      </div>

      <p className="mt-10 text-center text-sm text-muted-foreground">
        {t.rich("signInHint", {
          link: (chunks) => (
            <Link href="/work" className="font-medium text-foreground underline underline-offset-4">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </PublicFrame>
  );
}

async function Group({
  title,
  requests,
  muted = false,
  children,
}: {
  title: string;
  requests: TWorkRequest[];
  muted?: boolean;
  children: (request: TWorkRequest) => ReactNode;
}) {
  if (requests.length === 0) return null;
  const id = `group-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2
        id={id}
        className={
          muted
            ? "text-sm font-semibold uppercase tracking-wide text-muted-foreground/70"
            : "text-sm font-semibold uppercase tracking-wide text-muted-foreground"
        }
      >
        {title} <span className="tabular-nums">({requests.length})</span>
      </h2>
      {requests.map((request) => (
        <div key={request.id}>{children(request)}</div>
      ))}
    </section>
  );
}

async function Outcome({ request, did }: { request: TWorkRequest; did?: string }) {
  const t = await getTranslations("requestLink.outcome");
  const when = await callTimeText(request);
  const values = { callTime: request.callTime.name, day: when.day, time: when.time };
  if (did === "clock-in" && request.timeEntry?.signedInAt) {
    return (
      <OutcomeBanner
        kind="clockIn"
        tone="success"
        title={t("clockedIn", { time: when.at(request.timeEntry.signedInAt) })}
      >
        {t("clockedInBody")}
      </OutcomeBanner>
    );
  }
  if (did === "clock-out" && request.timeEntry?.signedOutAt) {
    return (
      <OutcomeBanner
        kind="clockOut"
        tone="success"
        title={t("clockedOut", { time: when.at(request.timeEntry.signedOutAt) })}
      >
        {t("clockedOutBody")}
      </OutcomeBanner>
    );
  }
  if (did !== "answer") return null;
  if (request.state === "confirmed") {
    return (
      <OutcomeBanner kind="confirmed" tone="success" title={t("confirmed")}>
        {t("confirmedBody", values)}
      </OutcomeBanner>
    );
  }
  if (request.state === "available") {
    return (
      <OutcomeBanner kind="available" tone="info" title={t("available")}>
        {t("availableBody", values)}
      </OutcomeBanner>
    );
  }
  if (request.state === "declined") {
    return (
      <OutcomeBanner kind="declined" tone="neutral" title={t("declined")}>
        {t("declinedBody", values)}
      </OutcomeBanner>
    );
  }
  return null;
}
