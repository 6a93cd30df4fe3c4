import { CircleSlash, Clock, type LucideIcon, TimerOff, Users } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicFrame } from "@/components/staffing/work/public-frame";
import { StationScanner } from "@/components/staffing/work/station-scanner";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { GoneError, NotFoundError, RateLimitError } from "@/lib/errors";
import { loadStation, type StationView } from "@/lib/staffing";
import { scanAtStation } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("station");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * Workflow 9: the sign-in desk's kiosk, opened from the URL a manager created (no sign-in;
 * the URL is the key, valid 24 hours). Scanning a confirmed worker's QR code signs them in,
 * the next scan out; the list shows who is in right now.
 */
export default async function StationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("station");
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  let view: StationView;
  try {
    view = await loadStation(token, { ip });
  } catch (error) {
    if (error instanceof GoneError) {
      return <Closed icon={Clock} title={t("expired.title")} body={t("expired.body")} />;
    }
    if (error instanceof NotFoundError) {
      return <Closed icon={CircleSlash} title={t("unknown.title")} body={t("unknown.body")} />;
    }
    if (error instanceof RateLimitError) {
      return <Closed icon={TimerOff} title={t("rateLimited.title")} body={t("rateLimited.body")} />;
    }
    throw error;
  }
  const format = await getFormatter();
  const until = format.dateTime(new Date(view.expiresAt), {
    timeZone: view.timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
  });

  return (
    <PublicFrame wide>
      <header className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm font-medium text-muted-foreground">
            {view.org.name} · {t("label")}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{view.event.name}</h1>
        </div>
        <p className="text-sm text-muted-foreground">{t("validUntil", { time: until })}</p>
      </header>
      <div className="grid gap-6 md:grid-cols-[3fr_2fr]">
        <StationScanner scan={scanAtStation.bind(null, token)} />
        <Card className="h-fit p-4" data-testid="station-signed-in">
          <h2 className="flex items-center gap-2 text-base font-semibold">
            <Users className="size-5 text-muted-foreground" aria-hidden />
            {t("inNow", { count: view.signedIn.length })}
          </h2>
          <p className="mt-1 text-sm text-muted-foreground">
            {t("counts", { confirmed: view.confirmedCount, out: view.signedOutCount })}
          </p>
          {view.signedIn.length === 0 ? (
            <p className="mt-4 text-sm text-muted-foreground">{t("nobodyIn")}</p>
          ) : (
            <ul className="mt-4 divide-y">
              {view.signedIn.map((row) => (
                <li key={row.requestId} className="flex items-center justify-between gap-3 py-2">
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{row.name}</span>
                    <span className="block text-xs text-muted-foreground">{row.laborType}</span>
                  </span>
                  <span className="shrink-0 tabular-nums text-sm">{row.time}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </PublicFrame>
  );
}

function Closed({ icon, title, body }: { icon: LucideIcon; title: string; body: string }) {
  return (
    <PublicFrame>
      <div data-testid="station-closed">
        <EmptyState icon={icon} title={title}>
          <p>{body}</p>
        </EmptyState>
      </div>
    </PublicFrame>
  );
}
