"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, ReactNode } from "react";
import { ActionDialog, type FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";

/**
 * A button that asks first (naming what will change) and then runs a server action with
 * the given hidden fields; the page refreshes once it succeeded. A refusal stays in the
 * dialog as an alert.
 */
export function ConfirmButton<T>({
  action,
  fields,
  label,
  icon,
  title,
  description,
  submitLabel,
  variant = "outline",
  submitVariant = "primary",
  ariaLabel,
  testId,
}: {
  action: FormActionFn<T>;
  fields: Record<string, string>;
  label: string;
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  submitLabel: string;
  variant?: ComponentProps<typeof Button>["variant"];
  submitVariant?: ComponentProps<typeof Button>["variant"];
  /** A fuller name for screen readers, e.g. "Remove Arta Krasniqi". */
  ariaLabel?: string;
  testId?: string;
}) {
  const router = useRouter();
  return (
    <ActionDialog
      trigger={
        <Button variant={variant} size="sm" aria-label={ariaLabel} data-testid={testId}>
          {icon}
          {label}
        </Button>
      }
      title={title}
      description={description}
      action={action}
      fields={fields}
      submitLabel={submitLabel}
      submitVariant={submitVariant}
      onSuccess={() => router.refresh()}
    />
  );
}
