"use client";

import { Coffee, LogIn, LogOut, Pencil, Trash2, UserCheck, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  addMealBreakAction,
  deleteMealBreakAction,
  signInAction,
  signOutAction,
  updateMealBreakAction,
  updateTimeEntryAction,
} from "@/app/manage/staffing/call-times/[id]/timesheet/actions";
import { actOnRequestAction } from "@/app/manage/staffing/events/[id]/actions";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { TMealBreak, TTimesheetRow } from "@/lib/staffing/time-entries.schemas";
import { instantToZonedWallTime, type ZonedWallTime } from "@/lib/staffing/zoned-time";
import { cn } from "@/lib/utils/cn";

/** The wall time of an instant in the call time's zone (for the inputs' defaults). */
const wall = (iso: string | null | undefined, timeZone: string): ZonedWallTime | undefined =>
  iso ? instantToZonedWallTime(new Date(iso), timeZone) : undefined;

/**
 * A date and a time input read in the call time's zone; `prefix` names them (`inDate`,
 * `inTime`), or plain `date`/`time`. The zone goes along as a hidden field.
 */
function WallTimeFields({
  label,
  prefix,
  value,
  errors,
  timeZone,
  required = true,
}: {
  label: string;
  prefix?: string;
  value: ZonedWallTime | undefined;
  errors: string[] | undefined;
  timeZone: string;
  required?: boolean;
}) {
  const t = useTranslations("staffingEvents.timesheet");
  const name = (part: "Date" | "Time") => (prefix ? `${prefix}${part}` : part.toLowerCase());
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium leading-none">{label}</legend>
      <div className="grid grid-cols-2 gap-3">
        <FormField label={t("date")} errors={errors}>
          <Input name={name("Date")} type="date" required={required} defaultValue={value?.date} />
        </FormField>
        <FormField label={t("time")}>
          <Input name={name("Time")} type="time" required={required} defaultValue={value?.time} />
        </FormField>
      </div>
      <input type="hidden" name="timeZone" value={timeZone} />
    </fieldset>
  );
}

/** Sign in (default: the scheduled call), sign out (default: now), or neither. */
export function ClockControls({
  row,
  scheduledStart,
  timeZone,
}: {
  row: TTimesheetRow;
  scheduledStart: string;
  timeZone: string;
}) {
  const t = useTranslations("staffingEvents.timesheet");
  const entry = row.timeEntry;
  const name = row.worker.name;
  if (row.state !== "confirmed") return null;
  if (!entry?.signedInAt) {
    return (
      <ActionDialog
        trigger={
          <Button size="sm" variant="outline" data-testid="timesheet-sign-in">
            <LogIn aria-hidden />
            {t("signIn")}
          </Button>
        }
        title={t("signInTitle", { name })}
        description={t("signInDescription")}
        action={signInAction}
        fields={{ requestId: row.requestId }}
        submitLabel={t("signIn")}
        testId="timesheet-sign-in-form"
      >
        {(errors) => (
          <WallTimeFields
            label={t("signedInAt")}
            value={wall(scheduledStart, timeZone)}
            errors={errors?.at}
            timeZone={timeZone}
          />
        )}
      </ActionDialog>
    );
  }
  if (!entry.signedOutAt) {
    return (
      <ActionDialog
        trigger={
          <Button size="sm" variant="outline" data-testid="timesheet-sign-out">
            <LogOut aria-hidden />
            {t("signOut")}
          </Button>
        }
        title={t("signOutTitle", { name })}
        description={t("signOutDescription")}
        action={signOutAction}
        fields={{ requestId: row.requestId }}
        submitLabel={t("signOut")}
        testId="timesheet-sign-out-form"
      >
        {(errors) => (
          <WallTimeFields
            label={t("signedOutAt")}
            value={wall(new Date().toISOString(), timeZone)}
            errors={errors?.at}
            timeZone={timeZone}
          />
        )}
      </ActionDialog>
    );
  }
  return null;
}

/** Corrects the sign-in and sign-out; clearing the sign-out reopens the shift. */
export function EditTimesDialog({ row, timeZone }: { row: TTimesheetRow; timeZone: string }) {
  const t = useTranslations("staffingEvents.timesheet");
  const entry = row.timeEntry;
  if (!entry) return null;
  const name = row.worker.name;
  return (
    <ActionDialog
      trigger={
        <Button
          size="icon"
          variant="ghost"
          aria-label={t("editTimesFor", { name })}
          title={t("editTimesFor", { name })}
          data-testid="timesheet-edit-times"
        >
          <Pencil aria-hidden />
        </Button>
      }
      title={t("editTimesTitle", { name })}
      description={t("editTimesDescription")}
      action={updateTimeEntryAction}
      fields={{ timeEntryId: entry.id }}
      submitLabel={t("save")}
      testId="timesheet-edit-times-form"
    >
      {(errors) => (
        <>
          <WallTimeFields
            label={t("signedInAt")}
            prefix="in"
            value={wall(entry.signedInAt, timeZone)}
            errors={errors?.signedInAt}
            timeZone={timeZone}
          />
          <WallTimeFields
            label={t("signedOutAt")}
            prefix="out"
            value={wall(entry.signedOutAt, timeZone)}
            errors={errors?.signedOutAt}
            timeZone={timeZone}
            required={false}
          />
          <p className="text-xs text-muted-foreground">{t("clearOutHint")}</p>
        </>
      )}
    </ActionDialog>
  );
}

function BreakFields({
  errors,
  value,
  timeZone,
}: {
  errors: FieldErrors | undefined;
  value?: TMealBreak;
  timeZone: string;
}) {
  const t = useTranslations("staffingEvents.timesheet");
  return (
    <>
      <WallTimeFields
        label={t("breakStart")}
        value={wall(value?.startsAt, timeZone)}
        errors={errors?.startsAt}
        timeZone={timeZone}
      />
      <div className="grid grid-cols-2 gap-3">
        <FormField label={t("breakMinutes")} errors={errors?.durationMinutes}>
          <Input
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={720}
            required
            defaultValue={value?.durationMinutes ?? 30}
          />
        </FormField>
        <FormField label={t("breakKind")} errors={errors?.paid}>
          {(control) => (
            <select
              {...control}
              name="paid"
              defaultValue={value?.paid ? "paid" : "unpaid"}
              className={cn(fieldControlClass, "h-9 py-1")}
            >
              <option value="unpaid">{t("unpaid")}</option>
              <option value="paid">{t("paidBreak")}</option>
            </select>
          )}
        </FormField>
      </div>
      <p className="text-xs text-muted-foreground">{t("breakHint")}</p>
    </>
  );
}

export function AddBreakDialog({
  row,
  timeZone,
  defaultStart,
}: {
  row: TTimesheetRow;
  timeZone: string;
  /** Where a new break starts by default: mid-shift, else the call time. */
  defaultStart: string;
}) {
  const t = useTranslations("staffingEvents.timesheet");
  const entry = row.timeEntry;
  if (!entry?.signedInAt) return null;
  const name = row.worker.name;
  return (
    <ActionDialog
      trigger={
        <Button
          size="icon"
          variant="ghost"
          aria-label={t("addBreakFor", { name })}
          title={t("addBreakFor", { name })}
          data-testid="timesheet-add-break"
        >
          <Coffee aria-hidden />
        </Button>
      }
      title={t("addBreakTitle", { name })}
      action={addMealBreakAction}
      fields={{ timeEntryId: entry.id }}
      submitLabel={t("addBreak")}
      testId="timesheet-break-form"
    >
      {(errors) => (
        <BreakFields
          errors={errors}
          timeZone={timeZone}
          value={{
            id: "",
            timeEntryId: entry.id,
            startsAt: defaultStart,
            durationMinutes: 30,
            paid: false,
          }}
        />
      )}
    </ActionDialog>
  );
}

/** One break with its edit and delete controls. */
export function BreakItem({
  mealBreak,
  label,
  workerName,
  timeZone,
  canEdit,
  testIds = true,
}: {
  mealBreak: TMealBreak;
  /** "12:00 · 30 min · unpaid", formatted on the server. */
  label: string;
  workerName: string;
  timeZone: string;
  canEdit: boolean;
  /** False on the second rendering of the same break (phone layout). */
  testIds?: boolean;
}) {
  const t = useTranslations("staffingEvents.timesheet");
  const testId = (name: string) => (testIds ? name : undefined);
  return (
    <li className="flex items-center gap-1 text-xs" data-testid={testId("timesheet-break")}>
      <Coffee className="size-3 shrink-0 text-muted-foreground" aria-hidden />
      <span className="whitespace-nowrap">{label}</span>
      {canEdit && (
        <>
          <ActionDialog
            trigger={
              <Button
                size="icon"
                variant="ghost"
                className="size-7"
                aria-label={t("editBreakFor", { name: workerName, label })}
                title={t("editBreak")}
                data-testid={testId("timesheet-edit-break")}
              >
                <Pencil aria-hidden />
              </Button>
            }
            title={t("editBreakTitle", { name: workerName })}
            action={updateMealBreakAction}
            fields={{ breakId: mealBreak.id }}
            submitLabel={t("save")}
          >
            {(errors) => <BreakFields errors={errors} value={mealBreak} timeZone={timeZone} />}
          </ActionDialog>
          <ActionDialog
            trigger={
              <Button
                size="icon"
                variant="ghost"
                className="size-7 text-destructive"
                aria-label={t("deleteBreakFor", { name: workerName, label })}
                title={t("deleteBreak")}
                data-testid={testId("timesheet-delete-break")}
              >
                <Trash2 aria-hidden />
              </Button>
            }
            title={t("deleteBreakTitle", { name: workerName })}
            description={t("deleteBreakDescription", { label })}
            action={deleteMealBreakAction}
            fields={{ breakId: mealBreak.id }}
            submitLabel={t("deleteBreak")}
            submitVariant="destructive"
          />
        </>
      )}
    </li>
  );
}

/** No-show for a confirmed worker who never came; "showed up" undoes it. */
export function AttendanceControl({ row }: { row: TTimesheetRow }) {
  const t = useTranslations("staffingEvents.timesheet");
  const name = row.worker.name;
  if (row.state === "no_call_no_show") {
    return (
      <ActionDialog
        trigger={
          <Button size="sm" variant="outline" data-testid="timesheet-showed-up">
            <UserCheck aria-hidden />
            {t("showedUp")}
          </Button>
        }
        title={t("showedUpTitle", { name })}
        description={t("showedUpDescription")}
        action={actOnRequestAction}
        fields={{ requestId: row.requestId, action: "showed-up" }}
        submitLabel={t("showedUp")}
      />
    );
  }
  if (row.timeEntry?.signedInAt) return null;
  return (
    <ActionDialog
      trigger={
        <Button
          size="icon"
          variant="ghost"
          className="text-muted-foreground"
          aria-label={t("noShowFor", { name })}
          title={t("noShowFor", { name })}
          data-testid="timesheet-no-show"
        >
          <UserX aria-hidden />
        </Button>
      }
      title={t("noShowTitle", { name })}
      description={t("noShowDescription", { name })}
      action={actOnRequestAction}
      fields={{ requestId: row.requestId, action: "no-show" }}
      submitLabel={t("noShowSubmit")}
      submitVariant="destructive"
    />
  );
}
