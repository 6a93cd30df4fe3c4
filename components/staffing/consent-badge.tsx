import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TWorker } from "@/lib/staffing/people.schemas";

type ConsentState = TWorker["smsConsent"];

/** Asked and waiting amber, yes green, stopped red, never asked grey. */
const CONSENT_TONES = {
  unknown: "neutral",
  pending: "pending",
  granted: "success",
  stopped: "danger",
} as const satisfies Record<ConsentState, string>;

export function ConsentBadge({ state }: { state: ConsentState }) {
  const t = useTranslations("staffingUi.consent");
  return (
    <Badge tone={CONSENT_TONES[state]} title={t(`${state}Hint`)}>
      {t(state)}
    </Badge>
  );
}
