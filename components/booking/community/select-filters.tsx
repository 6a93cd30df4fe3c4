import { Filter } from "lucide-react";
import Link from "next/link";
import type { SelectFilter } from "@/components/staffing/list-filters";
import { Button } from "@/components/ui/button";
import { fieldControlClass } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

/**
 * Filters without a search box, as a plain GET form (shareable URL, works before
 * hydration), with a link that clears them when any is in effect.
 */
export function SelectFilters({
  path,
  filters,
  applyLabel,
  clearLabel,
}: {
  path: string;
  filters: SelectFilter[];
  applyLabel: string;
  clearLabel: string;
}) {
  const active = filters.some((filter) => filter.value);
  return (
    <form
      method="get"
      action={path}
      className="grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap"
    >
      {filters.map((filter) => (
        <div key={filter.name} className="grid gap-1.5">
          <label
            htmlFor={`filter-${filter.name}`}
            className="text-xs font-medium text-muted-foreground"
          >
            {filter.label}
          </label>
          <select
            id={`filter-${filter.name}`}
            name={filter.name}
            defaultValue={filter.value ?? ""}
            className={cn(fieldControlClass, "h-9 py-1 sm:w-48")}
          >
            <option value="">{filter.anyLabel}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline">
          <Filter aria-hidden />
          {applyLabel}
        </Button>
        {active && (
          <Link href={path} className="text-xs font-medium text-primary hover:underline">
            {clearLabel}
          </Link>
        )}
      </div>
    </form>
  );
}
