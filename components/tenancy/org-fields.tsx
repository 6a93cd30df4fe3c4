"use client";

import { useTranslations } from "next-intl";
import { TimeZoneCombobox } from "@/components/settings/time-zone-combobox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import type { FieldErrors } from "@/lib/errors";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { CurrencyOption } from "./currencies";

export interface OrgFieldValues {
  name: string;
  slug: string;
  timeZone: string;
  currency: string;
  locale: Locale;
}

/**
 * An organization's settings as form fields. Controlled, because React resets uncontrolled
 * fields after a form action and a correction would lose what was typed.
 */
export function OrgFields({
  values,
  onChange,
  errors,
  currencies,
  withSlug,
}: {
  values: OrgFieldValues;
  onChange: (field: keyof OrgFieldValues, value: string) => void;
  errors: FieldErrors | undefined;
  currencies: CurrencyOption[];
  /** New organizations get their address from the name; it can be changed later. */
  withSlug?: boolean;
}) {
  const t = useTranslations("team.orgFields");
  const tCommon = useTranslations("common");
  return (
    <>
      <FormField label={t("name")} errors={errors?.name}>
        <Input
          name="name"
          autoComplete="organization"
          required
          maxLength={100}
          value={values.name}
          onChange={(event) => onChange("name", event.target.value)}
        />
      </FormField>
      {withSlug && (
        <FormField label={t("slug")} hint={t("slugHint")} errors={errors?.slug}>
          <Input
            name="slug"
            required
            maxLength={60}
            autoCapitalize="none"
            spellCheck={false}
            value={values.slug}
            onChange={(event) => onChange("slug", event.target.value.toLowerCase())}
          />
        </FormField>
      )}
      <FormField label={t("timeZone")} hint={t("timeZoneHint")} errors={errors?.timeZone}>
        {(control) => (
          <TimeZoneCombobox
            name="timeZone"
            value={values.timeZone}
            onChange={(timeZone) => onChange("timeZone", timeZone)}
            control={control}
          />
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("currency")} hint={t("currencyHint")} errors={errors?.currency}>
          {(control) => (
            <Select
              name="currency"
              value={values.currency}
              onValueChange={(currency) => onChange("currency", currency)}
            >
              <SelectTrigger {...control}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {currencies.map((currency) => (
                  <SelectItem key={currency.code} value={currency.code}>
                    {currency.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
        <FormField label={t("locale")} hint={t("localeHint")} errors={errors?.locale}>
          {(control) => (
            <Select
              name="locale"
              value={values.locale}
              onValueChange={(locale) => onChange("locale", locale)}
            >
              <SelectTrigger {...control}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {LOCALES.map((locale) => (
                  <SelectItem key={locale} value={locale}>
                    {tCommon(`localeNames.${locale}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
      </div>
    </>
  );
}
