import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <Card role="status" aria-busy="true" className="grid gap-3 p-6 shadow-sm">
      <Skeleton className="h-6 w-3/4" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="mt-3 h-24 w-full" />
      <Skeleton className="h-9 w-full" />
    </Card>
  );
}
