"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId, useState } from "react";
import { saveStaffingSettings } from "@/app/manage/staffing/settings/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { TStaffingSettings } from "@/lib/staffing/events.schemas";
import type { PayRules } from "@/lib/staffing/pay-rules";
import { PayRuleFields } from "./pay-rule-fields";

/** Messages of a list field ("reminderHours.1") belong to the list's one input. */
function listErrors(errors: FieldErrors | undefined, field: string): string[] | undefined {
  const found = Object.entries(errors ?? {})
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
  return found.length > 0 ? [...new Set(found)] : undefined;
}

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Card className="grid gap-4 p-5 sm:p-6">
        <header>
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          <p className="mt-0.5 text-sm text-muted-foreground">{description}</p>
        </header>
        {children}
      </Card>
    </section>
  );
}

/**
 * The org's staffing settings: default pay rules (locations, events, call times and
 * requirements may override them), reminder times, auto-withdraw, the conflict window and
 * the name texts are signed with.
 */
export function StaffingSettingsForm({
  settings,
  builtInRules,
  orgName,
}: {
  settings: TStaffingSettings;
  builtInRules: PayRules;
  orgName: string;
}) {
  const t = useTranslations("staffingUi.settings");
  const [autoWithdraw, setAutoWithdraw] = useState(settings.autoWithdrawHours !== null);
  const [sender, setSender] = useState(settings.smsSenderName ?? "");
  const autoWithdrawId = useId();
  return (
    <ActionForm
      action={saveStaffingSettings}
      submitLabel={t("save")}
      pendingLabel={t("saving")}
      className="gap-6"
      testId="staffing-settings-form"
    >
      {(errors) => (
        <>
          <Section title={t("payRulesTitle")} description={t("payRulesDescription")}>
            <PayRuleFields
              values={settings.payRules}
              inherited={builtInRules}
              inheritable={false}
              errors={errors}
            />
          </Section>

          <Section title={t("remindersTitle")} description={t("remindersDescription")}>
            <FormField
              label={t("reminderHours")}
              hint={t("reminderHoursHint")}
              errors={listErrors(errors, "reminderHours")}
            >
              <Input
                name="reminderHours"
                inputMode="numeric"
                autoComplete="off"
                defaultValue={settings.reminderHours.join(", ")}
                className="sm:max-w-xs"
              />
            </FormField>
          </Section>

          <Section title={t("autoWithdrawTitle")} description={t("autoWithdrawDescription")}>
            <label className="flex items-start gap-3 text-sm">
              <input
                type="checkbox"
                name="autoWithdraw"
                checked={autoWithdraw}
                onChange={(event) => setAutoWithdraw(event.target.checked)}
                aria-controls={autoWithdrawId}
                className="mt-0.5 size-4 accent-primary"
              />
              <span>
                <span className="font-medium">{t("autoWithdraw")}</span>
                <span className="block text-xs text-muted-foreground">{t("autoWithdrawHint")}</span>
              </span>
            </label>
            <div id={autoWithdrawId} hidden={!autoWithdraw}>
              {autoWithdraw && (
                <FormField
                  label={t("autoWithdrawHours")}
                  hint={t("autoWithdrawHoursHint")}
                  errors={errors?.autoWithdrawHours}
                >
                  <Input
                    name="autoWithdrawHours"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={168}
                    step={1}
                    required
                    defaultValue={settings.autoWithdrawHours ?? 12}
                    className="sm:max-w-40"
                  />
                </FormField>
              )}
            </div>
          </Section>

          <Section title={t("conflictsTitle")} description={t("conflictsDescription")}>
            <FormField
              label={t("conflictWindowHours")}
              hint={t("conflictWindowHoursHint")}
              errors={errors?.conflictWindowHours}
            >
              <Input
                name="conflictWindowHours"
                type="number"
                inputMode="numeric"
                min={0}
                max={48}
                step={1}
                required
                defaultValue={settings.conflictWindowHours}
                className="sm:max-w-40"
              />
            </FormField>
          </Section>

          <Section title={t("smsTitle")} description={t("smsDescription")}>
            <FormField
              label={t("smsSenderName")}
              labelNote={t("optional")}
              hint={t("smsSenderNameHint")}
              errors={errors?.smsSenderName}
            >
              <Input
                name="smsSenderName"
                maxLength={30}
                value={sender}
                onChange={(event) => setSender(event.target.value)}
                className="sm:max-w-xs"
              />
            </FormField>
            <div className="rounded-md border bg-muted/40 p-3 text-sm">
              <p className="mb-1 text-xs font-medium text-muted-foreground">{t("smsPreview")}</p>
              <p>
                {t("smsPreviewText", {
                  from: sender.trim() ? `${sender.trim()}/${orgName}` : orgName,
                })}
              </p>
            </div>
          </Section>
        </>
      )}
    </ActionForm>
  );
}
