import { Skeleton } from "@/components/ui/skeleton";

/** What a surface shows while its page loads: the page header and content blocks. */
export function PageSkeleton() {
  return (
    <div role="status" aria-busy="true" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <Skeleton className="h-48 w-full" />
    </div>
  );
}
