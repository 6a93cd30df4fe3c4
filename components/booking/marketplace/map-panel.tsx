"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils/cn";
import type { MapPin } from "./map-types";

// Leaflet touches `window` as it loads: the map is drawn in the browser only, after the page.
const LeafletMap = dynamic(() => import("./leaflet-map"), {
  ssr: false,
  loading: () => <MapLoading />,
});

function MapLoading() {
  const t = useTranslations("marketplaceUi.map");
  return (
    <Skeleton className="flex h-full w-full items-center justify-center" aria-hidden={false}>
      <span className="text-sm text-muted-foreground">{t("loading")}</span>
    </Skeleton>
  );
}

/**
 * A map of pins with its notes: the tile server's credit comes from the env, and without a
 * tile server the pins sit on a plain background with a note saying so.
 */
export function MapPanel({
  pins,
  label,
  tileUrl,
  attribution,
  zoom,
  className,
  testId,
}: {
  pins: MapPin[];
  label: string;
  tileUrl?: string;
  attribution?: string;
  zoom?: number;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("marketplaceUi.map");
  return (
    <figure className="grid gap-2" data-testid={testId}>
      <div
        role="region"
        aria-label={label}
        className={cn("h-80 overflow-hidden rounded-lg border", className)}
      >
        <LeafletMap
          pins={pins}
          tileUrl={tileUrl}
          attribution={attribution}
          openLabel={t("openPage")}
          zoom={zoom}
        />
      </div>
      {(!tileUrl || pins.length === 0) && (
        <figcaption className="text-xs text-muted-foreground">
          {pins.length === 0 ? t("noPins") : t("noTiles")}
        </figcaption>
      )}
    </figure>
  );
}
