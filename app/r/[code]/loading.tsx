import { PublicFrame } from "@/components/staffing/work/public-frame";
import { ShiftCardSkeleton } from "@/components/staffing/work/shift-card-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <PublicFrame>
      <div role="status" aria-busy="true" className="grid gap-6">
        <div className="grid gap-2">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-5 w-64 max-w-full" />
        </div>
        <ShiftCardSkeleton />
        <ShiftCardSkeleton />
      </div>
    </PublicFrame>
  );
}
