"use client";

import { LocateFixed, MapPin, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { clearLocation, saveLocation } from "@/app/account/settings/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ActionButton } from "./action-button";
import { ActionForm } from "@/components/forms/action-form";

type Coordinates = { lat: number; lng: number };

/** Five decimals is about a metre: as precise as a phone's fix, no more. */
const round = (value: number) => String(Math.round(value * 1e5) / 1e5);

/**
 * Where the user is, for work nearby: typed coordinates or the browser's position, saved
 * only when the user says so.
 */
export function LocationForm({ location }: { location: Coordinates | null }) {
  const t = useTranslations("settings.location");
  const [lat, setLat] = useState(location ? String(location.lat) : "");
  const [lng, setLng] = useState(location ? String(location.lng) : "");
  const [locating, setLocating] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  function locate() {
    if (!("geolocation" in navigator)) {
      setStatus({ text: t("unsupported"), error: true });
      return;
    }
    setLocating(true);
    setStatus({ text: t("locating") });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLat(round(position.coords.latitude));
        setLng(round(position.coords.longitude));
        setLocating(false);
        setStatus({ text: t("located") });
      },
      (error) => {
        setLocating(false);
        const reason =
          error.code === error.PERMISSION_DENIED
            ? "denied"
            : error.code === error.TIMEOUT
              ? "timeout"
              : "unavailable";
        setStatus({ text: t(`errors.${reason}`), error: true });
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  }

  return (
    <div className="grid gap-3">
      <ActionForm action={saveLocation} submitLabel={t("save")} pendingLabel={t("saving")}>
        {(errors) => (
          <>
            <div className="grid grid-cols-2 gap-4">
              <FormField label={t("latitude")} errors={errors?.lat}>
                <Input
                  name="lat"
                  inputMode="decimal"
                  placeholder="41.3275"
                  value={lat}
                  onChange={(event) => setLat(event.target.value)}
                />
              </FormField>
              <FormField label={t("longitude")} errors={errors?.lng}>
                <Input
                  name="lng"
                  inputMode="decimal"
                  placeholder="19.8187"
                  value={lng}
                  onChange={(event) => setLng(event.target.value)}
                />
              </FormField>
            </div>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
              <Button type="button" variant="outline" size="sm" pending={locating} onClick={locate}>
                {!locating && <LocateFixed aria-hidden />}
                {t("useCurrent")}
              </Button>
              <p
                aria-live="polite"
                className={
                  status?.error
                    ? "text-xs font-medium text-destructive"
                    : "text-xs text-muted-foreground"
                }
              >
                {status?.text}
              </p>
            </div>
          </>
        )}
      </ActionForm>
      {location && (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-muted/60 px-3 py-2 text-sm">
          <span className="flex min-w-0 items-center gap-2">
            <MapPin className="size-4 shrink-0 text-muted-foreground" aria-hidden />
            <span className="truncate">
              {t("current", { lat: String(location.lat), lng: String(location.lng) })}
            </span>
            <a
              href={`https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=14/${location.lat}/${location.lng}`}
              target="_blank"
              rel="noreferrer"
              className="shrink-0 text-primary underline-offset-4 hover:underline"
            >
              {t("viewOnMap")}
              <span className="sr-only"> ({t("newTab")})</span>
            </a>
          </span>
          <ActionButton
            action={clearLocation}
            variant="ghost"
            refresh
            onSuccess={() => {
              setLat("");
              setLng("");
              setStatus(null);
            }}
          >
            <X aria-hidden />
            {t("clear")}
          </ActionButton>
        </div>
      )}
    </div>
  );
}
