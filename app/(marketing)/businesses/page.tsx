import { List, Map as MapIcon, SearchX, Store, X } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MapPanel } from "@/components/booking/marketplace/map-panel";
import { ResultCard } from "@/components/booking/marketplace/result-card";
import {
  type CategoryOption,
  SearchFilters,
} from "@/components/booking/marketplace/search-filters";
import {
  DEFAULT_NEAR_ME_RADIUS_KM,
  isLocated,
  MARKETPLACE_PATH,
  type MarketplaceParams,
  marketplaceHref,
  type RawParams,
  readParams,
  withoutLocation,
} from "@/components/booking/marketplace/search-params";
import { toSearchQuery, validParams } from "@/components/booking/marketplace/search-query";
import { Pagination } from "@/components/tenancy/pagination";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { categoryTree } from "@/lib/booking/categories.queries";
import type { TCategoryNode } from "@/lib/booking/categories.schemas";
import { searchBusinesses } from "@/lib/booking/search.queries";
import { env } from "@/lib/config/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils/cn";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("marketplaceUi.search");
  return { title: t("title"), description: t("description") };
}

/** The category tree as one select's options, children indented under their parent. */
function flatten(nodes: TCategoryNode[], depth = 0): CategoryOption[] {
  return nodes.flatMap((node) => [
    { value: node.slug, label: node.name, depth },
    ...flatten(node.children, depth + 1),
  ]);
}

export default async function BusinessesPage({
  searchParams,
}: {
  searchParams: Promise<RawParams>;
}) {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations("marketplaceUi.search");
  const raw = readParams(await searchParams);
  const { query, dropped } = toSearchQuery(raw);
  const params = validParams(raw, dropped);
  const mapView = params.view === "map";
  if (!mapView) delete params.view;

  const [results, tree] = await Promise.all([
    searchBusinesses(query, { locale }),
    categoryTree(locale),
  ]);
  const categories = flatten(tree);
  const chips = filterChips(params, categories, t);
  const filtered = chips.length > 0;
  const config = env();

  const toggle = (
    <Button asChild variant="outline">
      <Link
        href={marketplaceHref(params, { view: mapView ? undefined : "map", page: params.page })}
        data-testid="map-toggle"
        aria-label={`${t("viewLabel")}: ${mapView ? t("listView") : t("mapView")}`}
      >
        {mapView ? <List aria-hidden /> : <MapIcon aria-hidden />}
        {mapView ? t("listView") : t("mapView")}
      </Link>
    </Button>
  );

  const list =
    results.items.length === 0 ? (
      filtered ? (
        <EmptyState
          icon={SearchX}
          title={t("emptyTitle")}
          action={
            <Button asChild variant="outline">
              <Link href={MARKETPLACE_PATH}>{t("clear")}</Link>
            </Button>
          }
        >
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <EmptyState icon={Store} title={t("noneYetTitle")}>
          <p>{t("noneYetBody")}</p>
        </EmptyState>
      )
    ) : (
      <ul className={cn("grid gap-3", !mapView && "md:grid-cols-2")}>
        {results.items.map((business) => (
          <li key={business.id}>
            <ResultCard business={business} />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6 sm:py-10">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
          <p className="mt-1 text-sm text-muted-foreground">{t("description")}</p>
        </div>
        {toggle}
      </header>

      <SearchFilters params={params} categories={categories} />

      {filtered && (
        <ul className="flex flex-wrap items-center gap-2" aria-label={t("activeFilters")}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link
                href={chip.href}
                className="inline-flex h-7 items-center gap-1 rounded-full border bg-muted px-3 text-xs font-medium hover:bg-muted/70 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                aria-label={t("removeFilter", { filter: chip.text })}
              >
                {chip.text}
                <X className="size-3" aria-hidden />
              </Link>
            </li>
          ))}
          <li>
            <Link
              href={params.view ? `${MARKETPLACE_PATH}?view=map` : MARKETPLACE_PATH}
              className="text-xs font-medium text-primary hover:underline"
            >
              {t("clear")}
            </Link>
          </li>
        </ul>
      )}

      <section aria-labelledby="marketplace-results" className="grid gap-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="marketplace-results" className="sr-only">
            {t("resultsHeading")}
          </h2>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("results", { count: results.meta.total })}
          </p>
        </div>
        {mapView ? (
          <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="lg:sticky lg:top-20 lg:self-start">
              <MapPanel
                testId="results-map"
                label={t("resultsHeading")}
                className="h-[360px] sm:h-[520px]"
                tileUrl={config.MAP_TILE_URL}
                attribution={config.MAP_TILE_ATTRIBUTION}
                pins={results.items.flatMap((business) =>
                  business.latitude !== null && business.longitude !== null
                    ? [
                        {
                          id: business.id,
                          name: business.name,
                          latitude: business.latitude,
                          longitude: business.longitude,
                          href: `/businesses/${business.slug}`,
                          detail: business.address ?? undefined,
                        },
                      ]
                    : [],
                )}
              />
            </div>
            {list}
          </div>
        ) : (
          list
        )}
        <Pagination
          label={t("pages")}
          path={MARKETPLACE_PATH}
          query={{ ...params, page: undefined }}
          param="page"
          page={results.meta.page}
          pageSize={results.meta.pageSize}
          total={results.meta.total}
        />
      </section>
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"marketplaceUi.search">>>;

/** Each filter in effect as a chip whose link shows the same search without it. */
function filterChips(params: MarketplaceParams, categories: CategoryOption[], t: Translate) {
  const chips: { key: string; text: string; href: string }[] = [];
  const add = (key: keyof MarketplaceParams, text: string) =>
    chips.push({ key, text, href: marketplaceHref(params, { [key]: undefined }) });
  if (params.q) add("q", `“${params.q}”`);
  if (params.category) {
    const category = categories.find((option) => option.value === params.category);
    add("category", `${t("category")}: ${category?.label ?? params.category}`);
  }
  if (params.minRating) {
    add("minRating", t("ratingAtLeast", { value: params.minRating }));
  }
  if (params.visitType) {
    add("visitType", t(`visitTypes.${params.visitType as "on_site" | "home_visit" | "both"}`));
  }
  if (params.gender && params.gender !== "any") {
    add("gender", `${t("gender")}: ${t(`genders.${params.gender as "female" | "male"}`)}`);
  }
  if (params.minPrice) add("minPrice", `${t("minPrice")}: ${params.minPrice}`);
  if (params.maxPrice) add("maxPrice", `${t("maxPrice")}: ${params.maxPrice}`);
  if (params.openNow) add("openNow", t("openNow"));
  if (isLocated(params)) {
    chips.push({
      key: "location",
      text: t("nearYou", { km: params.radiusKm ?? DEFAULT_NEAR_ME_RADIUS_KM }),
      href: withoutLocation(params),
    });
  }
  if (params.sort && !(params.sort === "distance" && isLocated(params))) {
    add(
      "sort",
      `${t("sort")}: ${t(`sorts.${params.sort as "relevance" | "distance" | "rating"}`)}`,
    );
  }
  return chips;
}
