import { Skeleton } from "@/components/ui/skeleton";

function HeaderSkeleton() {
  return (
    <div className="mb-6 grid gap-2">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-4 w-80 max-w-full" />
    </div>
  );
}

/** The team page while it loads: header, search and a table's rows. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div role="status" aria-busy="true">
      <HeaderSkeleton />
      <div className="mb-3 flex justify-between gap-3">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-9 w-64 max-w-[50%]" />
      </div>
      <div className="overflow-hidden rounded-lg border">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="flex items-center gap-4 border-t px-3 py-3">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="hidden h-4 w-48 md:block" />
            <Skeleton className="h-6 w-20" />
            <Skeleton className="ml-auto hidden h-4 w-24 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}

/** A settings page while it loads: header and a card of fields. */
export function FormSkeleton({ fields = 4 }: { fields?: number }) {
  return (
    <div role="status" aria-busy="true">
      <HeaderSkeleton />
      <div className="grid max-w-3xl gap-4 rounded-lg border p-6">
        <Skeleton className="h-5 w-32" />
        {Array.from({ length: fields }, (_, index) => (
          <div key={index} className="grid gap-1.5">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
        <Skeleton className="ml-auto h-9 w-28" />
      </div>
    </div>
  );
}
