"use client";

import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { PayRuleFields } from "@/components/staffing/pay-rule-fields";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input, Textarea } from "@/components/ui/input";
import type { FormState } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/errors";
import type { TEvent } from "@/lib/staffing/events.schemas";
import { type PayRules, resolvePayRules, type TPayRuleOverrides } from "@/lib/staffing/pay-rules";
import { cn } from "@/lib/utils/cn";
import { ErrorsOf } from "./errors-of";

export interface LocationOption {
  id: string;
  name: string;
  timeZone: string;
  payRules: TPayRuleOverrides;
}

export interface StewardOption {
  userId: string;
  name: string;
}

/**
 * Create or edit an event: name, description, location, dates, (on create) draft or
 * active, its stewards and — folded away — its pay rule overrides. The rules an empty field
 * inherits follow the chosen location.
 */
export function EventForm<T>({
  action,
  event,
  locations,
  stewards,
  orgRules,
  teamHref,
  cancelHref,
}: {
  action: (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;
  /** Absent: a new event. */
  event?: TEvent;
  locations: LocationOption[];
  stewards: StewardOption[];
  orgRules: TPayRuleOverrides;
  teamHref: string;
  cancelHref: string;
}) {
  const t = useTranslations("staffingEvents.form");
  const router = useRouter();
  const [locationId, setLocationId] = useState(event?.location?.id ?? "");
  const location = locations.find((candidate) => candidate.id === locationId);
  const inherited: PayRules = resolvePayRules([orgRules, location?.payRules]);
  const overrides = event ? Object.keys(event.payRules).length : 0;
  const stewardIds = new Set(event?.stewards.map((steward) => steward.userId));
  // Stewards already assigned stay listed even if their role changed since.
  const stewardOptions = [
    ...stewards,
    ...(event?.stewards.filter((assigned) => !stewards.some((s) => s.userId === assigned.userId)) ??
      []),
  ];

  return (
    <Card className="max-w-3xl p-6">
      <ActionForm
        action={action}
        submitLabel={event ? t("save") : t("create")}
        fields={event ? { eventId: event.id } : {}}
        onSuccess={() => {
          if (event) router.push(cancelHref);
        }}
        testId="event-form"
        actions={(pending) => (
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button asChild variant="outline">
              <Link href={cancelHref}>{t("cancel")}</Link>
            </Button>
            <Button type="submit" pending={pending} data-testid="event-submit">
              {event ? t("save") : t("create")}
            </Button>
          </div>
        )}
      >
        {(errors) => (
          <>
            <FormField label={t("name")} errors={errors?.name}>
              <Input
                name="name"
                required
                maxLength={200}
                defaultValue={event?.name}
                placeholder={t("namePlaceholder")}
                autoFocus={!event}
              />
            </FormField>
            <FormField
              label={t("description")}
              labelNote={t("optional")}
              errors={errors?.description}
            >
              <Textarea
                name="description"
                maxLength={5000}
                rows={3}
                defaultValue={event?.description ?? ""}
              />
            </FormField>
            <FormField
              label={t("location")}
              hint={location ? t("locationZone", { zone: location.timeZone }) : t("locationHint")}
              errors={errors?.locationId}
            >
              <select
                name="locationId"
                value={locationId}
                onChange={(change) => setLocationId(change.target.value)}
                className={cn(fieldControlClass, "h-9 py-1")}
                data-testid="event-location"
              >
                <option value="">{t("noLocation")}</option>
                {locations.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </FormField>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField label={t("startDate")} errors={errors?.startDate}>
                <Input name="startDate" type="date" required defaultValue={event?.startDate} />
              </FormField>
              <FormField label={t("endDate")} errors={errors?.endDate}>
                <Input name="endDate" type="date" required defaultValue={event?.endDate} />
              </FormField>
            </div>
            {!event && <StatusChoice errors={errors} />}
            <StewardChoice
              options={stewardOptions}
              selected={stewardIds}
              errors={errors}
              teamHref={teamHref}
            />
            <details
              className="group rounded-md border"
              open={overrides > 0 || hasPayRuleErrors(errors)}
            >
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 px-4 py-3 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
                <ChevronRight
                  className="size-4 transition-transform group-open:rotate-90"
                  aria-hidden
                />
                {t("payRules")}
                <span className="font-normal text-muted-foreground">
                  {overrides > 0 ? t("payRulesSet", { count: overrides }) : t("payRulesInherit")}
                </span>
              </summary>
              <div className="border-t p-4">
                <p className="mb-4 text-sm text-muted-foreground">{t("payRulesHint")}</p>
                <PayRuleFields
                  key={locationId}
                  values={event?.payRules ?? {}}
                  inherited={inherited}
                  inheritable
                  errors={errors}
                />
              </div>
            </details>
          </>
        )}
      </ActionForm>
    </Card>
  );
}

const hasPayRuleErrors = (errors: FieldErrors | undefined) =>
  Object.keys(errors ?? {}).some((key) => key.startsWith("payRules"));

function StatusChoice({ errors }: { errors: FieldErrors | undefined }) {
  const t = useTranslations("staffingEvents.form");
  const labelId = useId();
  const [status, setStatus] = useState<"draft" | "active">("draft");
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="grid gap-1.5">
      <span id={labelId} className="text-sm font-medium leading-none">
        {t("status")}
      </span>
      <div className="grid gap-2 sm:grid-cols-2">
        {(["draft", "active"] as const).map((option) => (
          <label
            key={option}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              status === option && "border-primary bg-primary/5",
            )}
          >
            <input
              type="radio"
              name="status"
              value={option}
              checked={status === option}
              onChange={() => setStatus(option)}
              className="mt-0.5 accent-primary"
            />
            <span>
              <span className="block font-medium">{t(`statuses.${option}`)}</span>
              <span className="block text-xs text-muted-foreground">
                {t(`statusHints.${option}`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      <ErrorsOf errors={errors} prefix="status" />
    </div>
  );
}

function StewardChoice({
  options,
  selected,
  errors,
  teamHref,
}: {
  options: StewardOption[];
  selected: Set<string>;
  errors: FieldErrors | undefined;
  teamHref: string;
}) {
  const t = useTranslations("staffingEvents.form");
  const labelId = useId();
  return (
    <fieldset className="grid gap-1.5" aria-labelledby={labelId}>
      <legend id={labelId} className="text-sm font-medium leading-none">
        {t("stewards")}
      </legend>
      <p className="text-xs text-muted-foreground">{t("stewardsHint")}</p>
      {options.length === 0 ? (
        <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">
          {t("noStewards")}{" "}
          <Link href={teamHref} className="font-medium text-primary hover:underline">
            {t("inviteStewards")}
          </Link>
        </p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2" data-testid="event-stewards">
          {options.map((option) => (
            <li key={option.userId}>
              <label className="flex min-h-10 cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm hover:bg-muted/50 has-[:checked]:border-primary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
                <input
                  type="checkbox"
                  name="userIds"
                  value={option.userId}
                  defaultChecked={selected.has(option.userId)}
                  className="size-4 accent-primary"
                />
                {option.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <ErrorsOf errors={errors} prefix="userIds" />
    </fieldset>
  );
}
