import { DashboardSkeleton } from "@/components/staffing/dashboard-skeleton";

export default function Loading() {
  return <DashboardSkeleton />;
}
