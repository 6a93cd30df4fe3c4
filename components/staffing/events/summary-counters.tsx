import type { TRequirement } from "@/lib/staffing/events.schemas";
import type { TRequestCounts } from "@/lib/staffing/requests.schemas";
import { Counters } from "./counters";

/** The whole event's counters: the sums over every requirement of every call time. */
export function SummaryCounters({
  requirements,
  eventId,
}: {
  requirements: TRequirement[];
  eventId: string;
}) {
  if (requirements.length === 0) return null;
  const total: TRequestCounts = {
    queued: 0,
    sent: 0,
    available: 0,
    declined: 0,
    confirmed: 0,
    canceled: 0,
    noShow: 0,
    unfilled: 0,
  };
  let needed = 0;
  for (const requirement of requirements) {
    needed += requirement.needed;
    for (const key of Object.keys(total) as (keyof TRequestCounts)[]) {
      total[key] += requirement.counts[key];
    }
  }
  return <Counters counts={total} id={`event-${eventId}`} needed={needed} className="max-w-2xl" />;
}
