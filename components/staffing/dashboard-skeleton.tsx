import { Skeleton } from "@/components/ui/skeleton";

/** The staffing dashboard while it loads: header, four figures, two columns of cards. */
export function DashboardSkeleton() {
  return (
    <div role="status" aria-busy="true" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="grid gap-2 rounded-lg border p-4">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-7 w-16" />
            <Skeleton className="h-3 w-28" />
          </div>
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        {Array.from({ length: 2 }, (_, column) => (
          <div key={column} className="grid gap-3">
            <Skeleton className="h-5 w-36" />
            {Array.from({ length: 3 }, (_, index) => (
              <div key={index} className="grid gap-2 rounded-lg border p-4">
                <Skeleton className="h-4 w-48" />
                <Skeleton className="h-3 w-32" />
                <Skeleton className="h-2 w-full" />
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
