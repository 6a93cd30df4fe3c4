import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** A shift card's shape while it loads. */
export function ShiftCardSkeleton() {
  return (
    <Card className="grid gap-4 p-4">
      <Skeleton className="h-5 w-24" />
      <Skeleton className="h-6 w-48" />
      <div className="grid gap-2">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-5 w-56" />
      </div>
      <div className="grid grid-cols-[2fr_1fr] gap-3">
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
      </div>
    </Card>
  );
}
