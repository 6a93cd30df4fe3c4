import { errorResponse } from "@/lib/api/respond";
import type { Translate } from "@/lib/i18n/translator";
import { SlotTakenError } from "./bookings.service";

/**
 * Runs a booking write for a route; a taken slot answers 409 in the usual error envelope
 * plus `data.availability`: the day's fresh free starts, so the app offers them at once.
 */
export async function answeringSlotTaken<T>(
  t: Translate,
  requestId: string,
  work: () => Promise<T>,
): Promise<T | Response> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SlotTakenError)) throw error;
    const response = errorResponse(409, t(error.messageKey), requestId);
    const body = (await response.json()) as Record<string, unknown>;
    return Response.json(
      { ...body, data: { availability: error.availability } },
      { status: 409, headers: { "X-Request-Id": requestId } },
    );
  }
}
