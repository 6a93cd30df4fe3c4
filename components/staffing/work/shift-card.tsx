import { CalendarDays, CalendarPlus, Clock, MapPin, MessageSquareText } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TWorkRequest } from "@/lib/staffing";
import { cn } from "@/lib/utils/cn";
import { QrCode } from "./qr-code";

type Tone = "pending" | "info" | "success" | "neutral" | "danger";

/** The same colour for the same state everywhere (docs/UI: pending amber, confirmed green…). */
export const STATE_TONE: Record<TWorkRequest["state"], Tone> = {
  queued: "neutral",
  sent: "pending",
  available: "info",
  confirmed: "success",
  declined: "neutral",
  canceled: "neutral",
  no_call_no_show: "danger",
};

/** Date and time of a call in the location's zone, e.g. "Friday, 4 December" and "07:00 EST". */
export async function callTimeText(request: TWorkRequest) {
  const format = await getFormatter();
  const startsAt = new Date(request.callTime.startsAt);
  const zone = request.callTime.timeZone;
  return {
    day: format.dateTime(startsAt, {
      timeZone: zone,
      weekday: "long",
      day: "numeric",
      month: "long",
    }),
    time: format.dateTime(startsAt, {
      timeZone: zone,
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }),
    at: (iso: string) =>
      format.dateTime(new Date(iso), { timeZone: zone, hour: "2-digit", minute: "2-digit" }),
    dayAt: (iso: string) =>
      format.dateTime(new Date(iso), {
        timeZone: zone,
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
      }),
  };
}

function mapUrl(location: NonNullable<TWorkRequest["location"]>): string {
  const query =
    location.latitude != null && location.longitude != null
      ? `${location.latitude},${location.longitude}`
      : [location.name, location.address].filter(Boolean).join(", ");
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/**
 * One shift as a worker sees it, phone first: state, call time and place in big type, the
 * manager's message, then what they can do (the `actions` slot). Confirmed shifts add the
 * calendar link, the clock-in QR code and where their clock stands.
 */
export async function ShiftCard({
  request,
  actions,
  qrSvg,
  showOrg = false,
  showEvent = false,
  muted = false,
  footer,
}: {
  request: TWorkRequest;
  actions?: ReactNode;
  qrSvg?: string;
  showOrg?: boolean;
  showEvent?: boolean;
  /** Declined, canceled and no-shows: shown greyed. */
  muted?: boolean;
  footer?: ReactNode;
}) {
  const t = await getTranslations("workShift");
  const when = await callTimeText(request);
  const confirmed = request.state === "confirmed";
  const entry = request.timeEntry;
  return (
    <Card
      id={`request-${request.id}`}
      data-testid="shift-card"
      data-state={request.state}
      className={cn("scroll-mt-20 overflow-hidden", muted && "opacity-60")}
    >
      <div className="grid gap-4 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Badge tone={STATE_TONE[request.state]}>{t(`states.${request.state}`)}</Badge>
          {showOrg && <span className="text-xs text-muted-foreground">{request.org.name}</span>}
        </div>
        <div>
          {showEvent && (
            <p className="text-sm font-medium text-muted-foreground">{request.event.name}</p>
          )}
          <h3 className="text-lg font-semibold leading-tight">
            {request.callTime.name}
            <span className="font-normal text-muted-foreground"> · {request.laborType.name}</span>
          </h3>
        </div>
        <dl className="grid gap-2 text-base">
          <div className="flex items-center gap-3">
            <dt className="sr-only">{t("day")}</dt>
            <CalendarDays className="size-5 shrink-0 text-muted-foreground" aria-hidden />
            <dd>{when.day}</dd>
          </div>
          <div className="flex items-center gap-3">
            <dt className="sr-only">{t("callTime")}</dt>
            <Clock className="size-5 shrink-0 text-muted-foreground" aria-hidden />
            <dd className="font-semibold tabular-nums">{when.time}</dd>
          </div>
          {request.location && (
            <div className="flex items-start gap-3">
              <dt className="sr-only">{t("place")}</dt>
              <MapPin className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
              <dd>
                <a
                  href={mapUrl(request.location)}
                  target="_blank"
                  rel="noreferrer"
                  className="underline-offset-4 hover:underline"
                >
                  {request.location.name}
                  {request.location.address && (
                    <span className="block text-sm text-muted-foreground">
                      {request.location.address}
                    </span>
                  )}
                </a>
              </dd>
            </div>
          )}
        </dl>
        {request.callTime.message && (
          <div className="flex gap-3 rounded-md bg-muted/60 p-3 text-sm">
            <MessageSquareText
              className="mt-0.5 size-4 shrink-0 text-muted-foreground"
              aria-hidden
            />
            <p>
              <span className="sr-only">{t("message")}: </span>
              {request.callTime.message}
            </p>
          </div>
        )}
        {request.state === "available" && (
          <p className="text-sm text-muted-foreground">{t("availableHint")}</p>
        )}
        {confirmed && (
          <div className="grid gap-4 border-t pt-4">
            <p className="text-sm font-medium" data-testid="clock-status">
              {entry?.signedOutAt
                ? t("clock.out", {
                    in: when.at(entry.signedInAt!),
                    out: when.at(entry.signedOutAt),
                  })
                : entry?.signedInAt
                  ? t("clock.in", { time: when.at(entry.signedInAt) })
                  : request.clock.canClockIn
                    ? t("clock.open", { time: when.at(request.clock.closesAt) })
                    : request.clock.window === "upcoming"
                      ? t("clock.opens", { when: when.dayAt(request.clock.opensAt) })
                      : t("clock.closed")}
            </p>
            {qrSvg && !entry?.signedOutAt && (
              <figure className="grid gap-2">
                <QrCode svg={qrSvg} label={t("qrLabel")} />
                <figcaption className="text-center text-sm text-muted-foreground">
                  {t("qrCaption")}
                </figcaption>
              </figure>
            )}
            {request.links.calendar && !entry?.signedOutAt && (
              <Button asChild variant="outline" size="lg" className="h-12 w-full">
                <a href={request.links.calendar} data-testid="add-to-calendar">
                  <CalendarPlus aria-hidden />
                  {t("addToCalendar")}
                </a>
              </Button>
            )}
          </div>
        )}
        {actions}
        {footer}
      </div>
    </Card>
  );
}
