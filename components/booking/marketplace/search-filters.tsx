"use client";

import { ChevronDown, Search, SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { fieldControlClass, Input } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { NearMeButton } from "./near-me-button";
import {
  isLocated,
  MARKETPLACE_PATH,
  type MarketplaceParams,
  RADIUS_CHOICES_KM,
  SORTS,
} from "./search-params";

export interface CategoryOption {
  value: string;
  label: string;
  depth: number;
}

const RATING_CHOICES = ["3", "4", "4.5"];
// The schema's enums, spelled out: importing db/schema would ship the ORM to the browser.
const VISIT_TYPES = ["on_site", "home_visit", "both"] as const;
const GENDERS = ["female", "male"] as const;

/**
 * The marketplace's search form: a plain GET form, so it works before hydration and the URL
 * can be shared. On a phone the filters fold away behind a "Filters" button.
 */
export function SearchFilters({
  params,
  categories,
}: {
  params: MarketplaceParams;
  categories: CategoryOption[];
}) {
  const t = useTranslations("marketplaceUi.search");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const located = isLocated(params);
  const select = cn(fieldControlClass, "h-9 py-1");
  const label = "text-xs font-medium text-muted-foreground";

  return (
    <form role="search" method="get" action={MARKETPLACE_PATH} className="grid gap-3">
      {located && (
        <>
          <input type="hidden" name="lat" value={params.lat} />
          <input type="hidden" name="lng" value={params.lng} />
        </>
      )}
      {params.view && <input type="hidden" name="view" value={params.view} />}

      <div className="flex flex-wrap items-start gap-2">
        <div className="grid min-w-0 flex-1 basis-64 gap-1.5">
          <label htmlFor="marketplace-q" className={label}>
            {t("search")}
          </label>
          <Input
            id="marketplace-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("searchPlaceholder")}
            minLength={2}
            maxLength={100}
          />
        </div>
        <div className="flex gap-2 sm:pt-6">
          <Button type="submit">
            <Search aria-hidden />
            {t("apply")}
          </Button>
          <NearMeButton params={params} />
        </div>
      </div>

      <Button
        type="button"
        variant="outline"
        className="justify-between sm:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="inline-flex items-center gap-2">
          <SlidersHorizontal aria-hidden />
          {t("filters")}
        </span>
        <ChevronDown aria-hidden className={cn("transition-transform", open && "rotate-180")} />
      </Button>

      <div
        id={panelId}
        className={cn(
          "grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5",
          open ? "grid" : "hidden sm:grid",
        )}
      >
        <Field id="marketplace-category" label={t("category")} className={label}>
          <select
            id="marketplace-category"
            name="category"
            defaultValue={params.category ?? ""}
            className={select}
          >
            <option value="">{t("anyCategory")}</option>
            {categories.map((category) => (
              <option key={category.value} value={category.value}>
                {`${"\u2003".repeat(category.depth)}${category.label}`}
              </option>
            ))}
          </select>
        </Field>
        <Field id="marketplace-rating" label={t("minRating")} className={label}>
          <select
            id="marketplace-rating"
            name="minRating"
            defaultValue={params.minRating ?? ""}
            className={select}
          >
            <option value="">{t("anyRating")}</option>
            {RATING_CHOICES.map((value) => (
              <option key={value} value={value}>
                {t("ratingAtLeast", { value })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="marketplace-visit" label={t("visitType")} className={label}>
          <select
            id="marketplace-visit"
            name="visitType"
            defaultValue={params.visitType ?? ""}
            className={select}
          >
            <option value="">{t("anyVisitType")}</option>
            {VISIT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`visitTypes.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="marketplace-gender" label={t("gender")} className={label}>
          <select
            id="marketplace-gender"
            name="gender"
            defaultValue={params.gender ?? ""}
            className={select}
          >
            <option value="">{t("anyGender")}</option>
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {t(`genders.${gender}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="marketplace-sort" label={t("sort")} className={label}>
          <select
            id="marketplace-sort"
            name="sort"
            defaultValue={params.sort ?? ""}
            className={select}
          >
            <option value="">
              {t(`sorts.${params.q ? "relevance" : located ? "distance" : "rating"}`)}
            </option>
            {SORTS.filter((sort) => sort !== "distance" || located).map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="marketplace-min-price" label={t("minPrice")} className={label}>
          <Input
            id="marketplace-min-price"
            name="minPrice"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            defaultValue={params.minPrice ?? ""}
            placeholder={t("pricePlaceholder")}
          />
        </Field>
        <Field id="marketplace-max-price" label={t("maxPrice")} className={label}>
          <Input
            id="marketplace-max-price"
            name="maxPrice"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            defaultValue={params.maxPrice ?? ""}
            placeholder={t("pricePlaceholder")}
          />
        </Field>
        {located && (
          <Field id="marketplace-radius" label={t("radius")} className={label}>
            <select
              id="marketplace-radius"
              name="radiusKm"
              defaultValue={params.radiusKm ?? "10"}
              className={select}
            >
              {RADIUS_CHOICES_KM.map((km) => (
                <option key={km} value={String(km)}>
                  {t("radiusKm", { km })}
                </option>
              ))}
            </select>
          </Field>
        )}
        <label className="flex h-9 items-center gap-2 self-end text-sm">
          <input
            type="checkbox"
            name="openNow"
            value="true"
            defaultChecked={params.openNow === "true" || params.openNow === "1"}
            className="size-4 rounded border-input accent-primary"
          />
          {t("openNow")}
        </label>
      </div>
    </form>
  );
}

function Field({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className: string;
  children: React.ReactNode;
}) {
  return (
    <div className="grid content-start gap-1.5">
      <label htmlFor={id} className={className}>
        {label}
      </label>
      {children}
    </div>
  );
}
