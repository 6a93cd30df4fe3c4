import { ArrowDown, Search, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { eventPath, fillListPath, requirementAnchor } from "@/app/manage/staffing/events/paths";
import { BackLink } from "@/components/staffing/back-link";
import { Counters } from "@/components/staffing/events/counters";
import { FillListTable } from "@/components/staffing/events/fill-list-table";
import { Pagination } from "@/components/tenancy/pagination";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { LiveRefresh } from "@/components/staffing/live-refresh";
import {
  type FILL_LIST_SORTS,
  getCallTime,
  getEvent,
  getRequirement,
  listFillList,
  listFillListConflicts,
  ZFillListQuery,
} from "@/lib/staffing";
import { cn } from "@/lib/utils/cn";
import { loadOr404, requireStaffingOrg } from "../../../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingEvents.fillList");
  return { title: t("title") };
}

const PAGE_SIZE = 50;
type Sort = (typeof FILL_LIST_SORTS)[number];

/**
 * The workers who can fill one requirement (active, with its labor type): conflicts with
 * other call times, requests already made, stopped texts and reliability, to choose who to
 * ask or reserve.
 */
export default async function FillListPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string; sort?: string; page?: string }>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { org } = await requireStaffingOrg("staffing.requests.write");
  const t = await getTranslations("staffingEvents.fillList");
  const format = await getFormatter();
  const requirement = await loadOr404(id, (requirementId) => getRequirement(org, requirementId));
  const callTime = await getCallTime(org, requirement.callTimeId);
  const parsed = ZFillListQuery.safeParse({
    q: search.q?.trim() || undefined,
    sort: search.sort,
    page: search.page,
    pageSize: PAGE_SIZE,
  });
  const query = parsed.success ? parsed.data : ZFillListQuery.parse({ pageSize: PAGE_SIZE });
  const [event, fill] = await Promise.all([
    getEvent(org, callTime.eventId),
    listFillList(org, requirement.id, query),
  ]);
  const conflicts = await listFillListConflicts(
    org,
    requirement.id,
    fill.items.filter((worker) => worker.conflicts > 0).map((worker) => worker.id),
  );
  const path = fillListPath(requirement.id);
  const back = `${eventPath(event.id)}#${requirementAnchor(requirement.id)}`;
  const when = format.dateTime(new Date(callTime.startsAt), {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: callTime.timeZone,
  });

  const sortLink = (sort: Sort) => {
    const target = new URLSearchParams();
    if (query.q) target.set("q", query.q);
    if (sort !== "name") target.set("sort", sort);
    const text = target.toString();
    const active = query.sort === sort;
    return (
      <Link
        href={text ? `${path}?${text}` : path}
        aria-current={active ? "true" : undefined}
        className={cn(
          "inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
          active && "text-foreground",
        )}
        data-testid={`fill-sort-${sort}`}
      >
        {t(`sort.${sort}`)}
        {active && <ArrowDown className="size-3" aria-label={t("sortedBy")} />}
      </Link>
    );
  };

  return (
    <>
      <LiveRefresh orgId={org.orgId} />
      <BackLink href={back} label={t("back", { name: event.name })} />
      <header className="mb-6 grid gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("heading", { laborType: requirement.laborType.name })}
          </h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {t("context", { event: event.name, callTime: callTime.name, when })}
          </p>
        </div>
        <Counters
          counts={requirement.counts}
          id={requirement.id}
          needed={requirement.needed}
          className="max-w-2xl"
        />
      </header>

      <form
        role="search"
        method="get"
        action={path}
        className="mb-4 flex flex-wrap items-end gap-2"
      >
        <div className="grid flex-1 gap-1.5 sm:max-w-sm">
          <label htmlFor="fill-search" className="text-xs font-medium text-muted-foreground">
            {t("search")}
          </label>
          <Input
            id="fill-search"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder={t("searchPlaceholder")}
          />
        </div>
        {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
        <Button type="submit" variant="outline">
          <Search aria-hidden />
          {t("searchSubmit")}
        </Button>
        {query.q && (
          <Link
            href={query.sort === "name" ? path : `${path}?sort=${query.sort}`}
            className="h-9 content-center text-sm font-medium text-primary hover:underline"
          >
            {t("clear")}
          </Link>
        )}
      </form>

      {fill.items.length === 0 ? (
        <EmptyState
          icon={Users}
          title={query.q ? t("noMatchTitle") : t("emptyTitle")}
          action={
            query.q ? undefined : (
              <Button asChild variant="outline">
                <Link href="/manage/staffing/workers">{t("manageWorkers")}</Link>
              </Button>
            )
          }
        >
          <p>
            {query.q
              ? t("noMatchBody", { q: query.q })
              : t("emptyBody", { laborType: requirement.laborType.name })}
          </p>
        </EmptyState>
      ) : (
        <FillListTable
          key={`${query.sort}-${query.q ?? ""}-${query.page}`}
          rows={fill.items.map((worker) => ({
            ...worker,
            conflictDetails: (conflicts.get(worker.id) ?? []).map((conflict) => ({
              ...conflict,
              at: format.dateTime(new Date(conflict.startsAt), {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: callTime.timeZone,
              }),
            })),
          }))}
          requirementId={requirement.id}
          eventId={event.id}
          unfilled={requirement.counts.unfilled}
          sortHeader={{
            name: sortLink("name"),
            conflicts: sortLink("conflicts"),
            reliability: sortLink("reliability"),
          }}
        />
      )}
      <Pagination
        label={t("pages")}
        path={path}
        query={{ q: query.q, sort: query.sort === "name" ? undefined : query.sort }}
        param="page"
        page={fill.meta.page}
        pageSize={fill.meta.pageSize}
        total={fill.meta.total}
      />
    </>
  );
}
