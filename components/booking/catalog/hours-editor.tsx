"use client";

import { Copy, Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import type { THoursEntry } from "@/lib/booking/hours.schemas";
import type { FieldErrors } from "@/lib/errors";
import { copyMondayToWeekdays, encodeRange, type HoursRow, levelRows } from "./form-values";
import { errorsFor, type FormActionFn } from "./shared";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Option {
  id: string;
  name: string;
}

/**
 * The week of one level (the business, an employee or a service): ranges per weekday plus
 * breaks; a day without open ranges is closed. Saving replaces that level's week; an empty
 * week for an employee or service falls back to the business's hours.
 */
export function HoursEditor<A, B>({
  businessId,
  timeZone,
  hours,
  employees,
  services,
  canEdit,
  save,
  saveBatch,
}: {
  businessId: string;
  timeZone: string;
  hours: THoursEntry[];
  employees: Option[];
  services: Option[];
  canEdit: boolean;
  save: FormActionFn<A>;
  saveBatch: FormActionFn<B>;
}) {
  const t = useTranslations("bookingCatalogUi.hours");
  const router = useRouter();
  const [level, setLevel] = useState("business");
  const [week, setWeek] = useState<HoursRow[]>(() => levelRows(hours, "business"));
  const changeLevel = (next: string) => {
    setLevel(next);
    setWeek(levelRows(hours, next));
  };
  const update = (index: number, patch: Partial<HoursRow>) =>
    setWeek((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => setWeek((rows) => rows.filter((_, at) => at !== index));
  const add = (weekday: number, kind: HoursRow["kind"]) =>
    setWeek((rows) => [
      ...rows,
      kind === "open"
        ? { weekday, kind, opensAt: "09:00", closesAt: "17:00" }
        : { weekday, kind, opensAt: "13:00", closesAt: "14:00" },
    ]);
  const hiddenRanges = week.map((row, index) => (
    <input key={index} type="hidden" name="ranges" value={encodeRange(row)} />
  ));
  const dayEditor = (errors: FieldErrors | undefined) =>
    WEEKDAYS.map((weekday) => {
      const rows = week
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => row.weekday === weekday);
      const open = rows.some(({ row }) => row.kind === "open");
      return (
        <div
          key={weekday}
          className="grid gap-2 border-b py-3 last:border-b-0 sm:grid-cols-[8rem_1fr]"
          data-testid={`hours-day-${weekday}`}
        >
          <div className="text-sm font-medium">
            {t(`weekdays.${weekday}`)}
            {!open && <span className="block text-xs text-muted-foreground">{t("closed")}</span>}
          </div>
          <div className="grid gap-2">
            {rows.map(({ row, index }) => (
              // On a phone the kind sits above its times, so both time inputs keep their picker.
              <div key={index} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="w-full text-xs text-muted-foreground sm:w-14">
                  {row.kind === "open" ? t("open") : t("break")}
                </span>
                <Input
                  type="time"
                  aria-label={t("from", { day: t(`weekdays.${weekday}`) })}
                  value={row.opensAt}
                  onChange={(event) => update(index, { opensAt: event.target.value })}
                  className="min-w-0 flex-1 sm:w-32 sm:flex-none"
                  disabled={!canEdit}
                />
                <span aria-hidden>–</span>
                <Input
                  type="time"
                  aria-label={t("to", { day: t(`weekdays.${weekday}`) })}
                  value={row.closesAt === "24:00" ? "23:59" : row.closesAt}
                  onChange={(event) => update(index, { closesAt: event.target.value })}
                  className="min-w-0 flex-1 sm:w-32 sm:flex-none"
                  disabled={!canEdit}
                />
                {canEdit && (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    onClick={() => remove(index)}
                    aria-label={t("remove", { day: t(`weekdays.${weekday}`) })}
                  >
                    <X aria-hidden />
                  </Button>
                )}
                {errorsFor(errors, `ranges.${index}`) && (
                  <p className="basis-full text-xs font-medium text-destructive" role="alert">
                    {errorsFor(errors, `ranges.${index}`)!.join(" ")}
                  </p>
                )}
              </div>
            ))}
            {canEdit && (
              <div className="flex flex-wrap gap-2">
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => add(weekday, "open")}
                >
                  <Plus aria-hidden />
                  {t("addRange")}
                </Button>
                {open && (
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    onClick={() => add(weekday, "break")}
                  >
                    <Plus aria-hidden />
                    {t("addBreak")}
                  </Button>
                )}
              </div>
            )}
          </div>
        </div>
      );
    });

  return (
    <div className="grid gap-6">
      <Card className="grid gap-4 p-4 sm:p-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <FormField label={t("level")} hint={t("levelHint", { zone: timeZone })}>
            {(control) => (
              <select
                value={level}
                onChange={(event) => changeLevel(event.target.value)}
                className={`${fieldControlClass} h-9 py-1`}
                data-testid="hours-level"
                {...control}
              >
                <option value="business">{t("levelBusiness")}</option>
                {employees.length > 0 && (
                  <optgroup label={t("levelEmployees")}>
                    {employees.map((employee) => (
                      <option key={employee.id} value={`employee:${employee.id}`}>
                        {employee.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                {services.length > 0 && (
                  <optgroup label={t("levelServices")}>
                    {services.map((service) => (
                      <option key={service.id} value={`service:${service.id}`}>
                        {service.name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </FormField>
          {canEdit && (
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => setWeek(copyMondayToWeekdays(week))}
            >
              <Copy aria-hidden />
              {t("copyMonday")}
            </Button>
          )}
        </div>
        {level !== "business" && week.length === 0 && (
          <p className="text-sm text-muted-foreground">{t("inherits")}</p>
        )}
        {canEdit ? (
          <ActionForm
            action={save}
            fields={{ businessId, level }}
            submitLabel={t("save")}
            onSuccess={() => router.refresh()}
            testId="hours-form"
          >
            {(errors) => (
              <>
                {hiddenRanges}
                <div>{dayEditor(errors)}</div>
              </>
            )}
          </ActionForm>
        ) : (
          <div>{dayEditor(undefined)}</div>
        )}
      </Card>

      {canEdit && employees.length > 0 && (
        <Card className="grid gap-3 p-4 sm:p-6">
          <h2 className="text-base font-semibold">{t("batchTitle")}</h2>
          <p className="text-sm text-muted-foreground">{t("batchBody")}</p>
          <ActionForm
            action={saveBatch}
            fields={{ businessId }}
            submitLabel={t("batchSave")}
            onSuccess={() => router.refresh()}
            testId="hours-batch-form"
          >
            {(errors) => (
              <>
                {hiddenRanges}
                <fieldset>
                  <legend className="sr-only">{t("batchEmployees")}</legend>
                  <ul className="grid gap-1 sm:grid-cols-2">
                    {employees.map((employee) => (
                      <li key={employee.id}>
                        <label className="flex items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            name="employeeIds"
                            value={employee.id}
                            className="size-4 rounded border-input"
                          />
                          {employee.name}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                {errorsFor(errors, "employeeIds") && (
                  <p className="text-xs font-medium text-destructive" role="alert">
                    {errorsFor(errors, "employeeIds")!.join(" ")}
                  </p>
                )}
                {errorsFor(errors, "ranges") && (
                  <p className="text-xs font-medium text-destructive" role="alert">
                    {errorsFor(errors, "ranges")!.join(" ")}
                  </p>
                )}
              </>
            )}
          </ActionForm>
        </Card>
      )}
    </div>
  );
}
