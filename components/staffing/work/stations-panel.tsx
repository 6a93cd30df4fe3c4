"use client";

import { Check, Copy, ExternalLink, MonitorSmartphone, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { closeStationAction, openStationAction } from "@/app/manage/staffing/stations/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";

type Opened = { url: string; expiresAt: string };

export function StationsPanel({
  eventId,
  closed,
  stations,
}: {
  eventId: string;
  closed: boolean;
  stations: { id: string; label: string }[];
}) {
  const t = useTranslations("stationsCard");
  const [opened, open, opening] = useActionState(openStationAction, idle as FormState<Opened>);
  const [closedState, close, closing] = useActionState(closeStationAction, idle as FormState<null>);
  const [copied, setCopied] = useState(false);
  const seenOpen = useRef(opened);
  const seenClose = useRef(closedState);

  useEffect(() => {
    if (opened === seenOpen.current) return;
    seenOpen.current = opened;
    if (opened.status === "error") toast.error(opened.message);
  }, [opened]);
  useEffect(() => {
    if (closedState === seenClose.current) return;
    seenClose.current = closedState;
    if (closedState.status === "error") toast.error(closedState.message);
    if (closedState.status === "success") toast.success(closedState.message);
  }, [closedState]);

  const run = (action: (data: FormData) => void, fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    startTransition(() => action(data));
  };

  const url = opened.status === "success" ? opened.data.url : null;
  return (
    <Card className="grid gap-4 p-4" data-testid="stations-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="flex items-center gap-2 text-base font-semibold">
            <MonitorSmartphone className="size-4 text-muted-foreground" aria-hidden />
            {t("title")}
          </h2>
          <p className="mt-1 max-w-prose text-sm text-muted-foreground">{t("description")}</p>
        </div>
        {!closed && (
          <Button
            variant="outline"
            pending={opening}
            onClick={() => run(open, { eventId })}
            data-testid="open-station"
          >
            {t("open")}
          </Button>
        )}
      </div>
      {url && (
        <div className="grid gap-2 rounded-md border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950">
          <p className="text-sm font-medium">{t("openedOnce")}</p>
          <div className="flex gap-2">
            <Input readOnly value={url} aria-label={t("urlLabel")} className="font-mono text-xs" />
            <Button
              variant="outline"
              size="icon"
              aria-label={t("copy")}
              onClick={async () => {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              }}
            >
              {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            </Button>
            <Button asChild size="icon" aria-label={t("openKiosk")}>
              <a href={url} target="_blank" rel="noreferrer">
                <ExternalLink aria-hidden />
              </a>
            </Button>
          </div>
        </div>
      )}
      {stations.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="divide-y rounded-md border">
          {stations.map((station) => (
            <li key={station.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="text-sm">{station.label}</span>
              <Button
                variant="ghost"
                size="sm"
                disabled={closing}
                onClick={() => run(close, { stationId: station.id })}
              >
                <X aria-hidden />
                {t("close")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
