"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createOrganization } from "@/app/manage/actions";
import type { CurrencyOption } from "./currencies";
import { OrgFields, type OrgFieldValues } from "./org-fields";
import { ActionForm } from "@/components/forms/action-form";

/** Name, time zone, currency and language; the creator becomes owner and lands in /manage. */
export function CreateOrgForm({
  defaults,
  currencies,
}: {
  defaults: Omit<OrgFieldValues, "name" | "slug">;
  currencies: CurrencyOption[];
}) {
  const t = useTranslations("team.createOrg");
  const [values, setValues] = useState<OrgFieldValues>({ name: "", slug: "", ...defaults });
  return (
    <ActionForm
      action={createOrganization}
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
      block
    >
      {(errors) => (
        <OrgFields
          values={values}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          errors={errors}
          currencies={currencies}
        />
      )}
    </ActionForm>
  );
}
