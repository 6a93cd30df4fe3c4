import { Star } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatAverage } from "@/components/booking/community/format";
import { NoBusiness } from "@/components/booking/community/no-business";
import { RatingCard } from "@/components/booking/community/rating-card";
import { ReplyForm } from "@/components/booking/community/reply-form";
import { SelectFilters } from "@/components/booking/community/select-filters";
import { Stars } from "@/components/booking/community/stars";
import { Pagination } from "@/components/tenancy/pagination";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ZManageRatingsQuery } from "@/lib/booking/ratings.schemas";
import { listRatingsOfOrg } from "@/lib/booking/ratings.service";
import { requireBookingOrg } from "../booking-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCommunityUi.ratings");
  return { title: t("title") };
}

const PATH = "/manage/bookings/ratings";
const PAGE_SIZE = 20;

type Params = { business?: string; score?: string; unanswered?: string; page?: string };

/** The URL's filters; a malformed one is dropped rather than failing the page. */
function readQuery(params: Params, businessIds: string[]) {
  const { score, page } = ZManageRatingsQuery.shape;
  const parsedScore = score.safeParse(params.score || undefined);
  const parsedPage = page.safeParse(params.page);
  return {
    businessId: businessIds.find((id) => id === params.business),
    score: parsedScore.success ? parsedScore.data : undefined,
    unanswered: params.unanswered === "true" ? true : undefined,
    page: parsedPage.success ? parsedPage.data : 1,
    pageSize: PAGE_SIZE,
  };
}

export default async function RatingsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { org, businesses, canEdit, locale } = await requireBookingOrg();
  const t = await getTranslations("bookingCommunityUi.ratings");
  const tFilters = await getTranslations("bookingCommunityUi.filters");
  if (businesses.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NoBusiness />
      </>
    );
  }
  const query = readQuery(
    await searchParams,
    businesses.map((b) => b.id),
  );
  const { items, meta } = await listRatingsOfOrg(org, query);
  const zoneOf = new Map(businesses.map((b) => [b.id, b.timeZone]));
  const filtered = !!(query.businessId || query.score || query.unanswered);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-label={t("averages")} className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {businesses.map((business) => {
          const average = formatAverage(business.ratingAverage, locale);
          return (
            <Card key={business.id} className="grid gap-1 p-4" data-testid="rating-summary">
              <p className="truncate text-sm font-medium">{business.name}</p>
              {average ? (
                <div className="flex items-center gap-2">
                  <span className="text-2xl font-semibold tabular-nums">{average}</span>
                  <Stars
                    score={business.ratingAverage ?? 0}
                    label={t("averageLabel", { average })}
                  />
                </div>
              ) : (
                <p className="text-sm text-muted-foreground">{t("noRatingsYet")}</p>
              )}
              <p className="text-xs text-muted-foreground">
                {t("count", { count: business.ratingCount })}
              </p>
            </Card>
          );
        })}
      </section>
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
              name: "score",
              label: t("scoreFilter"),
              anyLabel: t("anyScore"),
              options: [5, 4, 3, 2, 1].map((score) => ({
                value: String(score),
                label: t("stars", { score }),
              })),
              value: query.score ? String(query.score) : undefined,
            },
            {
              name: "unanswered",
              label: t("replyFilter"),
              anyLabel: t("allRatings"),
              options: [{ value: "true", label: t("needsReply") }],
              value: query.unanswered ? "true" : undefined,
            },
          ]}
        />
      </div>
      {items.length === 0 ? (
        <EmptyState icon={Star} title={filtered ? t("noMatchTitle") : t("emptyTitle")}>
          <p>{filtered ? t("noMatchBody") : t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-4" aria-live="polite">
            {items.map((rating) => (
              <RatingCard
                key={rating.id}
                rating={rating}
                locale={locale}
                timeZone={zoneOf.get(rating.businessId)}
                showBusiness={businesses.length > 1}
                footer={canEdit && !rating.hidden ? <ReplyForm ratingId={rating.id} /> : undefined}
              />
            ))}
          </div>
          <Pagination
            label={t("pages")}
            path={PATH}
            query={{
              business: query.businessId,
              score: query.score ? String(query.score) : undefined,
              unanswered: query.unanswered ? "true" : undefined,
            }}
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
