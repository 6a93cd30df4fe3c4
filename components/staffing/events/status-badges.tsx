import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TEvent, TLaborRequest } from "@/lib/staffing";

/** Draft waits (amber), active runs (green), completed is done (blue), canceled is over (grey). */
const EVENT_TONES = {
  draft: "pending",
  active: "success",
  completed: "info",
  canceled: "neutral",
} as const satisfies Record<TEvent["status"], string>;

export function EventStatusBadge({ status }: { status: TEvent["status"] }) {
  const t = useTranslations("staffingEvents.status");
  return (
    <Badge tone={EVENT_TONES[status]} data-testid="event-status">
      {t(status)}
    </Badge>
  );
}

/** The product's request colours: pending amber, available blue, confirmed green, no-show red. */
export const REQUEST_TONES = {
  queued: "pending",
  sent: "pending",
  available: "info",
  confirmed: "success",
  declined: "neutral",
  canceled: "neutral",
  no_call_no_show: "danger",
} as const satisfies Record<TLaborRequest["state"], string>;

export function RequestStateBadge({
  state,
  reserved,
}: {
  state: TLaborRequest["state"];
  reserved?: boolean;
}) {
  const t = useTranslations("staffingEvents.requestState");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={REQUEST_TONES[state]} data-testid="request-state" data-state={state}>
        {t(state)}
      </Badge>
      {reserved && <Badge tone="neutral">{t("reserved")}</Badge>}
    </span>
  );
}
