"use client";

import { BellOff, BellRing } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { cn } from "@/lib/utils/cn";

const API = "/api/v1/me/push-subscriptions";

type State =
  | "checking"
  | "unsupported"
  | "not-configured"
  | "denied"
  | "off"
  | "on"
  | "saving-on"
  | "saving-off";

function supportsPush(): boolean {
  return (
    typeof window !== "undefined" &&
    "serviceWorker" in navigator &&
    "PushManager" in window &&
    "Notification" in window
  );
}

/** The server's VAPID public key, or null when web push is not configured there. */
async function fetchVapidKey(): Promise<Uint8Array<ArrayBuffer> | null> {
  const response = await fetch(`${API}/vapid-public-key`, { credentials: "same-origin" });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`vapid-public-key: ${response.status}`);
  const { data } = (await response.json()) as { data: { publicKey: string } };
  const base64 = data.publicKey.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

async function saveSubscription(subscription: PushSubscription): Promise<void> {
  const response = await fetch(API, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(subscription.toJSON()),
  });
  if (!response.ok) throw new Error(`subscribe: ${response.status}`);
}

/**
 * "Notifications on this device": registers the service worker (public/sw.js), subscribes
 * this browser with the server's VAPID key and tells the API, or unsubscribes. Explains
 * why it cannot when the browser lacks push, the user blocked notifications, or the server
 * has no VAPID keys (pushes then only reach the development outbox).
 */
export function PushToggle({ className }: { className?: string }) {
  const t = useTranslations("push");
  const [state, setState] = useState<State>("checking");
  const [failed, setFailed] = useState(false);
  const [vapidKey, setVapidKey] = useState<Uint8Array<ArrayBuffer> | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (!supportsPush()) return "unsupported" as const;
      const key = await fetchVapidKey();
      if (!key) return "not-configured" as const;
      setVapidKey(key);
      if (Notification.permission === "denied") return "denied" as const;
      const registration = await navigator.serviceWorker.getRegistration("/");
      const subscription = await registration?.pushManager.getSubscription();
      if (!subscription) return "off" as const;
      // Re-save: the server may have dropped it, or another user used this browser before.
      await saveSubscription(subscription);
      return "on" as const;
    })().then(
      (next) => !cancelled && setState(next),
      () => {
        if (cancelled) return;
        setFailed(true);
        setState("off");
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const turnOn = useCallback(async () => {
    if (!vapidKey) return;
    setState("saving-on");
    setFailed(false);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setState(permission === "denied" ? "denied" : "off");
        return;
      }
      await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      const registration = await navigator.serviceWorker.ready;
      // A subscription made with an older key cannot be reused.
      await (await registration.pushManager.getSubscription())?.unsubscribe();
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: vapidKey,
      });
      await saveSubscription(subscription);
      setState("on");
    } catch {
      setFailed(true);
      setState("off");
    }
  }, [vapidKey]);

  const turnOff = useCallback(async () => {
    setState("saving-off");
    setFailed(false);
    try {
      const registration = await navigator.serviceWorker.getRegistration("/");
      const subscription = await registration?.pushManager.getSubscription();
      if (subscription) {
        const response = await fetch(API, {
          method: "DELETE",
          credentials: "same-origin",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ endpoint: subscription.endpoint }),
        });
        // 404: the server had already forgotten it, which is what we want.
        if (!response.ok && response.status !== 404) throw new Error(`${response.status}`);
        await subscription.unsubscribe();
      }
      setState("off");
    } catch {
      setFailed(true);
      setState("on");
    }
  }, []);

  const unavailable = state === "unsupported" || state === "not-configured" || state === "denied";
  const checked = state === "on" || state === "saving-on";
  const busy = state === "checking" || state === "saving-on" || state === "saving-off";
  const status =
    state === "checking"
      ? t("checking")
      : state === "saving-on" || state === "saving-off"
        ? t("saving")
        : unavailable
          ? null
          : checked
            ? t("on")
            : t("off");
  const Icon = checked ? BellRing : BellOff;

  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex items-center justify-between gap-4">
        <div className="flex items-start gap-3">
          <Icon className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
          <div className="grid gap-0.5">
            <span id="push-toggle-label" className="text-sm font-medium">
              {t("toggleLabel")}
            </span>
            <span id="push-toggle-hint" className="text-sm text-muted-foreground">
              {t("toggleHint")}
            </span>
          </div>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={checked}
          aria-labelledby="push-toggle-label"
          aria-describedby="push-toggle-hint push-toggle-status"
          aria-busy={busy}
          disabled={busy || unavailable}
          onClick={() => void (checked ? turnOff() : turnOn())}
          className={cn(
            "relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border-2 border-transparent transition-colors",
            "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
            "disabled:cursor-not-allowed disabled:opacity-50",
            checked ? "bg-primary" : "bg-muted-foreground/30",
          )}
        >
          <span
            aria-hidden
            className={cn(
              "pointer-events-none block size-5 rounded-full bg-background shadow transition-transform",
              checked ? "translate-x-5" : "translate-x-0",
            )}
          />
        </button>
      </div>
      <p id="push-toggle-status" role="status" className="text-sm text-muted-foreground">
        {status && <span className="sr-only">{status}</span>}
        {state === "unsupported" && t("unsupported")}
        {state === "not-configured" && t("notConfigured")}
        {state === "denied" && t("denied")}
        {failed && <span className="text-destructive">{t("failed")}</span>}
      </p>
    </div>
  );
}
