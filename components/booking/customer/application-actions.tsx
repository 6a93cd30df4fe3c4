"use client";

import { LogOut, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { ActionDialog, type FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";

/** Withdraw (pending) or leave (approved): a button that confirms in a dialog first. */
export function ApplicationAction<T>({
  kind,
  action,
  applicationId,
  label,
  accessibleLabel,
  title,
  description,
}: {
  kind: "withdraw" | "leave";
  action: FormActionFn<T>;
  applicationId: string;
  label: string;
  accessibleLabel: string;
  title: string;
  description: string;
}) {
  const router = useRouter();
  const Icon = kind === "withdraw" ? Undo2 : LogOut;
  return (
    <ActionDialog
      trigger={
        <Button
          variant="outline"
          size="sm"
          className="text-destructive"
          aria-label={accessibleLabel}
          data-testid={`application-${kind}`}
        >
          <Icon aria-hidden />
          {label}
        </Button>
      }
      title={title}
      description={description}
      action={action}
      fields={{ id: applicationId }}
      submitLabel={label}
      submitVariant="destructive"
      onSuccess={() => router.refresh()}
    />
  );
}
