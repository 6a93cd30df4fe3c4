import { Info, UserPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicationAction } from "@/components/booking/customer/application-actions";
import { ApplyForm } from "@/components/booking/customer/apply-form";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { TApplication } from "@/lib/booking/applications.schemas";
import { listMyApplications } from "@/lib/booking/applications.service";
import { requireWebViewer } from "@/lib/identity/web-session";
import { applyToBusinessAction, leaveBusinessAction, withdrawApplicationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customerUi.applications");
  return { title: t("metaTitle") };
}

const PATH = "/account/applications";
const PAGE_SIZE = 20;

/** Waiting amber, on the team green, closed grey: the same colours as bookings. */
const STATUS_TONES = {
  pending: "pending",
  approved: "success",
  rejected: "neutral",
  withdrawn: "neutral",
  left: "neutral",
} as const satisfies Record<TApplication["status"], string>;

const pageNumber = (value: string | undefined) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
};

export default async function ApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const viewer = await requireWebViewer(PATH);
  const page = pageNumber((await searchParams).page);
  const t = await getTranslations("customerUi.applications");
  const tCommon = await getTranslations("customerUi.common");
  const { items, meta } = await listMyApplications(viewer, { page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {/* One column: the account surface is a narrow reading column at every width. */}
      <div className="grid gap-6">
        <section aria-labelledby="applications-list" className="order-2 grid gap-3">
          <h2 id="applications-list" className="text-base font-semibold">
            {t("listTitle")}
          </h2>
          {items.length === 0 ? (
            <EmptyState icon={UserPlus} title={t("empty.title")}>
              <p>{t("empty.body")}</p>
            </EmptyState>
          ) : (
            <>
              <ul className="grid gap-3" data-testid="my-applications">
                {items.map((application) => (
                  <ApplicationCard key={application.id} application={application} />
                ))}
              </ul>
              <Pagination
                label={tCommon("pagesLabel", { list: t("listTitle") })}
                path={PATH}
                query={{}}
                param="page"
                page={meta.page}
                pageSize={meta.pageSize}
                total={meta.total}
              />
            </>
          )}
        </section>

        <div className="order-1 grid gap-4">
          <Card className="p-4 sm:p-5">
            <h2 className="text-base font-semibold">{t("form.title")}</h2>
            <p className="mb-4 mt-1 text-sm text-muted-foreground">{t("form.description")}</p>
            <ApplyForm action={applyToBusinessAction} />
          </Card>
          <aside
            aria-labelledby="approval-meaning"
            className="flex gap-3 rounded-lg border bg-muted/40 p-4 text-sm"
          >
            <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            <div>
              <h2 id="approval-meaning" className="font-medium">
                {t("approvalTitle")}
              </h2>
              <p className="mt-1 text-muted-foreground">{t("approvalBody")}</p>
            </div>
          </aside>
        </div>
      </div>
    </>
  );
}

async function ApplicationCard({ application }: { application: TApplication }) {
  const t = await getTranslations("customerUi.applications");
  const tCommon = await getTranslations("customerUi.common");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const business = application.business.name;
  return (
    <li data-testid="application-card" data-status={application.status}>
      <Card className="grid gap-3 p-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h3 className="truncate font-medium">{business}</h3>
            <p className="text-xs text-muted-foreground">
              {t("sentOn", { date: day(application.createdAt) })}
              {application.decidedAt &&
                ` · ${t("decidedOn", { date: day(application.decidedAt) })}`}
            </p>
          </div>
          <Badge tone={STATUS_TONES[application.status]} data-testid="application-status">
            {t(`status.${application.status}`)}
          </Badge>
        </div>
        <p className="text-sm text-muted-foreground">{t(`statusHint.${application.status}`)}</p>
        {application.message && (
          <blockquote className="border-l-2 pl-3 text-sm">
            <span className="sr-only">{t("yourMessage")}: </span>
            {application.message}
          </blockquote>
        )}
        <div className="flex flex-wrap items-center justify-between gap-2 border-t pt-3">
          <Link
            href={`/businesses/${application.business.slug}`}
            className="text-sm font-medium text-primary hover:underline"
          >
            {tCommon("viewBusiness")}
          </Link>
          {application.status === "pending" && (
            <ApplicationAction
              kind="withdraw"
              action={withdrawApplicationAction}
              applicationId={application.id}
              label={t("withdraw")}
              accessibleLabel={t("withdrawLabel", { business })}
              title={t("withdrawTitle", { business })}
              description={t("withdrawBody")}
            />
          )}
          {application.status === "approved" && (
            <ApplicationAction
              kind="leave"
              action={leaveBusinessAction}
              applicationId={application.id}
              label={t("leave")}
              accessibleLabel={t("leaveLabel", { business })}
              title={t("leaveTitle", { business })}
              description={t("leaveBody")}
            />
          )}
        </div>
      </Card>
    </li>
  );
}
