"use client";

import { useRouter } from "next/navigation";
import { type ComponentProps, type ReactNode, useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * One button that runs a server action with a few hidden fields (disconnect, sign out a
 * device, remove the picture). The outcome is toasted, which screen readers announce.
 */
export function ActionButton<T>({
  action,
  fields = {},
  children,
  onSuccess,
  quiet,
  refresh,
  variant = "outline",
  size = "sm",
  className,
}: {
  action: Action<T>;
  fields?: Record<string, string>;
  children: ReactNode;
  onSuccess?: (data: T) => void;
  /** No toast on success: the screen changes enough to show it worked. */
  quiet?: boolean;
  /** Re-render the page after success (for actions that leave that to the browser). */
  refresh?: boolean;
  variant?: ComponentProps<typeof Button>["variant"];
  size?: ComponentProps<typeof Button>["size"];
  className?: string;
}) {
  const router = useRouter();
  const [state, submit, pending] = useActionState(action, idle as FormState<T>);
  const handled = useRef<FormState<T>>(state);

  useEffect(() => {
    if (state === handled.current) return;
    handled.current = state;
    if (state.status === "success") {
      if (!quiet) toast.success(state.message);
      onSuccess?.(state.data);
      if (refresh) router.refresh();
    } else if (state.status === "error") {
      toast.error(state.message, { duration: 10_000 });
    }
  }, [state, onSuccess, quiet, refresh, router]);

  return (
    <form action={submit} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size={size} pending={pending}>
        {children}
      </Button>
    </form>
  );
}
