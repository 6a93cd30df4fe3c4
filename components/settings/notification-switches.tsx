"use client";

import { useTranslations } from "next-intl";
import { useId, useOptimistic, useTransition } from "react";
import { saveNotificationSwitch } from "@/app/account/settings/actions";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import type { NotificationChannel } from "@/app/account/settings/form-schemas";
import { Switch } from "./switch";

type Channels = Record<NotificationChannel, boolean>;

/**
 * Which channels may reach the user. Each switch saves at once; it shows the new state
 * while saving and falls back if the server says no.
 */
export function NotificationSwitches({
  settings,
  notes,
}: {
  settings: Channels;
  /** A line under a channel, e.g. "Add a phone number to get texts". */
  notes: Partial<Record<NotificationChannel, string>>;
}) {
  const t = useTranslations("settings.notifications");
  const [shown, setShown] = useOptimistic(settings);
  // Not disabled while saving: a disabled switch would drop keyboard focus mid-toggle.
  const [pending, startTransition] = useTransition();

  function toggle(channel: NotificationChannel, enabled: boolean) {
    startTransition(async () => {
      setShown((current) => ({ ...current, [channel]: enabled }));
      const form = new FormData();
      form.set("channel", channel);
      form.set("enabled", String(enabled));
      const result = await saveNotificationSwitch(idle, form);
      if (result.status === "error") toast.error(result.message);
      else if (result.status === "success") {
        toast.success(t(enabled ? "turnedOn" : "turnedOff", { channel: t(`${channel}.title`) }));
      }
    });
  }

  return (
    <ul className="grid divide-y" aria-busy={pending || undefined}>
      {(["email", "sms", "push"] as const).map((channel) => (
        <ChannelRow
          key={channel}
          title={t(`${channel}.title`)}
          description={t(`${channel}.description`)}
          note={notes[channel]}
          checked={shown[channel]}
          onChange={(enabled) => toggle(channel, enabled)}
        />
      ))}
    </ul>
  );
}

function ChannelRow({
  title,
  description,
  note,
  checked,
  onChange,
}: {
  title: string;
  description: string;
  note?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <li className="flex items-start justify-between gap-4 py-3 first:pt-0 last:pb-0">
      <div className="min-w-0">
        <p id={`${id}-title`} className="text-sm font-medium">
          {title}
        </p>
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
        {note && <p className="mt-1 text-xs text-warning">{note}</p>}
      </div>
      <Switch
        checked={checked}
        onCheckedChange={onChange}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className="mt-0.5"
      />
    </li>
  );
}
