import { Check, Handshake, X } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/booking/community/confirm-button";
import { formatDate } from "@/components/booking/community/format";
import { NoBusiness } from "@/components/booking/community/no-business";
import { SelectFilters } from "@/components/booking/community/select-filters";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { APPLICATION_STATUSES } from "@/db/schema/booking";
import { ZListApplicationsQuery, type TApplication } from "@/lib/booking/applications.schemas";
import { listOrgApplications } from "@/lib/booking/applications.service";
import { requireBookingOrg } from "../booking-context";
import { approveApplicationAction, rejectApplicationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCommunityUi.applications");
  return { title: t("title") };
}

const PATH = "/manage/bookings/applications";
const PAGE_SIZE = 20;

type Params = { business?: string; status?: string; page?: string };

const STATUS_TONES = {
  pending: "pending",
  approved: "success",
  rejected: "neutral",
  withdrawn: "neutral",
  left: "neutral",
} as const satisfies Record<TApplication["status"], string>;

export default async function ApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  // Deciding on applications is the managers' (the list itself needs bookings.write).
  const { org, businesses, locale } = await requireBookingOrg("bookings.write");
  const t = await getTranslations("bookingCommunityUi.applications");
  const tFilters = await getTranslations("bookingCommunityUi.filters");
  if (businesses.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NoBusiness />
      </>
    );
  }
  const params = await searchParams;
  const { status, page } = ZListApplicationsQuery.shape;
  const parsedStatus = status.safeParse(params.status || undefined);
  const parsedPage = page.safeParse(params.page);
  const query = {
    businessId: businesses.find((b) => b.id === params.business)?.id,
    status: parsedStatus.success ? parsedStatus.data : undefined,
    page: parsedPage.success ? parsedPage.data : 1,
    pageSize: PAGE_SIZE,
  };
  const { items, meta } = await listOrgApplications(org, query);
  const zoneOf = new Map(businesses.map((b) => [b.id, b.timeZone]));
  const filtered = !!(query.businessId || query.status);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4">
        <SelectFilters
          path={PATH}
          applyLabel={tFilters("apply")}
          clearLabel={tFilters("clear")}
          filters={[
            ...(businesses.length > 1
              ? [
                  {
                    name: "business",
                    label: tFilters("business"),
                    anyLabel: tFilters("allBusinesses"),
                    options: businesses.map((b) => ({ value: b.id, label: b.name })),
                    value: query.businessId,
                  },
                ]
              : []),
            {
              name: "status",
              label: t("statusFilter"),
              anyLabel: t("anyStatus"),
              options: APPLICATION_STATUSES.map((value) => ({
                value,
                label: t(`statuses.${value}`),
              })),
              value: query.status,
            },
          ]}
        />
      </div>
      {items.length === 0 ? (
        <EmptyState icon={Handshake} title={filtered ? t("noMatchTitle") : t("emptyTitle")}>
          <p>{filtered ? t("noMatchBody") : t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="grid gap-3" aria-live="polite">
            {items.map((application) => (
              <li
                key={application.id}
                data-testid="application-item"
                className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-[1fr_auto] sm:items-start"
              >
                <div className="grid gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{application.applicant.name}</span>
                    <Badge tone={STATUS_TONES[application.status]}>
                      {t(`statuses.${application.status}`)}
                    </Badge>
                  </div>
                  <p className="text-sm text-muted-foreground">
                    {[application.applicant.email, application.applicant.phone]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    {t("appliedTo", {
                      business: application.business.name,
                      date: formatDate(
                        application.createdAt,
                        locale,
                        zoneOf.get(application.business.id),
                      ),
                    })}
                  </p>
                  {application.message && (
                    <p className="mt-1 whitespace-pre-line rounded-md bg-muted/50 p-3 text-sm">
                      {application.message}
                    </p>
                  )}
                  {application.status === "approved" && application.employeeId && (
                    <Link
                      href={`/manage/bookings/businesses/${application.business.id}?tab=employees#employee-${application.employeeId}`}
                      className="text-sm font-medium text-primary hover:underline"
                    >
                      {t("openEmployee", { name: application.applicant.name })}
                    </Link>
                  )}
                </div>
                {application.status === "pending" && (
                  <div className="flex gap-2 sm:justify-end">
                    <ConfirmButton
                      action={approveApplicationAction}
                      fields={{ applicationId: application.id }}
                      variant="primary"
                      icon={<Check aria-hidden />}
                      label={t("approve")}
                      ariaLabel={t("approveNamed", { name: application.applicant.name })}
                      title={t("approveTitle", { name: application.applicant.name })}
                      description={t("approveBody", { business: application.business.name })}
                      submitLabel={t("approve")}
                      testId="application-approve"
                    />
                    <ConfirmButton
                      action={rejectApplicationAction}
                      fields={{ applicationId: application.id }}
                      icon={<X aria-hidden />}
                      label={t("reject")}
                      ariaLabel={t("rejectNamed", { name: application.applicant.name })}
                      title={t("rejectTitle", { name: application.applicant.name })}
                      description={t("rejectBody")}
                      submitLabel={t("reject")}
                      submitVariant="destructive"
                      testId="application-reject"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
          <Pagination
            label={t("pages")}
            path={PATH}
            query={{ business: query.businessId, status: query.status }}
            param="page"
            page={meta.page}
            pageSize={meta.pageSize}
            total={meta.total}
          />
        </>
      )}
    </>
  );
}
