"use client";

import { useTranslations } from "next-intl";
import { useBrowserTimeZone } from "@/components/booking/slot-picker";
import { customerTime } from "@/components/booking/slot-picker-utils";

/** "Your time: 08:00 (Europe/London)" when the browser's zone shows another wall time. */
export function CustomerTimeNote({ instant, timeZone }: { instant: string; timeZone: string }) {
  const t = useTranslations("bookingFlowUi.confirm");
  const zone = useBrowserTimeZone();
  const theirs = customerTime(instant, timeZone, zone);
  if (!theirs) return null;
  return <span>{t("yourTime", { time: theirs, zone: zone! })}</span>;
}
