import { Eye, EyeOff, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/booking/community/confirm-button";
import { RatingCard } from "@/components/booking/community/rating-card";
import { SelectFilters } from "@/components/booking/community/select-filters";
import { Pagination } from "@/components/tenancy/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listRatingsToModerate } from "@/lib/booking/ratings.service";
import { ZModerationRatingsQuery } from "@/lib/booking/ratings.schemas";
import { isLocale } from "@/lib/i18n/config";
import { requireWebViewer } from "@/lib/identity/web-session";
import { setRatingHiddenAction, setReplyHiddenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCommunityUi.moderation");
  return { title: t("title") };
}

const PATH = "/admin/ratings";
const PAGE_SIZE = 20;

type Params = { hidden?: string; page?: string };

export default async function ModerationPage({ searchParams }: { searchParams: Promise<Params> }) {
  // The admin layout already answers 404 to anyone but platform admins.
  const viewer = await requireWebViewer(PATH);
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  const t = await getTranslations("bookingCommunityUi.moderation");
  const tFilters = await getTranslations("bookingCommunityUi.filters");
  const params = await searchParams;
  const { hidden, page } = ZModerationRatingsQuery.shape;
  const parsedHidden = hidden.safeParse(params.hidden || undefined);
  const parsedPage = page.safeParse(params.page);
  const query = {
    hidden: parsedHidden.success ? parsedHidden.data : undefined,
    page: parsedPage.success ? parsedPage.data : 1,
    pageSize: PAGE_SIZE,
  };
  const { items, meta } = await listRatingsToModerate(viewer, query);
  const hiddenParam = query.hidden === undefined ? undefined : String(query.hidden);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4">
        <SelectFilters
          path={PATH}
          applyLabel={tFilters("apply")}
          clearLabel={tFilters("clear")}
          filters={[
            {
              name: "hidden",
              label: t("visibility"),
              anyLabel: t("allRatings"),
              options: [
                { value: "false", label: t("visibleOnly") },
                { value: "true", label: t("hiddenOnly") },
              ],
              value: hiddenParam,
            },
          ]}
        />
      </div>
      {items.length === 0 ? (
        <EmptyState icon={ShieldCheck} title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-4" aria-live="polite">
            {items.map((rating) => (
              <RatingCard
                key={rating.id}
                rating={rating}
                locale={locale}
                showBusiness
                replyActions={(reply) => (
                  <ConfirmButton
                    action={setReplyHiddenAction}
                    fields={{ id: reply.id, hidden: String(!reply.hidden) }}
                    variant="ghost"
                    icon={reply.hidden ? <Eye aria-hidden /> : <EyeOff aria-hidden />}
                    label={reply.hidden ? t("unhide") : t("hide")}
                    ariaLabel={
                      reply.hidden
                        ? t("unhideReplyNamed", { name: reply.authorName })
                        : t("hideReplyNamed", { name: reply.authorName })
                    }
                    title={reply.hidden ? t("unhideReplyTitle") : t("hideReplyTitle")}
                    description={reply.hidden ? t("unhideReplyBody") : t("hideReplyBody")}
                    submitLabel={reply.hidden ? t("unhide") : t("hide")}
                    submitVariant={reply.hidden ? "primary" : "destructive"}
                  />
                )}
                footer={
                  <div className="flex justify-end">
                    <ConfirmButton
                      action={setRatingHiddenAction}
                      fields={{ id: rating.id, hidden: String(!rating.hidden) }}
                      icon={rating.hidden ? <Eye aria-hidden /> : <EyeOff aria-hidden />}
                      label={rating.hidden ? t("unhideRating") : t("hideRating")}
                      title={
                        rating.hidden
                          ? t("unhideTitle", { name: rating.customerName })
                          : t("hideTitle", { name: rating.customerName })
                      }
                      description={rating.hidden ? t("unhideBody") : t("hideBody")}
                      submitLabel={rating.hidden ? t("unhide") : t("hide")}
                      submitVariant={rating.hidden ? "primary" : "destructive"}
                      testId="rating-moderate"
                    />
                  </div>
                }
              />
            ))}
          </div>
          <Pagination
            label={t("pages")}
            path={PATH}
            query={{ hidden: hiddenParam }}
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
