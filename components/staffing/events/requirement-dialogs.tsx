"use client";

import { Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  createRequirementAction,
  deleteRequirementAction,
  updateRequirementAction,
} from "@/app/manage/staffing/events/[id]/actions";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { TRequirement } from "@/lib/staffing/events.schemas";
import { cn } from "@/lib/utils/cn";
import { HiddenPayRules } from "./hidden-pay-rules";

export interface LaborTypeOption {
  id: string;
  name: string;
}

/** How many decimals the currency's minor units have (2 for EUR, 0 for JPY). */
export function currencyDecimals(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** Minor units as the amount typed in the field: 2550 → "25.50". */
const majorUnits = (minor: number | null | undefined, decimals: number) =>
  minor === null || minor === undefined ? "" : (minor / 10 ** decimals).toFixed(decimals);

function RequirementFields({
  errors,
  requirement,
  currency,
  inheritedMinimumHours,
}: {
  errors: FieldErrors | undefined;
  requirement?: TRequirement;
  currency: string;
  inheritedMinimumHours: number;
}) {
  const t = useTranslations("staffingEvents.requirements");
  const decimals = currencyDecimals(currency);
  return (
    <>
      <input type="hidden" name="currencyDecimals" value={decimals} />
      <div className="grid grid-cols-2 gap-3">
        <FormField label={t("needed")} errors={errors?.needed}>
          <Input
            name="needed"
            type="number"
            inputMode="numeric"
            min={Math.max(1, requirement?.counts.confirmed ?? 1)}
            max={10000}
            required
            defaultValue={requirement?.needed ?? 1}
          />
        </FormField>
        <FormField
          label={t("firstCome")}
          hint={t("firstComeHint")}
          errors={errors?.firstComePositions}
        >
          <Input
            name="firstComePositions"
            type="number"
            inputMode="numeric"
            min={0}
            max={10000}
            defaultValue={requirement?.firstComePositions ?? 0}
          />
        </FormField>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <FormField
          label={t("payRate", { currency })}
          labelNote={t("optional")}
          errors={errors?.payRateMinor}
        >
          <Input
            name="payRate"
            type="number"
            inputMode="decimal"
            min={0}
            step={10 ** -decimals}
            defaultValue={majorUnits(requirement?.payRateMinor, decimals)}
          />
        </FormField>
        <FormField
          label={t("minimumHours")}
          hint={t("minimumHoursHint", { hours: inheritedMinimumHours })}
          errors={errors?.["payRules.minimumHours"]}
        >
          <Input
            name="payRules.minimumHours"
            type="number"
            inputMode="decimal"
            min={0}
            max={24}
            step={0.25}
            placeholder={String(inheritedMinimumHours)}
            defaultValue={requirement?.payRules.minimumHours ?? ""}
          />
        </FormField>
      </div>
      {requirement && <HiddenPayRules values={requirement.payRules} shown={["minimumHours"]} />}
    </>
  );
}

export function AddRequirementDialog({
  callTimeId,
  callTimeName,
  laborTypes,
  currency,
  inheritedMinimumHours,
  laborTypesHref,
}: {
  callTimeId: string;
  callTimeName: string;
  /** Labor types this call time has no requirement for yet. */
  laborTypes: LaborTypeOption[];
  currency: string;
  inheritedMinimumHours: number;
  laborTypesHref: string;
}) {
  const t = useTranslations("staffingEvents.requirements");
  return (
    <ActionDialog
      trigger={
        <Button variant="outline" size="sm" data-testid="requirement-add">
          <Plus aria-hidden />
          {t("add")}
        </Button>
      }
      title={t("addTitle", { name: callTimeName })}
      description={t("addDescription")}
      action={createRequirementAction}
      fields={{ callTimeId }}
      submitLabel={t("addSubmit")}
      submitDisabled={laborTypes.length === 0}
      testId="requirement-form"
    >
      {(errors) => (
        <>
          <FormField label={t("laborType")} errors={errors?.laborTypeId}>
            {(control) =>
              laborTypes.length === 0 ? (
                <p className="text-sm text-muted-foreground">
                  {t("noLaborTypes")}{" "}
                  <a href={laborTypesHref} className="font-medium text-primary hover:underline">
                    {t("manageLaborTypes")}
                  </a>
                </p>
              ) : (
                <select
                  {...control}
                  name="laborTypeId"
                  required
                  className={cn(fieldControlClass, "h-9 py-1")}
                  data-testid="requirement-labor-type"
                >
                  {laborTypes.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )
            }
          </FormField>
          <RequirementFields
            errors={errors}
            currency={currency}
            inheritedMinimumHours={inheritedMinimumHours}
          />
        </>
      )}
    </ActionDialog>
  );
}

export function EditRequirementDialog({
  requirement,
  currency,
  inheritedMinimumHours,
}: {
  requirement: TRequirement;
  currency: string;
  inheritedMinimumHours: number;
}) {
  const t = useTranslations("staffingEvents.requirements");
  const name = requirement.laborType.name;
  return (
    <ActionDialog
      trigger={
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("editOpen", { name })}
          title={t("editOpen", { name })}
          data-testid="requirement-edit"
        >
          <Pencil aria-hidden />
        </Button>
      }
      title={t("editTitle", { name })}
      description={t("editDescription", { confirmed: requirement.counts.confirmed })}
      action={updateRequirementAction}
      fields={{ requirementId: requirement.id }}
      submitLabel={t("editSubmit")}
      testId="requirement-edit-form"
    >
      {(errors) => (
        <RequirementFields
          errors={errors}
          requirement={requirement}
          currency={currency}
          inheritedMinimumHours={inheritedMinimumHours}
        />
      )}
    </ActionDialog>
  );
}

export function DeleteRequirementDialog({
  requirement,
  requestCount,
}: {
  requirement: TRequirement;
  requestCount: number;
}) {
  const t = useTranslations("staffingEvents.requirements");
  const name = requirement.laborType.name;
  return (
    <ActionDialog
      trigger={
        <Button
          variant="ghost"
          size="icon"
          className="text-destructive"
          aria-label={t("deleteOpen", { name })}
          title={t("deleteOpen", { name })}
          data-testid="requirement-delete"
        >
          <Trash2 aria-hidden />
        </Button>
      }
      title={t("deleteTitle", { name })}
      description={t("deleteDescription", { count: requestCount })}
      action={deleteRequirementAction}
      fields={{ requirementId: requirement.id }}
      submitLabel={t("deleteSubmit")}
      submitVariant="destructive"
    />
  );
}
