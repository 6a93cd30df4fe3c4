import { MapPin as MapPinIcon, Star, Store } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TBusinessSearchResult } from "@/lib/booking/search.schemas";
import { formatDistance, formatPrice, formatRating } from "./format";

/** One search result: picture, name (the link), categories, rating, address, distance, price. */
export function ResultCard({ business }: { business: TBusinessSearchResult }) {
  const t = useTranslations("marketplaceUi.result");
  const locale = useLocale();
  const picture = business.mainImageUrl ?? business.logoUrl;
  return (
    <article
      data-testid="business-result"
      className="group relative flex gap-4 rounded-lg border bg-card p-3 transition-colors focus-within:ring-2 focus-within:ring-ring hover:bg-muted/40 sm:p-4"
    >
      <div className="size-20 shrink-0 overflow-hidden rounded-md bg-muted sm:size-24">
        {picture ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own file route; next/image adds nothing here
          <img src={picture} alt="" className="size-full object-cover" loading="lazy" />
        ) : (
          <div className="flex size-full items-center justify-center">
            <Store className="size-8 text-muted-foreground" aria-hidden />
          </div>
        )}
      </div>
      <div className="grid min-w-0 flex-1 content-start gap-1.5">
        <h3 className="truncate font-semibold">
          <Link
            href={`/businesses/${business.slug}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
          >
            {business.name}
          </Link>
        </h3>
        {business.categories.length > 0 && (
          <div className="flex flex-wrap gap-1">
            {business.categories.slice(0, 3).map((category) => (
              <Badge key={category.id}>{category.name}</Badge>
            ))}
          </div>
        )}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          {business.ratingAverage !== null && business.ratingCount > 0 ? (
            <span className="inline-flex items-center gap-1">
              <Star className="size-4 fill-amber-400 text-amber-400" aria-hidden />
              <span className="font-medium">
                <span className="sr-only">
                  {t("rated", { average: formatRating(business.ratingAverage, locale) })}
                </span>
                <span aria-hidden>{formatRating(business.ratingAverage, locale)}</span>
              </span>
              <span className="text-muted-foreground">
                ({t("reviews", { count: business.ratingCount })})
              </span>
            </span>
          ) : (
            <span className="text-muted-foreground">{t("reviews", { count: 0 })}</span>
          )}
          {business.priceFromMinor !== null && (
            <span className="text-muted-foreground">
              {t("from", {
                price: formatPrice(business.priceFromMinor, business.currency, locale),
              })}
            </span>
          )}
        </p>
        {(business.address || business.distanceKm !== null) && (
          <p className="flex items-start gap-1 text-sm text-muted-foreground">
            <MapPinIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span className="min-w-0">
              {business.address && <span className="line-clamp-1">{business.address}</span>}
              {business.distanceKm !== null && (
                <span className="font-medium text-foreground" data-testid="result-distance">
                  {t("away", { distance: formatDistance(business.distanceKm, locale) })}
                </span>
              )}
            </span>
          </p>
        )}
      </div>
    </article>
  );
}
