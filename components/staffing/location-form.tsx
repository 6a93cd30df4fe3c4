"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  createStaffingLocation,
  updateStaffingLocation,
} from "@/app/manage/staffing/locations/actions";
import { ActionForm } from "@/components/forms/action-form";
import { TimeZoneCombobox } from "@/components/settings/time-zone-combobox";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import type { TLocation } from "@/lib/staffing/people.schemas";
import type { PayRules } from "@/lib/staffing/pay-rules";
import { PayRuleFields } from "./pay-rule-fields";

export const LOCATIONS_PATH = "/manage/staffing/locations";

/**
 * A venue: name, address, map point, the time zone its call times are entered in, and
 * pay rules that differ from the org's (empty fields follow the org).
 */
export function LocationForm({
  location,
  orgPayRules,
  defaultTimeZone,
}: {
  location?: TLocation;
  /** The org's rules, which the location's empty fields inherit. */
  orgPayRules: PayRules;
  /** A new location starts in the org's time zone. */
  defaultTimeZone: string;
}) {
  const t = useTranslations("staffingUi.locationForm");
  const router = useRouter();
  const [timeZone, setTimeZone] = useState(location?.timeZone ?? defaultTimeZone);
  return (
    <ActionForm
      action={location ? updateStaffingLocation : createStaffingLocation}
      submitLabel={location ? t("save") : t("create")}
      pendingLabel={t("saving")}
      fields={location ? { id: location.id } : undefined}
      onSuccess={() => {
        router.push(LOCATIONS_PATH);
        router.refresh();
      }}
      testId="location-form"
    >
      {(errors) => (
        <>
          <FormField label={t("name")} errors={errors?.name}>
            <Input name="name" required maxLength={200} defaultValue={location?.name} />
          </FormField>
          <FormField label={t("address")} labelNote={t("optional")} errors={errors?.address}>
            <Textarea
              name="address"
              rows={2}
              maxLength={500}
              autoComplete="street-address"
              className="min-h-16"
              defaultValue={location?.address ?? ""}
            />
          </FormField>
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <FormField
              label={t("latitude")}
              labelNote={t("optional")}
              hint={t("latitudeHint")}
              errors={errors?.latitude}
            >
              <Input
                name="latitude"
                type="number"
                inputMode="decimal"
                step="any"
                min={-90}
                max={90}
                defaultValue={location?.latitude ?? ""}
              />
            </FormField>
            <FormField
              label={t("longitude")}
              labelNote={t("optional")}
              hint={t("longitudeHint")}
              errors={errors?.longitude}
            >
              <Input
                name="longitude"
                type="number"
                inputMode="decimal"
                step="any"
                min={-180}
                max={180}
                defaultValue={location?.longitude ?? ""}
              />
            </FormField>
          </div>
          <FormField label={t("timeZone")} hint={t("timeZoneHint")} errors={errors?.timeZone}>
            {(control) => (
              <TimeZoneCombobox
                name="timeZone"
                value={timeZone}
                onChange={setTimeZone}
                control={control}
              />
            )}
          </FormField>
          <fieldset className="grid gap-3 rounded-md border p-4">
            <legend className="px-1 text-sm font-medium">{t("payRules")}</legend>
            <p className="text-xs text-muted-foreground">{t("payRulesHint")}</p>
            <PayRuleFields
              values={location?.payRules ?? {}}
              inherited={orgPayRules}
              inheritable
              errors={errors}
            />
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
