import { Search } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { fieldControlClass, Input } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

/**
 * The events list's search and status filter as a plain GET form (works before hydration,
 * the URL can be shared), keeping the upcoming/past choice in a hidden field.
 */
export function EventFilters({
  path,
  when,
  q,
  status,
  statuses,
  labels,
}: {
  path: string;
  when: string | undefined;
  q: string | undefined;
  status: string | undefined;
  statuses: { value: string; label: string }[];
  labels: {
    search: string;
    searchPlaceholder: string;
    status: string;
    anyStatus: string;
    apply: string;
    clear: string;
  };
}) {
  return (
    <form
      role="search"
      method="get"
      action={path}
      className="grid gap-2 sm:flex sm:flex-wrap sm:items-end"
    >
      {when && <input type="hidden" name="when" value={when} />}
      <div className="grid gap-1.5 sm:w-64">
        <label htmlFor="event-search" className="text-xs font-medium text-muted-foreground">
          {labels.search}
        </label>
        <Input
          id="event-search"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder={labels.searchPlaceholder}
        />
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="event-status" className="text-xs font-medium text-muted-foreground">
          {labels.status}
        </label>
        <select
          id="event-status"
          name="status"
          defaultValue={status ?? ""}
          className={cn(fieldControlClass, "h-9 py-1 sm:w-44")}
        >
          <option value="">{labels.anyStatus}</option>
          {statuses.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline">
          <Search aria-hidden />
          {labels.apply}
        </Button>
        {(q || status) && (
          <Link
            href={when ? `${path}?when=${when}` : path}
            className="text-sm font-medium text-primary hover:underline"
          >
            {labels.clear}
          </Link>
        )}
      </div>
    </form>
  );
}
