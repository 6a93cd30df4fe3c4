"use client";

import { Copy, Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  copyCallTimeAction,
  createCallTimeAction,
  deleteCallTimeAction,
  updateCallTimeAction,
} from "@/app/manage/staffing/events/[id]/actions";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import type { TCallTime } from "@/lib/staffing/events.schemas";
import { HiddenPayRules } from "./hidden-pay-rules";

/** The date and time inputs of a call time, read in the event's zone. */
function WhenFields({
  errors,
  date,
  time,
  timeZone,
}: {
  errors: FieldErrors | undefined;
  date?: string;
  time?: string;
  timeZone: string;
}) {
  const t = useTranslations("staffingEvents.callTimes");
  // The schema reports a missing half of the pair on `startsAt`.
  const startErrors = errors?.startsAt;
  return (
    <div className="grid gap-1.5">
      <div className="grid grid-cols-2 gap-3">
        <FormField label={t("date")} errors={errors?.date ?? startErrors}>
          <Input name="date" type="date" required defaultValue={date} />
        </FormField>
        <FormField label={t("time")} errors={errors?.time}>
          <Input name="time" type="time" required defaultValue={time} step={300} />
        </FormField>
      </div>
      <p className="text-xs text-muted-foreground">{t("zoneHint", { zone: timeZone })}</p>
    </div>
  );
}

function CallTimeFields({
  errors,
  callTime,
  defaultDate,
  timeZone,
  inheritedMinimumHours,
}: {
  errors: FieldErrors | undefined;
  callTime?: TCallTime;
  defaultDate?: string;
  timeZone: string;
  inheritedMinimumHours: number;
}) {
  const t = useTranslations("staffingEvents.callTimes");
  return (
    <>
      <FormField label={t("name")} hint={t("nameHint")} errors={errors?.name}>
        <Input name="name" required maxLength={200} defaultValue={callTime?.name} />
      </FormField>
      <WhenFields
        errors={errors}
        date={callTime?.date ?? defaultDate}
        time={callTime?.time}
        timeZone={timeZone}
      />
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
          defaultValue={callTime?.payRules.minimumHours ?? ""}
        />
      </FormField>
      <FormField label={t("message")} hint={t("messageHint")} errors={errors?.message}>
        <Textarea name="message" maxLength={1000} rows={3} defaultValue={callTime?.message ?? ""} />
      </FormField>
      {callTime && <HiddenPayRules values={callTime.payRules} shown={["minimumHours"]} />}
    </>
  );
}

export function AddCallTimeDialog({
  eventId,
  timeZone,
  defaultDate,
  inheritedMinimumHours,
  testId = "call-time-add",
  variant = "primary",
}: {
  eventId: string;
  timeZone: string;
  defaultDate: string;
  inheritedMinimumHours: number;
  testId?: string;
  variant?: "primary" | "outline";
}) {
  const t = useTranslations("staffingEvents.callTimes");
  return (
    <ActionDialog
      trigger={
        <Button variant={variant} data-testid={testId}>
          <Plus aria-hidden />
          {t("add")}
        </Button>
      }
      title={t("addTitle")}
      description={t("addDescription")}
      action={createCallTimeAction}
      fields={{ eventId }}
      submitLabel={t("addSubmit")}
      testId="call-time-form"
    >
      {(errors) => (
        <CallTimeFields
          errors={errors}
          defaultDate={defaultDate}
          timeZone={timeZone}
          inheritedMinimumHours={inheritedMinimumHours}
        />
      )}
    </ActionDialog>
  );
}

export function EditCallTimeDialog({
  callTime,
  inheritedMinimumHours,
  hasConfirmed,
}: {
  callTime: TCallTime;
  inheritedMinimumHours: number;
  /** A new start then texts every confirmed worker about the change. */
  hasConfirmed: boolean;
}) {
  const t = useTranslations("staffingEvents.callTimes");
  return (
    <ActionDialog
      trigger={
        <Button
          variant="ghost"
          size="sm"
          aria-label={t("editOpen", { name: callTime.name })}
          data-testid="call-time-edit"
        >
          <Pencil aria-hidden />
          <span className="hidden sm:inline">{t("edit")}</span>
        </Button>
      }
      title={t("editTitle", { name: callTime.name })}
      description={hasConfirmed ? t("editDescriptionConfirmed") : t("editDescription")}
      action={updateCallTimeAction}
      fields={{ callTimeId: callTime.id }}
      submitLabel={t("editSubmit")}
      testId="call-time-edit-form"
    >
      {(errors) => (
        <CallTimeFields
          errors={errors}
          callTime={callTime}
          timeZone={callTime.timeZone}
          inheritedMinimumHours={inheritedMinimumHours}
        />
      )}
    </ActionDialog>
  );
}

/** The next day at the same time: the usual reason to copy a call time. */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function CopyCallTimeDialog({
  callTime,
  requestCount,
}: {
  callTime: TCallTime;
  /** Workers asked for this call time, whom the copy asks again. */
  requestCount: number;
}) {
  const t = useTranslations("staffingEvents.callTimes");
  return (
    <ActionDialog
      trigger={
        <Button
          variant="ghost"
          size="sm"
          aria-label={t("copyOpen", { name: callTime.name })}
          data-testid="call-time-copy"
        >
          <Copy aria-hidden />
          <span className="hidden sm:inline">{t("copy")}</span>
        </Button>
      }
      title={t("copyTitle", { name: callTime.name })}
      description={t("copyDescription", { count: requestCount })}
      action={copyCallTimeAction}
      fields={{ callTimeId: callTime.id }}
      submitLabel={t("copySubmit")}
      testId="call-time-copy-form"
    >
      {(errors) => (
        <>
          <FormField label={t("name")} errors={errors?.name}>
            <Input name="name" maxLength={200} defaultValue={callTime.name} />
          </FormField>
          <WhenFields
            errors={errors}
            date={nextDay(callTime.date)}
            time={callTime.time}
            timeZone={callTime.timeZone}
          />
        </>
      )}
    </ActionDialog>
  );
}

export function DeleteCallTimeDialog({
  callTime,
  requirementCount,
  requestCount,
}: {
  callTime: TCallTime;
  requirementCount: number;
  requestCount: number;
}) {
  const t = useTranslations("staffingEvents.callTimes");
  return (
    <ActionDialog
      trigger={
        <Button
          variant="ghost"
          size="sm"
          className="text-destructive"
          aria-label={t("deleteOpen", { name: callTime.name })}
          data-testid="call-time-delete"
        >
          <Trash2 aria-hidden />
          <span className="hidden sm:inline">{t("delete")}</span>
        </Button>
      }
      title={t("deleteTitle", { name: callTime.name })}
      description={t("deleteDescription", {
        requirements: requirementCount,
        requests: requestCount,
      })}
      action={deleteCallTimeAction}
      fields={{ callTimeId: callTime.id }}
      submitLabel={t("deleteSubmit")}
      submitVariant="destructive"
    />
  );
}
