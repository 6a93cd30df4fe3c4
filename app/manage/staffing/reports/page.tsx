import { UserPlus, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportTabs } from "@/components/staffing/reports/report-tabs";
import { SmsUsageForm, SmsUsageView } from "@/components/staffing/reports/sms-usage-view";
import {
  WorkerReportFilters,
  WorkerReportTable,
} from "@/components/staffing/reports/worker-report-table";
import { Pagination } from "@/components/tenancy/pagination";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslator } from "@/lib/i18n/translator";
import { isLocale } from "@/lib/i18n/config";
import { getSmsUsage, listWorkerReliability } from "@/lib/staffing";
import {
  type TSmsUsageQuery,
  ZSmsUsageQuery,
  ZWorkerReportQuery,
} from "@/lib/staffing/reports.schemas";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { requireStaffingOrg } from "../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingReports");
  return { title: t("title") };
}

const PATH = "/manage/staffing/reports";
const PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reports on people and texts: the org's records, for managers and above (404 otherwise). */
export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { org, active } = await requireStaffingOrg("staffing.events.write");
  const params = await searchParams;
  const t = await getTranslations("staffingReports");
  const locale = await getLocale();
  const tab = first(params.tab) === "sms" ? "sms" : "workers";

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { org: active.name })} />
      <ReportTabs
        label={t("tabs.label")}
        tabs={[
          { href: PATH, label: t("tabs.workers"), current: tab === "workers" },
          { href: `${PATH}?tab=sms`, label: t("tabs.sms"), current: tab === "sms" },
        ]}
      />
      {tab === "workers" ? (
        <WorkersReport params={params} org={org} locale={locale} timeZone={active.timeZone} />
      ) : (
        <SmsReport params={params} org={org} locale={locale} />
      )}
    </>
  );
}

type Org = Awaited<ReturnType<typeof requireStaffingOrg>>["org"];

async function WorkersReport({
  params,
  org,
  locale,
  timeZone,
}: {
  params: SearchParams;
  org: Org;
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("staffingReports.workers");
  const parsed = ZWorkerReportQuery.safeParse({
    q: first(params.q) || undefined,
    sort: first(params.sort) || undefined,
    page: first(params.page),
    pageSize: PAGE_SIZE,
  });
  const query = parsed.success ? parsed.data : ZWorkerReportQuery.parse({ pageSize: PAGE_SIZE });
  const { items, meta } = await listWorkerReliability(org, query);

  return (
    <section aria-labelledby="workers-heading" className="grid gap-4">
      <h2 id="workers-heading" className="sr-only">
        {t("heading")}
      </h2>
      <WorkerReportFilters path={PATH} query={query} />
      {items.length === 0 ? (
        query.q ? (
          <EmptyState icon={Users} title={t("noMatchTitle")}>
            <p>{t("noMatchBody", { q: query.q })}</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon={Users}
            title={t("emptyTitle")}
            action={
              <Button asChild>
                <Link href="/manage/staffing/workers/new">
                  <UserPlus aria-hidden />
                  {t("addWorkers")}
                </Link>
              </Button>
            }
          >
            <p>{t("emptyBody")}</p>
          </EmptyState>
        )
      ) : (
        <div>
          <WorkerReportTable
            items={items}
            historyPath={(id) => `${PATH}/workers/${id}`}
            locale={locale}
            timeZone={timeZone}
          />
          <Pagination
            label={t("pages")}
            path={PATH}
            query={{ q: query.q, sort: query.sort === "name" ? undefined : query.sort }}
            param="page"
            page={meta.page}
            pageSize={meta.pageSize}
            total={meta.total}
          />
        </div>
      )}
      <p className="text-xs text-muted-foreground">{t("formula")}</p>
    </section>
  );
}

async function SmsReport({
  params,
  org,
  locale,
}: {
  params: SearchParams;
  org: Org;
  locale: string;
}) {
  const t = await getTranslations("staffingReports.sms");
  const input = {
    from: first(params.from) || undefined,
    to: first(params.to) || undefined,
    groupBy: first(params.groupBy) || undefined,
  };
  // A bad range keeps what was typed in the form, with its messages; the report shows the
  // default range meanwhile.
  let query: TSmsUsageQuery | null = null;
  let errors: Record<string, string[]> = {};
  try {
    query = parseInput(ZSmsUsageQuery, input, getTranslator(isLocale(locale) ? locale : "en"));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    errors = error.fieldErrors ?? {};
  }
  const usage = await getSmsUsage(
    org,
    query ?? { groupBy: input.groupBy === "month" ? "month" : "day" },
  );

  return (
    <section aria-labelledby="sms-heading">
      <h2 id="sms-heading" className="sr-only">
        {t("heading")}
      </h2>
      <SmsUsageForm
        path={PATH}
        from={query ? usage.from : (input.from ?? usage.from)}
        to={query ? usage.to : (input.to ?? usage.to)}
        groupBy={usage.groupBy}
        errors={errors}
      />
      <SmsUsageView usage={usage} locale={locale} />
    </section>
  );
}
