"use client";

import { CircleAlert } from "lucide-react";
import {
  type ComponentProps,
  type ReactNode,
  startTransition,
  useActionState,
  useEffect,
  useRef,
} from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { FieldErrors } from "@/lib/errors";
import { cn } from "@/lib/utils/cn";

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

interface ActionFormProps<T> {
  action: Action<T>;
  submitLabel: string;
  pendingLabel?: string;
  /** The fields, given the server's field errors. */
  children: (errors: FieldErrors | undefined) => ReactNode;
  /** Replaces the form once the action succeeded (e.g. "check your inbox"). */
  success?: (state: { message: string; data: T }) => ReactNode;
  /** Toast the action's message on success (default when `success` is not given). */
  toastOnSuccess?: boolean;
  onSuccess?: (data: T) => void;
  submitVariant?: ComponentProps<typeof Button>["variant"];
  className?: string;
  /** Full-width submit button, as on the sign-in pages. */
  block?: boolean;
  /** Hidden inputs naming what the action is about (`memberId`, `invitationId`). */
  fields?: Record<string, string>;
  /** Replaces the submit row (e.g. a dialog's Cancel + action footer). */
  actions?: (pending: boolean) => ReactNode;
  testId?: string;
}

/**
 * A form bound to a server action (see lib/actions/form-action.ts): field errors under
 * each field, the action's message in an alert, progress on the button, and either a
 * success view or a toast. Works before hydration too (plain form post).
 */
export function ActionForm<T>({
  action,
  submitLabel,
  pendingLabel,
  children,
  success,
  toastOnSuccess,
  onSuccess,
  submitVariant = "primary",
  className,
  block,
  fields = {},
  actions,
  testId,
}: ActionFormProps<T>) {
  const [state, submit, pending] = useActionState(action, idle as FormState<T>);
  const handled = useRef<FormState<T>>(idle as FormState<T>);

  useEffect(() => {
    if (state === handled.current || state.status !== "success") return;
    handled.current = state;
    if (toastOnSuccess ?? !success) toast.success(state.message);
    onSuccess?.(state.data);
  }, [state, success, toastOnSuccess, onSuccess]);

  if (state.status === "success" && success) return <>{success(state)}</>;
  const errors = state.status === "error" ? state.fieldErrors : undefined;

  return (
    <form
      action={submit}
      // Submitting by hand keeps what was typed when the server answers with errors (a form
      // `action` resets its fields after every run); the `action` serves before hydration.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => submit(data));
      }}
      noValidate
      className={cn("grid gap-4", className)}
      data-testid={testId}
    >
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
      {children(errors)}
      {actions ? (
        actions(pending)
      ) : (
        <div className={block ? "grid" : "flex justify-end"}>
          <Button type="submit" variant={submitVariant} pending={pending}>
            {pending && pendingLabel ? pendingLabel : submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
