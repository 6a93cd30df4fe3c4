import { getMyBooking } from "@/lib/booking/bookings.queries";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { viewerFromSessionCookie } from "@/lib/identity/web-session";
import { bookingCalendar } from "./booking-calendar";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in customer's booking as an .ics file; anyone else's is a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await viewerFromSessionCookie(request);
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  if (!UUID.test(id)) return new Response("Not found", { status: 404 });
  const locale = isLocale(viewer.user.locale) ? viewer.user.locale : DEFAULT_LOCALE;
  try {
    const booking = await getMyBooking(viewer.user.id, id, locale);
    const pageUrl = new URL(`/account/bookings/${id}`, request.url).toString();
    return new Response(bookingCalendar(booking, pageUrl), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="booking-${id.slice(0, 8)}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
