import { Search } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { fieldControlClass, Input } from "@/components/ui/input";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  type TWorkerReliability,
  type TWorkerReportQuery,
  WORKER_REPORT_SORTS,
} from "@/lib/staffing/reports.schemas";
import { cn } from "@/lib/utils/cn";
import { ReliabilityMeter } from "./reliability-meter";

/** Search and sort as a plain GET form; the tab stays on workers. */
export async function WorkerReportFilters({
  path,
  query,
}: {
  path: string;
  query: Pick<TWorkerReportQuery, "q" | "sort">;
}) {
  const t = await getTranslations("staffingReports.workers");
  return (
    <form
      role="search"
      method="get"
      action={path}
      className="grid gap-2 sm:flex sm:flex-wrap sm:items-end"
    >
      <input type="hidden" name="tab" value="workers" />
      <div className="grid gap-1.5 sm:w-64">
        <label htmlFor="worker-report-search" className="text-xs font-medium text-muted-foreground">
          {t("search")}
        </label>
        <Input
          id="worker-report-search"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
        />
      </div>
      <div className="grid gap-1.5 sm:w-48">
        <label htmlFor="worker-report-sort" className="text-xs font-medium text-muted-foreground">
          {t("sort")}
        </label>
        <select
          id="worker-report-sort"
          name="sort"
          defaultValue={query.sort}
          className={cn(fieldControlClass, "h-9")}
        >
          {WORKER_REPORT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="outline">
        <Search aria-hidden />
        {t("apply")}
      </Button>
    </form>
  );
}

export async function WorkerReportTable({
  items,
  historyPath,
  locale,
  timeZone,
}: {
  items: TWorkerReliability[];
  historyPath: (workerId: string) => string;
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("staffingReports.workers");
  const format = await getFormatter();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <Table data-testid="worker-report">
      <TableHeader>
        <TableRow>
          <TableHead>{t("worker")}</TableHead>
          <TableHead>{t("reliability")}</TableHead>
          <TableHead className="hidden text-right md:table-cell">{t("shows")}</TableHead>
          <TableHead className="hidden text-right md:table-cell">{t("noShows")}</TableHead>
          <TableHead className="hidden text-right lg:table-cell">
            {t("lateCancellations")}
          </TableHead>
          <TableHead className="hidden text-right lg:table-cell">{t("declined")}</TableHead>
          <TableHead className="text-right">{t("hours")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("lastWorked")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.worker.id} data-testid="worker-report-row">
            <TableCell>
              <div className="flex flex-wrap items-center gap-2">
                <Link href={historyPath(item.worker.id)} className="font-medium hover:underline">
                  {item.worker.name}
                </Link>
                {!item.worker.active && <Badge>{t("inactive")}</Badge>}
              </div>
              <div className="text-xs text-muted-foreground md:hidden">
                {t("summary", {
                  shows: item.shows,
                  noShows: item.noCallNoShows,
                  late: item.lateCancellations,
                })}
              </div>
            </TableCell>
            <TableCell>
              <ReliabilityMeter value={item.reliability} locale={locale} noRecord={t("noRecord")} />
            </TableCell>
            <TableCell className="hidden text-right tabular-nums md:table-cell">
              {item.shows}
            </TableCell>
            <TableCell
              className={cn(
                "hidden text-right tabular-nums md:table-cell",
                item.noCallNoShows > 0 && "font-medium text-destructive",
              )}
            >
              {item.noCallNoShows}
            </TableCell>
            <TableCell
              className={cn(
                "hidden text-right tabular-nums lg:table-cell",
                item.lateCancellations > 0 && "font-medium text-warning",
              )}
            >
              {item.lateCancellations}
            </TableCell>
            <TableCell className="hidden text-right tabular-nums lg:table-cell">
              {item.declined}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {number.format(item.hoursWorked)}
            </TableCell>
            <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">
              {item.lastWorkedAt
                ? format.dateTime(new Date(item.lastWorkedAt), { dateStyle: "medium", timeZone })
                : t("never")}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
