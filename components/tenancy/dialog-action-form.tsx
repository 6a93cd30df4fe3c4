"use client";

import { useTranslations } from "next-intl";
import { type ComponentProps, type ReactNode, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { FormState } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/errors";

export type FormActionFn<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export interface DialogActionFormProps<T> {
  action: FormActionFn<T>;
  /** Hidden inputs naming what the action is about (`memberId`, `invitationId`). */
  fields?: Record<string, string>;
  submitLabel: string;
  submitVariant?: ComponentProps<typeof Button>["variant"];
  /** E.g. until the organization's name is typed out. */
  submitDisabled?: boolean;
  onSuccess?: (data: T) => void;
  children?: (errors: FieldErrors | undefined) => ReactNode;
  testId?: string;
}

/**
 * A dialog's form: its fields, the server's message in an alert, and Cancel + the action
 * in the footer. Success is toasted (screen readers announce toasts).
 */
export function DialogActionForm<T>({
  submitLabel,
  submitVariant = "primary",
  submitDisabled,
  children,
  ...form
}: DialogActionFormProps<T>) {
  const t = useTranslations("common");
  return (
    <ActionForm<T>
      {...form}
      submitLabel={submitLabel}
      toastOnSuccess
      actions={(pending) => (
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <Button type="submit" variant={submitVariant} pending={pending} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </DialogFooter>
      )}
    >
      {(errors) => children?.(errors)}
    </ActionForm>
  );
}

/**
 * A button that opens a dialog asking to confirm (and naming what will change), with the
 * action's form inside. Closes itself when the action succeeds.
 */
export function ActionDialog<T>({
  trigger,
  title,
  description,
  onSuccess,
  onOpenChange,
  ...form
}: DialogActionFormProps<T> & {
  /** A button element; it gets the dialog's open wiring. */
  trigger: ReactNode;
  title: string;
  description?: ReactNode;
  onOpenChange?: (open: boolean) => void;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const changeOpen = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        closeLabel={t("close")}
        // Without a description, say so explicitly (Radix warns about a missing one otherwise).
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          {description && <DialogDescription>{description}</DialogDescription>}
        </DialogHeader>
        <DialogActionForm<T>
          {...form}
          onSuccess={(data) => {
            changeOpen(false);
            onSuccess?.(data);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
