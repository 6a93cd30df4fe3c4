import { PublicFrame } from "@/components/staffing/work/public-frame";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <PublicFrame wide>
      <div role="status" aria-busy="true" className="grid gap-6">
        <div className="grid gap-2">
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-8 w-72 max-w-full" />
        </div>
        <div className="grid gap-6 md:grid-cols-[3fr_2fr]">
          <Skeleton className="aspect-[4/3] w-full rounded-xl" />
          <Skeleton className="h-64 w-full" />
        </div>
      </div>
    </PublicFrame>
  );
}
