"use client";

import { CalendarCheck, CalendarX, CircleAlert, Loader2 } from "lucide-react";
import { type ReactNode, useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState<unknown>, formData: FormData) => Promise<FormState<unknown>>;

export interface TimeChangeAnswerLabels {
  confirm: string;
  cantMakeIt: string;
  message: string;
  messageOptional: string;
  messagePlaceholder: string;
}

/**
 * The two answers to a time change, as big buttons on a phone, with an optional note for the
 * manager above them. A plain form post before hydration; the refusal in words under it.
 */
export function TimeChangeAnswerForm({
  action,
  fields,
  labels,
  message,
}: {
  action: Action;
  fields: Record<string, string>;
  labels: TimeChangeAnswerLabels;
  /** The note sent with an earlier answer, to edit. */
  message: string | null;
}) {
  const [state, submit] = useActionState(action, idle as FormState<unknown>);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={submit} className="grid gap-4" data-testid="time-change-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormField label={labels.message} labelNote={labels.messageOptional} errors={errors?.message}>
        <Textarea
          name="message"
          maxLength={500}
          rows={3}
          defaultValue={message ?? ""}
          placeholder={labels.messagePlaceholder}
          className="text-base"
        />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <AnswerButton value="confirmed" icon={<CalendarCheck aria-hidden />}>
          {labels.confirm}
        </AnswerButton>
        <AnswerButton value="cant_make_it" variant="outline" icon={<CalendarX aria-hidden />}>
          {labels.cantMakeIt}
        </AnswerButton>
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

function AnswerButton({
  value,
  variant = "primary",
  icon,
  children,
}: {
  value: "confirmed" | "cant_make_it";
  variant?: "primary" | "outline";
  icon: ReactNode;
  children: ReactNode;
}) {
  const { pending, data } = useFormStatus();
  const pressed = pending && data?.get("answer") === value;
  return (
    <Button
      type="submit"
      name="answer"
      value={value}
      size="lg"
      variant={variant}
      disabled={pending}
      aria-busy={pressed || undefined}
      className="h-12 w-full"
      data-testid={`time-change-${value}`}
    >
      {pressed ? <Loader2 className="animate-spin" aria-hidden /> : icon}
      {children}
    </Button>
  );
}
