import { Skeleton } from "@/components/ui/skeleton";

/** The settings page's shape while it loads: header, section links, then cards. */
export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <div className="flex gap-3 border-b pb-3">
        {[20, 28, 16, 24, 20].map((width, index) => (
          <Skeleton key={index} className="h-4" style={{ width: `${width * 4}px` }} />
        ))}
      </div>
      {[0, 1, 2].map((card) => (
        <div key={card} className="grid gap-4 rounded-lg border p-5 sm:p-6">
          <div className="flex gap-3">
            <Skeleton className="size-9" />
            <div className="grid flex-1 gap-2">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-64 max-w-full" />
            </div>
          </div>
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="ml-auto h-9 w-28" />
        </div>
      ))}
    </div>
  );
}
