import { EventPageSkeleton } from "@/components/staffing/events/skeletons";

export default function Loading() {
  return <EventPageSkeleton />;
}
