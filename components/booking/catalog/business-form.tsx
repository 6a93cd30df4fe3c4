"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TimeZoneCombobox } from "@/components/settings/time-zone-combobox";
import type { CurrencyOption } from "@/components/tenancy/currencies";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import type { TManagedBusiness } from "@/lib/booking/businesses.schemas";
import type { TCategoryNode } from "@/lib/booking/categories.schemas";
import type { FieldErrors } from "@/lib/errors";
import {
  CategoryPicker,
  CheckboxField,
  errorsFor,
  type FormActionFn,
  LocalizedFields,
} from "./shared";

const BUSINESS_TYPES = ["business", "freelancer"] as const;
const VISIT_TYPES = ["on_site", "home_visit", "both"] as const;
const SOCIALS = ["instagram", "facebook", "tiktok", "x", "youtube"] as const;

function NativeSelect({
  name,
  options,
  defaultValue,
  control,
  disabled,
}: {
  name: string;
  options: { value: string; label: string }[];
  defaultValue: string;
  control?: object;
  disabled?: boolean;
}) {
  return (
    <select
      name={name}
      defaultValue={defaultValue}
      disabled={disabled}
      className={`${fieldControlClass} h-9 py-1`}
      {...control}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function ZoneAndCurrency({
  errors,
  timeZone,
  currency,
  currencies,
}: {
  errors: FieldErrors | undefined;
  timeZone: string;
  currency: string;
  currencies: CurrencyOption[];
}) {
  const t = useTranslations("bookingCatalogUi.profile");
  const [zone, setZone] = useState(timeZone);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField label={t("timeZone")} errors={errorsFor(errors, "timeZone")}>
        {(control) => (
          <TimeZoneCombobox name="timeZone" value={zone} onChange={setZone} control={control} />
        )}
      </FormField>
      <FormField label={t("currency")} errors={errorsFor(errors, "currency")}>
        {(control) => (
          <NativeSelect
            name="currency"
            defaultValue={currency}
            control={control}
            options={currencies.map((option) => ({ value: option.code, label: option.label }))}
          />
        )}
      </FormField>
    </div>
  );
}

/** The first step: a name, a kind, a zone and a currency; the rest is edited on its page. */
export function NewBusinessForm<N>({
  action,
  tree,
  currencies,
  defaultTimeZone,
  defaultCurrency,
}: {
  action: FormActionFn<N>;
  tree: TCategoryNode[];
  currencies: CurrencyOption[];
  defaultTimeZone: string;
  defaultCurrency: string;
}) {
  const t = useTranslations("bookingCatalogUi.profile");
  return (
    <Card className="max-w-2xl p-6">
      <ActionForm action={action} submitLabel={t("create")} testId="business-new-form">
        {(errors) => (
          <>
            <FormField label={t("name")} errors={errorsFor(errors, "name")}>
              <Input name="name" required autoComplete="organization" data-testid="business-name" />
            </FormField>
            <FormField label={t("type")} errors={errorsFor(errors, "type")}>
              {(control) => (
                <NativeSelect
                  name="type"
                  defaultValue="business"
                  control={control}
                  options={BUSINESS_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
                />
              )}
            </FormField>
            <ZoneAndCurrency
              errors={errors}
              timeZone={defaultTimeZone}
              currency={defaultCurrency}
              currencies={currencies}
            />
            <CategoryPicker tree={tree} selected={[]} errors={errors} />
          </>
        )}
      </ActionForm>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-4 border-t pt-6 first:border-t-0 first:pt-0">
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const numberValue = (value: number | null) => (value === null ? "" : String(value));

/** Everything about the business, in sections; saves all at once (cleared inputs clear). */
export function ProfileForm({
  action,
  business,
  tree,
  currencies,
  canEdit,
}: {
  action: FormActionFn<TManagedBusiness>;
  business: TManagedBusiness;
  tree: TCategoryNode[];
  currencies: CurrencyOption[];
  canEdit: boolean;
}) {
  const t = useTranslations("bookingCatalogUi.profile");
  const router = useRouter();
  const readOnly = !canEdit;
  const field = (name: string, errors: FieldErrors | undefined, props: object = {}) => (
    <FormField
      label={t(name)}
      labelNote={t.has(`${name}Note`) ? t(`${name}Note`) : undefined}
      errors={errorsFor(errors, name)}
    >
      <Input name={name} readOnly={readOnly} {...props} />
    </FormField>
  );
  const form = (errors: FieldErrors | undefined) => (
    <fieldset disabled={readOnly} className="grid gap-8">
      <Section title={t("sections.identity")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("name", errors, { defaultValue: business.name, required: true })}
          {field("slug", errors, { defaultValue: business.slug })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("type")} errors={errorsFor(errors, "type")}>
            {(control) => (
              <NativeSelect
                name="type"
                defaultValue={business.type}
                control={control}
                options={BUSINESS_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
              />
            )}
          </FormField>
          <FormField label={t("visitType")} errors={errorsFor(errors, "visitType")}>
            {(control) => (
              <NativeSelect
                name="visitType"
                defaultValue={business.visitType}
                control={control}
                options={VISIT_TYPES.map((value) => ({ value, label: t(`visitTypes.${value}`) }))}
              />
            )}
          </FormField>
        </div>
        <LocalizedFields
          name="bio"
          label={t("bio")}
          values={business.translations.bio}
          errors={errors}
        />
        <LocalizedFields
          name="description"
          label={t("descriptionField")}
          values={business.translations.description}
          errors={errors}
          multiline
        />
        <LocalizedFields
          name="noteToClients"
          label={t("noteToClients")}
          values={business.translations.noteToClients}
          errors={errors}
          multiline
        />
        <CategoryPicker
          tree={tree}
          selected={business.categories.map((category) => category.id)}
          errors={errors}
          disabled={readOnly}
        />
      </Section>

      <Section title={t("sections.location")}>
        {field("address", errors, { defaultValue: business.address ?? "" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("latitude", errors, {
            defaultValue: numberValue(business.latitude),
            inputMode: "decimal",
            placeholder: "41.3275",
          })}
          {field("longitude", errors, {
            defaultValue: numberValue(business.longitude),
            inputMode: "decimal",
            placeholder: "19.8187",
          })}
        </div>
        <p className="text-xs text-muted-foreground">{t("coordinatesHint")}</p>
        {field("collabAddress", errors, { defaultValue: business.collabAddress ?? "" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("collabLatitude", errors, {
            defaultValue: numberValue(business.collabLatitude),
            inputMode: "decimal",
          })}
          {field("collabLongitude", errors, {
            defaultValue: numberValue(business.collabLongitude),
            inputMode: "decimal",
          })}
        </div>
      </Section>

      <Section title={t("sections.contact")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("phone", errors, {
            defaultValue: business.phone ?? "",
            type: "tel",
            autoComplete: "tel",
          })}
          {field("email", errors, { defaultValue: business.email ?? "", type: "email" })}
          {field("website", errors, {
            defaultValue: business.website ?? "",
            type: "url",
            placeholder: "https://",
          })}
          {SOCIALS.map((name) => (
            <FormField
              key={name}
              label={t(`socials.${name}`)}
              labelNote={t("optional")}
              errors={errorsFor(errors, `socials.${name}`)}
            >
              <Input
                name={`socials.${name}`}
                type="url"
                placeholder="https://"
                defaultValue={business.socials[name] ?? ""}
              />
            </FormField>
          ))}
        </div>
      </Section>

      <Section title={t("sections.settings")}>
        <ZoneAndCurrency
          errors={errors}
          timeZone={business.timeZone}
          currency={business.currency}
          currencies={currencies}
        />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {field("minNoticeMinutes", errors, {
            defaultValue: String(business.minNoticeMinutes),
            type: "number",
            min: 0,
          })}
          {field("maxHorizonDays", errors, {
            defaultValue: String(business.maxHorizonDays),
            type: "number",
            min: 1,
          })}
          {field("cancellationWindowHours", errors, {
            defaultValue: String(business.cancellationWindowHours),
            type: "number",
            min: 0,
          })}
          {field("slotStepMinutes", errors, {
            defaultValue: String(business.slotStepMinutes),
            type: "number",
            min: 5,
          })}
          {field("reminderHours", errors, {
            defaultValue: business.reminderHours.join(", "),
            placeholder: "24, 1",
          })}
        </div>
        <div className="grid gap-3">
          <CheckboxField
            name="autoConfirm"
            label={t("autoConfirm")}
            hint={t("autoConfirmHint")}
            defaultChecked={business.autoConfirm}
          />
          <CheckboxField
            name="notifyEmail"
            label={t("notifyEmail")}
            defaultChecked={business.notifyEmail}
          />
          <CheckboxField
            name="notifyPush"
            label={t("notifyPush")}
            defaultChecked={business.notifyPush}
          />
        </div>
      </Section>
    </fieldset>
  );
  if (readOnly) return <Card className="p-6">{form(undefined)}</Card>;
  return (
    <Card className="p-6">
      <ActionForm
        action={action}
        submitLabel={t("save")}
        fields={{ businessId: business.id }}
        onSuccess={() => router.refresh()}
        testId="business-profile-form"
      >
        {form}
      </ActionForm>
    </Card>
  );
}
