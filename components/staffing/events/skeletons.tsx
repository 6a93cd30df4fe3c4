import { Skeleton } from "@/components/ui/skeleton";

/** The event page while it loads: header, counters and two call time cards. */
export function EventPageSkeleton() {
  return (
    <div role="status" aria-busy="true" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-96 max-w-full" />
        <Skeleton className="mt-2 h-16 w-full max-w-2xl" />
      </div>
      {[0, 1].map((card) => (
        <div key={card} className="overflow-hidden rounded-lg border">
          <div className="grid gap-2 border-b bg-muted/30 px-4 py-3">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-56" />
          </div>
          <div className="grid gap-3 p-4">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-14 w-full" />
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        </div>
      ))}
    </div>
  );
}
