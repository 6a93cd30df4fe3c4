"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toaster";

/**
 * Toasts what an action that redirected here did (`?created=1` → "Event created"), then
 * drops the flag from the URL so a reload or a shared link does not toast again.
 */
export function FlashToast({
  param,
  message,
  alsoRemove = [],
}: {
  param: string;
  message: string;
  /** Other flags of the same message to drop from the URL. */
  alsoRemove?: string[];
}) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const shown = useRef(false);
  const flagged = params.has(param);
  useEffect(() => {
    if (!flagged || shown.current) return;
    shown.current = true;
    toast.success(message);
    const rest = new URLSearchParams(params.toString());
    for (const name of [param, ...alsoRemove]) rest.delete(name);
    const query = rest.toString();
    const hash = window.location.hash;
    router.replace(`${pathname}${query ? `?${query}` : ""}${hash}`, { scroll: false });
  }, [flagged, message, param, alsoRemove, params, pathname, router]);
  return null;
}
