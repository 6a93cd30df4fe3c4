"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateOrganization } from "@/app/manage/settings/organization/actions";
import type { CurrencyOption } from "./currencies";
import { OrgFields, type OrgFieldValues } from "./org-fields";
import { ActionForm } from "@/components/forms/action-form";

export function OrgSettingsForm({
  initial,
  currencies,
}: {
  initial: OrgFieldValues;
  currencies: CurrencyOption[];
}) {
  const t = useTranslations("team.orgSettings");
  const [values, setValues] = useState(initial);
  return (
    <ActionForm action={updateOrganization} submitLabel={t("save")} pendingLabel={t("saving")}>
      {(errors) => (
        <OrgFields
          values={values}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          errors={errors}
          currencies={currencies}
          withSlug
        />
      )}
    </ActionForm>
  );
}
