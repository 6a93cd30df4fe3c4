"use client";

import { cloneElement, type ReactElement, type ReactNode, useId } from "react";
import { Label } from "./label";

export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FormFieldProps {
  label: string;
  /** Shown after the label, e.g. "optional". */
  labelNote?: string;
  hint?: string;
  /** Messages from the server's validation of this field. */
  errors?: string[];
  /**
   * One control that gets the id and aria wiring: an element (input, textarea), or a function
   * that spreads them where they belong (e.g. on a select's trigger, not its root).
   */
  children: ReactElement<Record<string, unknown>> | ((control: ControlProps) => ReactNode);
}

/** Label, control, hint and errors, wired so screen readers announce them together. */
export function FormField({ label, labelNote, hint, errors, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && hintId, invalid && errorId].filter(Boolean).join(" ") || undefined;
  const control: ControlProps = {
    id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>
        {label}
        {labelNote && <span className="font-normal text-muted-foreground"> ({labelNote})</span>}
      </Label>
      {typeof children === "function" ? children(control) : cloneElement(children, { ...control })}
      {hint && !invalid && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="text-xs font-medium text-destructive" role="alert">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
