"use client";

import { Check, Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import {
  createStaffingLaborType,
  deleteStaffingLaborType,
  renameStaffingLaborType,
} from "@/app/manage/staffing/labor-types/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TLaborType } from "@/lib/staffing/people.schemas";
import { cn } from "@/lib/utils/cn";
import { DeleteDialog } from "./delete-dialog";

/** The form's own alert (a refusal) takes a row of its own above the inline field. */
const INLINE_FORM = "flex flex-wrap items-start gap-2 [&>[role=alert]]:basis-full";

/** The add form: one field and a button, cleared for the next name after each success. */
export function AddLaborTypeForm() {
  const t = useTranslations("staffingUi.laborTypes");
  const router = useRouter();
  const inputId = useId();
  // A new key after each success empties the field without controlling it.
  const [round, setRound] = useState(0);
  return (
    <div className="grid gap-1.5">
      <label htmlFor={inputId} className="text-sm font-medium">
        {t("newName")}
      </label>
      <ActionForm
        key={round}
        action={createStaffingLaborType}
        submitLabel={t("add")}
        onSuccess={() => {
          setRound((value) => value + 1);
          router.refresh();
        }}
        className={INLINE_FORM}
        testId="labor-type-add"
        actions={(pending) => (
          <Button type="submit" pending={pending}>
            <Plus aria-hidden />
            {t("add")}
          </Button>
        )}
      >
        {(errors) => (
          <div className="grid min-w-48 flex-1 gap-1 sm:max-w-xs">
            <Input
              id={inputId}
              name="name"
              required
              maxLength={100}
              placeholder={t("newPlaceholder")}
              aria-invalid={errors?.name ? true : undefined}
              aria-describedby={errors?.name ? `${inputId}-error` : undefined}
              autoFocus={round > 0}
            />
            {errors?.name && (
              <p id={`${inputId}-error`} className="text-xs font-medium text-destructive">
                {errors.name.join(" ")}
              </p>
            )}
          </div>
        )}
      </ActionForm>
    </div>
  );
}

/** One labor type: its name (renamed in place), how many workers have it, and delete. */
export function LaborTypeRow({ laborType, canEdit }: { laborType: TLaborType; canEdit: boolean }) {
  const t = useTranslations("staffingUi.laborTypes");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const inputId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from renaming, keyboard focus returns to the row's rename button, not the page top.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li
      className="flex min-h-14 flex-wrap items-center gap-3 px-4 py-2"
      data-testid="labor-type-row"
    >
      {editing ? (
        <ActionForm
          action={renameStaffingLaborType}
          submitLabel={t("saveName")}
          fields={{ id: laborType.id }}
          onSuccess={() => {
            setEditing(false);
            router.refresh();
          }}
          className={cn(INLINE_FORM, "flex-1")}
          actions={(pending) => (
            <div className="flex gap-1">
              <Button type="submit" size="sm" pending={pending}>
                <Check aria-hidden />
                {t("saveName")}
              </Button>
              <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(false)}>
                {t("cancelRename")}
              </Button>
            </div>
          )}
        >
          {(errors) => (
            <div className="grid min-w-48 flex-1 gap-1 sm:max-w-xs">
              <label htmlFor={inputId} className="sr-only">
                {t("renameLabel", { name: laborType.name })}
              </label>
              <Input
                id={inputId}
                name="name"
                required
                maxLength={100}
                defaultValue={laborType.name}
                autoFocus
                onKeyDown={(event) => {
                  if (event.key === "Escape") setEditing(false);
                }}
                aria-invalid={errors?.name ? true : undefined}
                aria-describedby={errors?.name ? `${inputId}-error` : undefined}
                className="h-8"
              />
              {errors?.name && (
                <p id={`${inputId}-error`} className="text-xs font-medium text-destructive">
                  {errors.name.join(" ")}
                </p>
              )}
            </div>
          )}
        </ActionForm>
      ) : (
        <div className="min-w-0 flex-1">
          <div className="truncate font-medium">{laborType.name}</div>
          <div className="text-xs text-muted-foreground">
            {t("workerCount", { count: laborType.workerCount })}
          </div>
        </div>
      )}
      {canEdit && !editing && (
        <div className="flex gap-1">
          <Button
            ref={renameButton}
            variant="ghost"
            size="icon"
            onClick={() => setEditing(true)}
            aria-label={t("rename", { name: laborType.name })}
            title={t("rename", { name: laborType.name })}
          >
            <Pencil aria-hidden />
          </Button>
          <DeleteDialog
            action={deleteStaffingLaborType}
            id={laborType.id}
            compact
            triggerLabel={t("delete.open", { name: laborType.name })}
            title={t("delete.title", { name: laborType.name })}
            description={t("delete.description", { count: laborType.workerCount })}
            submitLabel={t("delete.submit")}
            testId="labor-type-delete"
          />
        </div>
      )}
    </li>
  );
}
