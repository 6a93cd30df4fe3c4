import { Inbox } from "lucide-react";
import { SurfaceOverview, surfaceMetadata } from "@/components/shell/surface-overview";

export const generateMetadata = () => surfaceMetadata("admin");

export default function AdminPage() {
  return <SurfaceOverview surface="admin" icon={Inbox} />;
}
