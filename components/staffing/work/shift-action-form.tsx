"use client";

import { CircleAlert, Loader2 } from "lucide-react";
import { type ComponentProps, type ReactNode, useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/utils/cn";

/** A server action of this form; its success data is not used (the page re-renders). */
export type ShiftAction = (
  previous: FormState<null>,
  formData: FormData,
) => Promise<FormState<null>>;

export interface ShiftActionButton {
  /** Submitted with the form (e.g. answer=yes); the pressed button's pair is sent. */
  name?: string;
  value?: string;
  label: string;
  icon?: ReactNode;
  variant?: ComponentProps<typeof Button>["variant"];
  testId?: string;
}

/**
 * A worker's one-tap actions (yes / no, clock in / out) as a form bound to a server action:
 * big buttons, progress on the pressed one, the refusal in words under them, the success as a
 * toast. Works before hydration too (a plain form post).
 */
export function ShiftActionForm({
  action,
  fields,
  buttons,
  className,
}: {
  action: ShiftAction;
  fields: Record<string, string>;
  buttons: ShiftActionButton[];
  className?: string;
}) {
  const [state, submit] = useActionState(action, idle as FormState<null>);
  const handled = useRef<FormState<null>>(state);
  useEffect(() => {
    if (state === handled.current || state.status !== "success") return;
    handled.current = state;
    if (state.message) toast.success(state.message);
  }, [state]);

  return (
    <form action={submit} className={cn("grid gap-3", className)}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={cn("grid gap-3", buttons.length > 1 && "grid-cols-[2fr_1fr]")}>
        {buttons.map((button) => (
          <SubmitButton key={`${button.name}-${button.value}-${button.label}`} button={button} />
        ))}
      </div>
      {state.status === "error" && (
        <p
          role="alert"
          className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          {state.message}
        </p>
      )}
    </form>
  );
}

function SubmitButton({ button }: { button: ShiftActionButton }) {
  const { pending, data } = useFormStatus();
  const pressed = pending && (!button.name || data?.get(button.name) === button.value);
  return (
    <Button
      type="submit"
      size="lg"
      name={button.name}
      value={button.value}
      variant={button.variant ?? "primary"}
      disabled={pending}
      aria-busy={pressed || undefined}
      className="h-12 w-full"
      data-testid={button.testId}
    >
      {pressed ? <Loader2 className="animate-spin" aria-hidden /> : button.icon}
      {button.label}
    </Button>
  );
}
