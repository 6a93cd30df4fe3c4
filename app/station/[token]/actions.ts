"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { AppError, GoneError, NotFoundError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/translator";
import { stationScan, type StationScanResult } from "@/lib/staffing";

export type ScanOutcome =
  { ok: true; result: StationScanResult } | { ok: false; message: string; stationGone: boolean };

const ZScan = z.object({
  token: z.string().min(1).max(200),
  scanned: z.string().trim().min(1).max(500),
});

/**
 * One scan (or typed code) at the kiosk. Refusals come back as words for the big red panel;
 * `stationGone` tells the kiosk to show that it has expired or was closed.
 */
export async function scanAtStation(token: string, scanned: string): Promise<ScanOutcome> {
  const requested = await getLocale();
  const t = getTranslator(isLocale(requested) ? requested : DEFAULT_LOCALE);
  const input = ZScan.safeParse({ token, scanned });
  if (!input.success) {
    return { ok: false, message: t("staffing.stations.codeNotFound"), stationGone: false };
  }
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  try {
    return { ok: true, result: await stationScan(input.data.token, input.data.scanned, { ip }) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const stationGone =
      error instanceof GoneError ||
      (error instanceof NotFoundError && error.messageKey === "staffing.stations.stationNotFound");
    return { ok: false, message: localize(t, error.messageKey, error.values), stationGone };
  }
}
