"use client";

import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { createStaffingWorker, updateStaffingWorker } from "@/app/manage/staffing/workers/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { TWorker } from "@/lib/staffing/people.schemas";
import { ConsentBadge } from "./consent-badge";

export const WORKERS_PATH = "/manage/staffing/workers";

interface LaborTypeOption {
  id: string;
  name: string;
}

/** Errors of the alternate phones arrive by the index of the non-empty ones that were posted. */
function alternateErrors(
  errors: FieldErrors | undefined,
  rows: string[],
): (string[] | undefined)[] {
  let posted = 0;
  return rows.map((row) => (row.trim() ? errors?.[`alternatePhones.${posted++}`] : undefined));
}

/**
 * A worker's details: name, the phone texts go to plus alternates, email, labor types,
 * notes and whether they are active. The same form creates and edits.
 */
export function WorkerForm({
  worker,
  laborTypes,
  maxAlternates,
}: {
  worker?: TWorker;
  laborTypes: LaborTypeOption[];
  /** MAX_ALTERNATE_PHONES, given by the page (the schema module stays off the client). */
  maxAlternates: number;
}) {
  const t = useTranslations("staffingUi.workerForm");
  const router = useRouter();
  const [alternates, setAlternates] = useState<string[]>(worker?.alternatePhones ?? []);
  const laborTypesId = useId();
  const chosen = new Set(worker?.laborTypes.map((type) => type.id));

  return (
    <ActionForm
      action={worker ? updateStaffingWorker : createStaffingWorker}
      submitLabel={worker ? t("save") : t("create")}
      pendingLabel={t("saving")}
      fields={worker ? { id: worker.id } : undefined}
      onSuccess={() => {
        router.push(WORKERS_PATH);
        router.refresh();
      }}
      testId="worker-form"
    >
      {(errors) => {
        const perAlternate = alternateErrors(errors, alternates);
        return (
          <>
            <FormField label={t("name")} errors={errors?.name}>
              <Input
                name="name"
                required
                maxLength={200}
                autoComplete="off"
                defaultValue={worker?.name}
              />
            </FormField>
            <div className="grid items-start gap-4 sm:grid-cols-2">
              <FormField label={t("phone")} hint={t("phoneHint")} errors={errors?.phone}>
                <Input
                  name="phone"
                  type="tel"
                  required
                  inputMode="tel"
                  autoComplete="off"
                  maxLength={40}
                  placeholder="+1 415 555 0101"
                  defaultValue={worker?.phone ?? ""}
                />
              </FormField>
              <FormField label={t("email")} labelNote={t("optional")} errors={errors?.email}>
                <Input
                  name="email"
                  type="email"
                  autoComplete="off"
                  maxLength={254}
                  defaultValue={worker?.email ?? ""}
                />
              </FormField>
            </div>

            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-medium">
                {t("alternates")}{" "}
                <span className="font-normal text-muted-foreground">({t("optional")})</span>
              </legend>
              <p className="text-xs text-muted-foreground">{t("alternatesHint")}</p>
              {alternates.map((value, index) => (
                <AlternatePhone
                  key={index}
                  index={index}
                  value={value}
                  errors={perAlternate[index]}
                  onChange={(next) =>
                    setAlternates((rows) => rows.map((row, at) => (at === index ? next : row)))
                  }
                  onRemove={() => setAlternates((rows) => rows.filter((_, at) => at !== index))}
                />
              ))}
              {alternates.length < maxAlternates && (
                <div>
                  <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    onClick={() => setAlternates((rows) => [...rows, ""])}
                  >
                    <Plus aria-hidden />
                    {t("addAlternate")}
                  </Button>
                </div>
              )}
            </fieldset>

            <fieldset className="grid gap-2" aria-describedby={`${laborTypesId}-hint`}>
              <legend className="mb-1 text-sm font-medium">{t("laborTypes")}</legend>
              <p id={`${laborTypesId}-hint`} className="text-xs text-muted-foreground">
                {laborTypes.length > 0 ? t("laborTypesHint") : t("noLaborTypes")}
              </p>
              {laborTypes.length > 0 && (
                <div className="flex flex-wrap gap-2">
                  {laborTypes.map((type) => (
                    <label
                      key={type.id}
                      className="flex min-h-9 cursor-pointer items-center gap-2 rounded-md border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                    >
                      <input
                        type="checkbox"
                        name="laborTypeIds"
                        value={type.id}
                        defaultChecked={chosen.has(type.id)}
                        className="size-4 accent-primary"
                      />
                      {type.name}
                    </label>
                  ))}
                </div>
              )}
              {errors?.laborTypeIds && (
                <p className="text-xs font-medium text-destructive" role="alert">
                  {errors.laborTypeIds.join(" ")}
                </p>
              )}
            </fieldset>

            <FormField label={t("notes")} labelNote={t("optional")} errors={errors?.notes}>
              <Textarea name="notes" maxLength={2000} rows={3} defaultValue={worker?.notes ?? ""} />
            </FormField>

            <label className="flex items-start gap-3 text-sm">
              <input
                type="checkbox"
                name="active"
                defaultChecked={worker?.active ?? true}
                className="mt-0.5 size-4 accent-primary"
              />
              <span>
                <span className="font-medium">{t("active")}</span>
                <span className="block text-xs text-muted-foreground">{t("activeHint")}</span>
              </span>
            </label>

            {worker && (
              <div className="grid gap-2 rounded-md border bg-muted/30 p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{t("consent")}</span>
                  <ConsentBadge state={worker.smsConsent} />
                </div>
                <p className="text-xs text-muted-foreground">{t("consentHint")}</p>
                {worker.smsConsent !== "stopped" && (
                  <label className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      name="stopTexts"
                      className="mt-0.5 size-4 accent-primary"
                    />
                    <span>{t("stopTexts")}</span>
                  </label>
                )}
                {errors?.smsConsent && (
                  <p className="text-xs font-medium text-destructive" role="alert">
                    {errors.smsConsent.join(" ")}
                  </p>
                )}
              </div>
            )}
          </>
        );
      }}
    </ActionForm>
  );
}

function AlternatePhone({
  index,
  value,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  value: string;
  errors: string[] | undefined;
  onChange: (value: string) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("staffingUi.workerForm");
  const id = useId();
  const label = t("alternateN", { n: index + 1 });
  return (
    <div className="grid gap-1">
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <Input
          id={id}
          // Empty rows are not posted, so they are not errors either.
          name={value.trim() ? "alternatePhones" : undefined}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={40}
          value={value}
          placeholder={label}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="sm:max-w-xs"
        />
        <Button
          type="button"
          variant="ghost"
          size="icon"
          onClick={onRemove}
          aria-label={t("removeAlternate", { n: index + 1 })}
        >
          <Trash2 aria-hidden />
        </Button>
      </div>
      {errors && (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive" role="alert">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
