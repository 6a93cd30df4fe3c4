import { MessageSquareReply, Star } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RatingEditDialog } from "@/components/booking/customer/rating-edit-dialog";
import { Stars } from "@/components/booking/customer/stars";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { TRating } from "@/lib/booking/ratings.schemas";
import { listRatingsOf } from "@/lib/booking/ratings.service";
import { requireWebViewer } from "@/lib/identity/web-session";
import { deleteRatingAction, updateRatingAction } from "./actions";
import { businessSlugs } from "./business-links";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customerUi.ratings");
  return { title: t("metaTitle") };
}

const PATH = "/account/ratings";
const PAGE_SIZE = 20;

const pageNumber = (value: string | undefined) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
};

export default async function MyRatingsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const viewer = await requireWebViewer(PATH);
  const page = pageNumber((await searchParams).page);
  const t = await getTranslations("customerUi.ratings");
  const tCommon = await getTranslations("customerUi.common");
  const { items, meta } = await listRatingsOf(viewer, { page, pageSize: PAGE_SIZE });
  const slugs = await businessSlugs(
    viewer.user.id,
    items.map((rating) => rating.businessId),
  );

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {items.length === 0 ? (
        <EmptyState
          icon={Star}
          title={t("empty.title")}
          action={
            <Button asChild>
              <Link href="/account">{t("empty.action")}</Link>
            </Button>
          }
        >
          <p>{t("empty.body")}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="grid gap-4" data-testid="my-ratings">
            {items.map((rating) => (
              <RatingCard key={rating.id} rating={rating} slug={slugs.get(rating.businessId)} />
            ))}
          </ul>
          <Pagination
            label={tCommon("pagesLabel", { list: t("title") })}
            path={PATH}
            query={{}}
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

async function RatingCard({ rating, slug }: { rating: TRating; slug: string | undefined }) {
  const t = await getTranslations("customerUi.ratings");
  const tCommon = await getTranslations("customerUi.common");
  const format = await getFormatter();
  const target = rating.employeeName
    ? t("target.employee", { employee: rating.employeeName, business: rating.businessName })
    : t("target.business", { business: rating.businessName });
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const edited = rating.updatedAt !== rating.createdAt;
  const headingId = `rating-${rating.id}`;

  return (
    <li data-testid="my-rating" data-rating-id={rating.id}>
      <Card className="grid gap-4 p-4 sm:p-5" aria-labelledby={headingId}>
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid gap-1">
            <h2 id={headingId} className="font-medium">
              {slug ? (
                <Link href={`/businesses/${slug}`} className="hover:underline">
                  {target}
                </Link>
              ) : (
                target
              )}
            </h2>
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              <Stars score={rating.score} label={t("score", { score: rating.score })} />
              <time dateTime={rating.createdAt}>{day(rating.createdAt)}</time>
              {edited && <span>· {t("edited")}</span>}
            </div>
          </div>
          {rating.hidden && (
            <Badge tone="pending" title={t("hiddenHint")}>
              {t("hidden")}
            </Badge>
          )}
        </header>

        <p className="whitespace-pre-line text-sm">
          {rating.comment ?? <span className="text-muted-foreground">{t("noComment")}</span>}
        </p>

        {rating.images.length > 0 && (
          <ul aria-label={t("photos")} className="flex flex-wrap gap-2">
            {rating.images.map((image, index) => (
              <li key={image.id}>
                <a
                  href={image.url}
                  target="_blank"
                  rel="noreferrer"
                  className="block rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- stored files, any size */}
                  <img
                    src={image.url}
                    alt={t("photoAlt", { number: index + 1 })}
                    className="size-20 rounded-md border object-cover"
                  />
                </a>
              </li>
            ))}
          </ul>
        )}

        {rating.replies.length > 0 && (
          <section aria-label={t("replies")} className="grid gap-2 border-l-2 pl-4">
            {rating.replies.map((reply) => (
              <div key={reply.id} className="grid gap-0.5 text-sm" data-testid="rating-reply">
                <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <MessageSquareReply aria-hidden className="size-3.5" />
                  <span className="font-medium text-foreground">
                    {reply.side === "business"
                      ? t("replyFromBusiness", { name: reply.authorName })
                      : t("replyFromYou")}
                  </span>
                  <time dateTime={reply.createdAt}>{day(reply.createdAt)}</time>
                </p>
                <p className="whitespace-pre-line">{reply.body}</p>
              </div>
            ))}
          </section>
        )}

        <footer className="flex flex-wrap items-center justify-end gap-2 border-t pt-3">
          {slug && (
            <Button asChild variant="ghost" size="sm" className="mr-auto">
              <Link href={`/businesses/${slug}`}>{tCommon("viewBusiness")}</Link>
            </Button>
          )}
          <RatingEditDialog
            action={updateRatingAction}
            ratingId={rating.id}
            target={target}
            score={rating.score}
            comment={rating.comment}
          />
          <DeleteDialog
            action={deleteRatingAction}
            id={rating.id}
            title={t("deleteTitle", { target })}
            description={t("deleteBody")}
            submitLabel={t("delete")}
            triggerLabel={t("deleteLabel", { target })}
            compact
            testId="rating-delete"
          />
        </footer>
      </Card>
    </li>
  );
}
