import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * Previous / next links for a list paged on the server, keeping the page's other query
 * parameters (a search, the other table's page). Nothing when everything fits on one page.
 */
export function Pagination({
  label,
  path,
  query,
  param,
  page,
  pageSize,
  total,
}: {
  /** Names the list for screen readers: "Members pages". */
  label: string;
  path: string;
  query: Record<string, string | undefined>;
  param: string;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = useTranslations("team.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, [param]: String(target) })) {
      if (value && !(key === param && target === 1)) params.set(key, value);
    }
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground">
        {t("status", {
          from: (page - 1) * pageSize + 1,
          to: Math.min(page * pageSize, total),
          total,
        })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href(page - 1)} rel="prev">
              <ChevronLeft aria-hidden />
              {t("previous")}
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled>
            <ChevronLeft aria-hidden />
            {t("previous")}
          </Button>
        )}
        {page < pages ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href(page + 1)} rel="next">
              {t("next")}
              <ChevronRight aria-hidden />
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" disabled>
            {t("next")}
            <ChevronRight aria-hidden />
          </Button>
        )}
      </div>
    </nav>
  );
}
