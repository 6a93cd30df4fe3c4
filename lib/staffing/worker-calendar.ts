import { createEvent } from "ics";
import QRCode from "qrcode";
import type { TWorkRequest } from "./worker-requests.schemas";

/**
 * A confirmed worker's "Add to calendar" file and clock-in QR code. The calendar event is
 * written in UTC (DTSTART…Z), so every calendar app shows it at the right local time whatever
 * the phone's zone; it lasts the shift's minimum hours.
 */
export function shiftCalendar(request: TWorkRequest, durationMinutes: number): string {
  const place = request.location
    ? [request.location.name, request.location.address].filter(Boolean).join(", ")
    : undefined;
  const geo =
    request.location?.latitude != null && request.location.longitude != null
      ? { lat: request.location.latitude, lon: request.location.longitude }
      : undefined;
  const description = [
    `${request.org.name} · ${request.laborType.name}`,
    request.callTime.message,
    request.links.page,
  ]
    .filter(Boolean)
    .join("\n\n");
  const minutes = Math.max(60, Math.round(durationMinutes));
  const { error, value } = createEvent({
    uid: `labor-request-${request.id}@callboard`,
    productId: "callboard/staffing",
    title: `${request.event.name} – ${request.callTime.name}`,
    start: Date.parse(request.callTime.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    description,
    location: place,
    geo,
    url: request.links.page,
    status: "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("The calendar event could not be written");
  return value;
}

/** The clock-in QR code: the request's long-token page URL, which a sign-in station scans. */
export function clockInQrSvg(pageUrl: string): Promise<string> {
  return QRCode.toString(pageUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
