"use client";

import { cloneElement, type ReactElement, useId } from "react";
import { Label } from "./label";

interface FormFieldProps {
  label: string;
  /** Shown after the label, e.g. "optional". */
  labelNote?: string;
  hint?: string;
  /** Messages from the server's validation of this field. */
  errors?: string[];
  /** One control (input, textarea, select trigger); it gets id and aria wiring. */
  children: ReactElement<Record<string, unknown>>;
}

/** Label, control, hint and errors, wired so screen readers announce them together. */
export function FormField({ label, labelNote, hint, errors, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && hintId, invalid && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>
        {label}
        {labelNote && <span className="ml-1 font-normal text-muted-foreground">({labelNote})</span>}
      </Label>
      {cloneElement(children, {
        id,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy,
      })}
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
