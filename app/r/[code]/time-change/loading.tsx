import { PublicFrame } from "@/components/staffing/work/public-frame";
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
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-24 w-full" />
        <div className="grid gap-3 sm:grid-cols-2">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </div>
      </div>
    </PublicFrame>
  );
}
