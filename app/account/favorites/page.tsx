import { Bookmark, Heart, Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AvatarTile } from "@/components/booking/customer/avatar-tile";
import { FilterTabs } from "@/components/booking/customer/filter-tabs";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listMyFavorites } from "@/lib/booking/favorites.service";
import type { TFavorite } from "@/lib/booking/favorites.schemas";
import { requireWebViewer } from "@/lib/identity/web-session";
import { removeFavoriteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customerUi.favorites");
  return { title: t("metaTitle") };
}

const PATH = "/account/favorites";
const PAGE_SIZE = 24;
const KINDS = ["favorite", "saved"] as const;
type Kind = (typeof KINDS)[number];

const pageNumber = (value: string | undefined) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
};

export default async function FavoritesPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; page?: string }>;
}) {
  const viewer = await requireWebViewer(PATH);
  const params = await searchParams;
  const kind = KINDS.find((value) => value === params.kind);
  const page = pageNumber(params.page);
  const t = await getTranslations("customerUi.favorites");
  const tCommon = await getTranslations("customerUi.common");
  const { items, meta } = await listMyFavorites(viewer, { kind, page, pageSize: PAGE_SIZE });

  const findButton = (
    <Button asChild>
      <Link href="/businesses">
        <Search aria-hidden />
        {t("find")}
      </Link>
    </Button>
  );
  const tabs = [undefined, ...KINDS].map((value) => ({
    value: value ?? "all",
    label: t(`filters.${value ?? "all"}`),
    href: value ? `${PATH}?kind=${value}` : PATH,
    active: value === kind,
  }));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} action={findButton} />
      {items.length === 0 && !kind && page === 1 ? (
        <EmptyState icon={Heart} title={t("empty.title")} action={findButton}>
          <p>{t("empty.body")}</p>
        </EmptyState>
      ) : (
        <>
          <FilterTabs label={t("filterLabel")} options={tabs} testId="favorites-filter" />
          {items.length === 0 ? (
            <EmptyState icon={Heart} title={t("emptyFiltered.title")} action={findButton}>
              <p>{t("emptyFiltered.body", { kind: kind ?? "favorite" })}</p>
            </EmptyState>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="favorites-list">
              {items.map((favorite) => (
                <FavoriteCard key={favorite.id} favorite={favorite} />
              ))}
            </ul>
          )}
          <Pagination
            label={tCommon("pagesLabel", { list: t("title") })}
            path={PATH}
            query={{ kind }}
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

async function FavoriteCard({ favorite }: { favorite: TFavorite }) {
  const t = await getTranslations("customerUi.favorites");
  const tCommon = await getTranslations("customerUi.common");
  const format = await getFormatter();
  const { business, employee } = favorite;
  const name = employee?.name ?? business.name;
  const rated = employee ?? business;
  const href = `/businesses/${business.slug}`;
  return (
    <li data-testid="favorite-card" data-kind={favorite.kind}>
      <Card className="flex h-full flex-col gap-4 p-4">
        <div className="flex items-start gap-3">
          <AvatarTile
            url={employee ? employee.avatarUrl : business.logoUrl}
            name={name}
            round={!!employee}
          />
          <div className="grid min-w-0 flex-1 gap-1">
            <Link
              href={href}
              className="truncate font-medium hover:underline focus-visible:underline focus-visible:outline-none"
            >
              {name}
            </Link>
            {employee && (
              <p className="truncate text-sm text-muted-foreground">
                {t("employeeAt", { business: business.name })}
              </p>
            )}
            <p className="text-xs text-muted-foreground">
              {rated.ratingAverage !== null && rated.ratingCount > 0
                ? `★ ${tCommon("ratingValue", {
                    average: format.number(rated.ratingAverage, { maximumFractionDigits: 1 }),
                    count: rated.ratingCount,
                  })}`
                : tCommon("noRatings")}
            </p>
          </div>
          <Badge className="gap-1">
            {favorite.kind === "favorite" ? (
              <Heart aria-hidden className="size-3 fill-current text-red-500" />
            ) : (
              <Bookmark aria-hidden className="size-3" />
            )}
            {t(`kinds.${favorite.kind as Kind}`)}
          </Badge>
        </div>
        <div className="mt-auto flex items-center justify-between gap-2">
          <Button asChild size="sm">
            <Link href={href} aria-label={t("bookAt", { business: business.name })}>
              {t("book")}
            </Link>
          </Button>
          <DeleteDialog
            action={removeFavoriteAction}
            id={favorite.id}
            title={t("removeTitle", { name })}
            description={t("removeBody", { kind: favorite.kind })}
            submitLabel={t("remove")}
            triggerLabel={t("removeLabel", { name })}
            compact
            testId="favorite-remove"
          />
        </div>
      </Card>
    </li>
  );
}
