import { TableSkeleton } from "@/components/tenancy/skeletons";

export default function Loading() {
  return <TableSkeleton rows={4} />;
}
