import { CalendarX2 } from "lucide-react";
import { SurfaceOverview, surfaceMetadata } from "@/components/shell/surface-overview";

export const generateMetadata = () => surfaceMetadata("account");

export default function AccountPage() {
  return <SurfaceOverview surface="account" icon={CalendarX2} />;
}
