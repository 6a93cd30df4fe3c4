"use client";

import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  type ComponentProps,
  type ReactNode,
  useActionState,
  useEffect,
  useRef,
  useState,
} from "react";
import { localizeFieldErrors } from "@/components/settings/settings-form";
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
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/errors";
import { useApiTranslator } from "@/lib/i18n/use-api-translator";

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
  action,
  fields = {},
  submitLabel,
  submitVariant = "primary",
  submitDisabled,
  onSuccess,
  children,
  testId,
}: DialogActionFormProps<T>) {
  const t = useTranslations("common");
  const api = useApiTranslator();
  const [state, submit, pending] = useActionState(action, idle as FormState<T>);
  const handled = useRef<FormState<T>>(state);

  useEffect(() => {
    if (state === handled.current || state.status !== "success") return;
    handled.current = state;
    toast.success(state.message);
    onSuccess?.(state.data);
  }, [state, onSuccess]);

  const errors = state.status === "error" ? localizeFieldErrors(api, state.fieldErrors) : undefined;
  return (
    <form action={submit} noValidate className="grid gap-4" data-testid={testId}>
      {state.status === "error" && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p>{state.message}</p>
        </div>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(errors)}
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
    </form>
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
