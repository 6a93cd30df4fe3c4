import { getFormatter, getTranslations } from "next-intl/server";
import { listStations } from "@/lib/staffing";
import type { OrgContext } from "@/lib/tenancy";
import { StationsPanel } from "./stations-panel";

/**
 * The event page's "Sign-in stations" card: open a 24-hour kiosk for the sign-in desk, see
 * the open ones, close them. Mount it on the event page with the page's org context.
 */
export async function StationsCard({
  org,
  eventId,
  timeZone,
  closed = false,
}: {
  org: OrgContext;
  eventId: string;
  /** The event's zone, for the expiry times. */
  timeZone: string;
  /** A canceled or completed event opens no new stations. */
  closed?: boolean;
}) {
  const [stations, format, t] = await Promise.all([
    listStations(org, eventId),
    getFormatter(),
    getTranslations("stationsCard"),
  ]);
  return (
    <StationsPanel
      eventId={eventId}
      closed={closed}
      stations={stations.map((station) => ({
        id: station.id,
        label: t("openedBy", {
          name: station.createdBy?.name ?? t("someone"),
          until: format.dateTime(new Date(station.expiresAt), {
            timeZone,
            weekday: "short",
            hour: "2-digit",
            minute: "2-digit",
          }),
        }),
      }))}
    />
  );
}
