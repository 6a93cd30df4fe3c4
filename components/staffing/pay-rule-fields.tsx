"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { PayRules, TPayRuleOverrides } from "@/lib/staffing/pay-rules";
import { cn } from "@/lib/utils/cn";

type OvertimeMode = "inherit" | "off" | "after";

const NUMBER_RULES = [
  { key: "minimumHours", step: "0.25", min: 0, max: 24 },
  { key: "roundingGraceMinutes", step: "1", min: 0, max: 29 },
  { key: "mealPenaltyTriggerHours", step: "0.5", min: 0.5, max: 24 },
  { key: "mealPenaltyMultiplier", step: "0.05", min: 1, max: 5 },
] as const;

function initialMode(values: TPayRuleOverrides, inheritable: boolean): OvertimeMode {
  if (values.overtimeAfterHours === undefined) return inheritable ? "inherit" : "off";
  return values.overtimeAfterHours === null ? "off" : "after";
}

/**
 * The pay rules as inputs named `payRules.<rule>` (see lib/staffing/catalogue-forms.ts).
 * `inherited` are the rules that apply where a field is left empty: the org's defaults
 * on a location, the built-in defaults on the org's own settings (`inheritable` false: the
 * fields are filled in and overtime is either off or on).
 */
export function PayRuleFields({
  values,
  inherited,
  inheritable,
  errors,
}: {
  values: TPayRuleOverrides;
  inherited: PayRules;
  inheritable: boolean;
  errors: FieldErrors | undefined;
}) {
  const t = useTranslations("staffingUi.payRules");
  const [mode, setMode] = useState<OvertimeMode>(() => initialMode(values, inheritable));
  const inheritedOvertime =
    inherited.overtimeAfterHours === null
      ? t("overtimeNone")
      : t("overtimeAfter", { hours: inherited.overtimeAfterHours });
  return (
    <div className="grid gap-4">
      <div className="grid items-start gap-4 sm:grid-cols-2">
        {NUMBER_RULES.map(({ key, step, min, max }) => (
          <FormField
            key={key}
            label={t(`${key}.label`)}
            hint={inheritable ? t("inherits", { value: inherited[key] }) : t(`${key}.hint`)}
            errors={errors?.[`payRules.${key}`]}
          >
            <Input
              name={`payRules.${key}`}
              type="number"
              inputMode="decimal"
              step={step}
              min={min}
              max={max}
              defaultValue={values[key] ?? (inheritable ? "" : inherited[key])}
              placeholder={inheritable ? String(inherited[key]) : undefined}
            />
          </FormField>
        ))}
      </div>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField
          label={t("overtime")}
          hint={inheritable ? t("inheritsText", { value: inheritedOvertime }) : t("overtimeHint")}
          errors={
            errors?.["payRules.overtimeAfterHours"] && mode !== "after"
              ? errors["payRules.overtimeAfterHours"]
              : undefined
          }
        >
          <select
            name="overtimeMode"
            value={mode}
            onChange={(event) => setMode(event.target.value as OvertimeMode)}
            className={cn(fieldControlClass, "h-9 py-1")}
          >
            {inheritable && <option value="inherit">{t("overtimeInherit")}</option>}
            <option value="off">{t("overtimeOff")}</option>
            <option value="after">{t("overtimeOn")}</option>
          </select>
        </FormField>
        {mode === "after" && (
          <FormField
            label={t("overtimeAfterHours")}
            errors={errors?.["payRules.overtimeAfterHours"]}
          >
            <Input
              name="payRules.overtimeAfterHours"
              type="number"
              inputMode="decimal"
              step="0.5"
              min={1}
              max={24}
              required
              defaultValue={values.overtimeAfterHours ?? inherited.overtimeAfterHours ?? 8}
            />
          </FormField>
        )}
      </div>
    </div>
  );
}
