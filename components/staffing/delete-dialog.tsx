"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { ActionDialog, type FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";

/**
 * A delete button that asks first, naming what will be lost. A refusal (e.g. a labor type
 * an event still needs) is shown in the dialog, which stays open.
 */
export function DeleteDialog<T>({
  action,
  id,
  title,
  description,
  submitLabel,
  triggerLabel,
  compact,
  redirectTo,
  testId,
}: {
  action: FormActionFn<T>;
  id: string;
  title: string;
  description: ReactNode;
  submitLabel: string;
  /** The trigger's accessible name, e.g. "Delete Alba Hoxha". */
  triggerLabel: string;
  /** An icon button (table rows) instead of a labelled one. */
  compact?: boolean;
  /** Where to go once deleted (an edit page whose subject is gone). */
  redirectTo?: string;
  testId?: string;
}) {
  const router = useRouter();
  return (
    <ActionDialog
      trigger={
        compact ? (
          <Button
            variant="ghost"
            size="icon"
            aria-label={triggerLabel}
            title={triggerLabel}
            data-testid={testId}
          >
            <Trash2 aria-hidden />
          </Button>
        ) : (
          <Button variant="outline" className="text-destructive" data-testid={testId}>
            <Trash2 aria-hidden />
            {submitLabel}
          </Button>
        )
      }
      title={title}
      description={description}
      action={action}
      fields={{ id }}
      submitLabel={submitLabel}
      submitVariant="destructive"
      onSuccess={() => {
        if (redirectTo) router.push(redirectTo);
        router.refresh();
      }}
    />
  );
}
