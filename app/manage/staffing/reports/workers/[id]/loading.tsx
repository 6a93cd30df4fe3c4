import { ReportsSkeleton } from "@/components/staffing/reports/reports-skeleton";

export default function Loading() {
  return <ReportsSkeleton figures />;
}
