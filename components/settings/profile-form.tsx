"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveProfile } from "@/app/account/settings/actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { ActionForm } from "@/components/forms/action-form";
import { TimeZoneCombobox } from "./time-zone-combobox";

export interface ProfileValues {
  name: string;
  company: string;
  jobTitle: string;
  locale: Locale;
  timeZone: string;
}

/**
 * Name, work details, language and time zone. The fields are controlled: React resets
 * uncontrolled fields after every form action, which would throw away what was typed
 * when the server asks for a correction.
 */
export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const t = useTranslations("settings.profile");
  const tCommon = useTranslations("common");
  const [values, setValues] = useState(initial);
  const set = (field: keyof ProfileValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <ActionForm action={saveProfile} submitLabel={t("save")} pendingLabel={t("saving")}>
      {(errors) => (
        <>
          {/*
            Posted from here, not by the select's own hidden <select>: that one goes back
            to its first value when React resets the form after an action.
          */}
          <input type="hidden" name="locale" value={values.locale} />
          <FormField label={t("name")} errors={errors?.name}>
            <Input
              name="name"
              autoComplete="name"
              required
              maxLength={120}
              value={values.name}
              onChange={(event) => set("name")(event.target.value)}
            />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("company")} labelNote={t("optional")} errors={errors?.company}>
              <Input
                name="company"
                autoComplete="organization"
                maxLength={120}
                value={values.company}
                onChange={(event) => set("company")(event.target.value)}
              />
            </FormField>
            <FormField label={t("jobTitle")} labelNote={t("optional")} errors={errors?.jobTitle}>
              <Input
                name="jobTitle"
                autoComplete="organization-title"
                maxLength={120}
                value={values.jobTitle}
                onChange={(event) => set("jobTitle")(event.target.value)}
              />
            </FormField>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("language")} hint={t("languageHint")} errors={errors?.locale}>
              {(control) => (
                <Select value={values.locale} onValueChange={set("locale")}>
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
            <FormField label={t("timeZone")} hint={t("timeZoneHint")} errors={errors?.timeZone}>
              {(control) => (
                <TimeZoneCombobox
                  name="timeZone"
                  value={values.timeZone}
                  onChange={set("timeZone")}
                  control={control}
                />
              )}
            </FormField>
          </div>
        </>
      )}
    </ActionForm>
  );
}
