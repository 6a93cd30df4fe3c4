import { Search, X } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { fieldControlClass, Input } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

export interface FilterOption {
  value: string;
  label: string;
}

export interface SelectFilter {
  name: string;
  label: string;
  /** The "no filter" choice, e.g. "All labor types". */
  anyLabel: string;
  options: FilterOption[];
  value: string | undefined;
}

/**
 * A list's search and filters as a plain GET form (works before hydration, and the URL can
 * be shared), with the filters in effect shown as removable chips below it.
 */
export function ListFilters({
  path,
  search,
  filters,
  applyLabel,
  clearLabel,
  removeLabel,
  chipsLabel,
}: {
  path: string;
  search: { label: string; placeholder: string; value: string | undefined };
  filters: SelectFilter[];
  applyLabel: string;
  clearLabel: string;
  /** "Remove filter: {filter}" for the chips' buttons. */
  removeLabel: (filter: string) => string;
  /** Names the chips' list: "Filters in effect". */
  chipsLabel: string;
}) {
  const current: Record<string, string | undefined> = { q: search.value };
  for (const filter of filters) current[filter.name] = filter.value;
  const without = (name: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(current)) {
      if (value && key !== name) params.set(key, value);
    }
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const chips = [
    ...(search.value ? [{ name: "q", text: `“${search.value}”` }] : []),
    ...filters.flatMap((filter) => {
      const option = filter.options.find((candidate) => candidate.value === filter.value);
      return option ? [{ name: filter.name, text: `${filter.label}: ${option.label}` }] : [];
    }),
  ];

  return (
    <div className="grid gap-3">
      <form
        role="search"
        method="get"
        action={path}
        className="grid gap-2 sm:flex sm:flex-wrap sm:items-end"
      >
        <div className="grid gap-1.5 sm:w-64">
          <label htmlFor="list-search" className="text-xs font-medium text-muted-foreground">
            {search.label}
          </label>
          <Input
            id="list-search"
            name="q"
            type="search"
            defaultValue={search.value ?? ""}
            placeholder={search.placeholder}
          />
        </div>
        <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
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
                className={cn(fieldControlClass, "h-9 py-1 sm:w-44")}
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
        </div>
        <Button type="submit" variant="outline">
          <Search aria-hidden />
          {applyLabel}
        </Button>
      </form>
      {chips.length > 0 && (
        <ul className="flex flex-wrap items-center gap-2" aria-label={chipsLabel}>
          {chips.map((chip) => (
            <li key={chip.name}>
              <Link
                href={without(chip.name)}
                className="inline-flex h-7 items-center gap-1 rounded-full border bg-muted px-3 text-xs font-medium hover:bg-muted/70 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                aria-label={removeLabel(chip.text)}
              >
                {chip.text}
                <X className="size-3" aria-hidden />
              </Link>
            </li>
          ))}
          <li>
            <Link href={path} className="text-xs font-medium text-primary hover:underline">
              {clearLabel}
            </Link>
          </li>
        </ul>
      )}
    </div>
  );
}
