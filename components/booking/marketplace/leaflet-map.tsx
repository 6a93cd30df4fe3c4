"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils/cn";
import type { MapPin } from "./map-types";

/** Where the map opens when there is nothing to show: central Tirana. */
const FALLBACK_CENTER: L.LatLngTuple = [41.3275, 19.8187];

/** A pin drawn with CSS (no marker image to fetch), in the theme's primary colour. */
const PIN_ICON = L.divIcon({
  className: "",
  html: '<span style="display:block;width:20px;height:20px;border-radius:9999px;background:var(--primary);border:3px solid var(--background);box-shadow:0 1px 4px rgb(0 0 0 / .35)"></span>',
  iconSize: [20, 20],
  iconAnchor: [10, 10],
  popupAnchor: [0, -10],
});

export interface LeafletMapProps {
  pins: MapPin[];
  /** A {z}/{x}/{y} tile URL; without one the map draws only the pins (no network). */
  tileUrl?: string;
  attribution?: string;
  openLabel: string;
  /** Zoom for a single pin. */
  zoom?: number;
  className?: string;
}

/** The Leaflet map itself; load it through `MapPanel` (client only, never server-rendered). */
export default function LeafletMap({
  pins,
  tileUrl,
  attribution,
  openLabel,
  zoom = 15,
  className,
}: LeafletMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const pinsKey = JSON.stringify(pins);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const shown: MapPin[] = JSON.parse(pinsKey);
    const map = L.map(element, {
      scrollWheelZoom: false,
      attributionControl: Boolean(tileUrl),
    });
    if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);

    for (const pin of shown) {
      const marker = L.marker([pin.latitude, pin.longitude], {
        icon: PIN_ICON,
        title: pin.name,
        alt: pin.name,
        keyboard: true,
      }).addTo(map);
      marker.bindPopup(popupFor(pin, openLabel));
    }

    if (shown.length === 0) map.setView(FALLBACK_CENTER, 12);
    else if (shown.length === 1) map.setView([shown[0]!.latitude, shown[0]!.longitude], zoom);
    else {
      const bounds = L.latLngBounds(shown.map((pin) => [pin.latitude, pin.longitude]));
      map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16 });
    }
    return () => {
      map.remove();
    };
  }, [pinsKey, tileUrl, attribution, openLabel, zoom]);

  return (
    <div
      ref={container}
      className={cn("isolate z-0 h-full w-full rounded-lg", className)}
      // Without tiles the map is a plain surface in the theme's colours, pins on top.
      style={tileUrl ? undefined : { background: "var(--muted)" }}
    />
  );
}

/** Popup content built as DOM nodes, so a business's name is never read as HTML. */
function popupFor(pin: MapPin, openLabel: string): HTMLElement {
  const box = document.createElement("div");
  const title = document.createElement(pin.href ? "a" : "strong");
  title.textContent = pin.name;
  if (title instanceof HTMLAnchorElement && pin.href) {
    title.href = pin.href;
    title.style.fontWeight = "600";
  }
  box.append(title);
  if (pin.detail) {
    const detail = document.createElement("div");
    detail.textContent = pin.detail;
    detail.style.opacity = "0.75";
    box.append(detail);
  }
  if (pin.href) {
    const open = document.createElement("a");
    open.href = pin.href;
    open.textContent = openLabel;
    open.style.display = "inline-block";
    open.style.marginTop = "4px";
    box.append(open);
  }
  return box;
}
