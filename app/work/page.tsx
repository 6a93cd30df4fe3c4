import { CalendarClock } from "lucide-react";
import { SurfaceOverview, surfaceMetadata } from "@/components/shell/surface-overview";

export const generateMetadata = () => surfaceMetadata("work");

export default function WorkPage() {
  return <SurfaceOverview surface="work" icon={CalendarClock} />;
}
