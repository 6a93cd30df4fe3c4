import { ShiftCardSkeleton } from "@/components/staffing/work/shift-card-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="grid gap-4">
      <div className="mb-2 grid gap-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-64 max-w-full" />
      </div>
      <ShiftCardSkeleton />
      <ShiftCardSkeleton />
    </div>
  );
}
