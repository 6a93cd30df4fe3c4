"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The side sheet a bell opens: a title, a live line under it (e.g. "3 unread"), a toolbar
 * and the scrolling list. Focus moves into it on open and back to the bell on close.
 */
export function NotificationSheet({
  open,
  onOpenChange,
  trigger,
  title,
  status,
  closeLabel,
  toolbar,
  children,
  testId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The bell button (it receives the trigger's wiring). */
  trigger: ReactNode;
  title: string;
  /** Announced politely when it changes. */
  status: string;
  closeLabel: string;
  toolbar?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <DialogPrimitive.Content
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col border-l bg-background shadow-lg focus:outline-none"
          data-testid={testId}
        >
          <header className="flex items-start justify-between gap-3 border-b p-4">
            <div>
              <DialogPrimitive.Title className="text-base font-semibold">
                {title}
              </DialogPrimitive.Title>
              <DialogPrimitive.Description
                className="text-xs text-muted-foreground"
                aria-live="polite"
              >
                {status}
              </DialogPrimitive.Description>
            </div>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon" aria-label={closeLabel}>
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </header>
          {toolbar && <div className="flex flex-wrap gap-2 border-b px-4 py-2">{toolbar}</div>}
          <div className="flex-1 overflow-y-auto">{children}</div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

/** Placeholder rows while the first page loads. */
export function NotificationListSkeleton() {
  return (
    <ul aria-busy="true" className="divide-y">
      {Array.from({ length: 4 }, (_, index) => (
        <li key={index} className="grid gap-2 px-4 py-3">
          <span className="h-4 w-4/5 animate-pulse rounded bg-muted" />
          <span className="h-3 w-1/3 animate-pulse rounded bg-muted" />
        </li>
      ))}
    </ul>
  );
}
