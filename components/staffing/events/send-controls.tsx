"use client";

import { Pause, Play, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ComponentProps, useTransition } from "react";
import {
  sendRequestsAction,
  setSendingPausedAction,
} from "@/app/manage/staffing/events/[id]/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import { cn } from "@/lib/utils/cn";

type Scope = { eventId: string } | { callTimeId: string } | { requirementId: string };

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** Sends the queued requests of an event, a call time or a requirement; says what went out. */
export function SendButton({
  scope,
  queued,
  size = "sm",
  variant = "primary",
  testId,
}: {
  scope: Scope;
  /** Requests waiting in the scope; nothing to send at 0. */
  queued: number;
  size?: ComponentProps<typeof Button>["size"];
  variant?: ComponentProps<typeof Button>["variant"];
  testId?: string;
}) {
  const t = useTranslations("staffingEvents.sending");
  const [pending, startTransition] = useTransition();
  function send() {
    startTransition(async () => {
      const result = await sendRequestsAction(idle, formOf(scope));
      if (result.status === "success") toast.success(result.message, { duration: 8_000 });
      else if (result.status === "error") toast.error(result.message, { duration: 10_000 });
    });
  }
  return (
    <Button
      size={size}
      variant={variant}
      disabled={queued === 0}
      pending={pending}
      onClick={send}
      data-testid={testId}
    >
      {!pending && <Send aria-hidden />}
      {t("send", { count: queued })}
    </Button>
  );
}

/**
 * The event's sending switch and its "send everything" button. While paused, new requests
 * stay queued however they are sent, so a roster can be edited and sent at once.
 */
export function SendingBar({
  eventId,
  paused,
  queued,
  asked,
}: {
  eventId: string;
  paused: boolean;
  queued: number;
  /** Requests of the event in any state: none yet reads differently from "all sent". */
  asked: number;
}) {
  const t = useTranslations("staffingEvents.sending");
  const [pending, startTransition] = useTransition();
  function toggle() {
    startTransition(async () => {
      const result = await setSendingPausedAction(
        idle,
        formOf({ eventId, paused: paused ? "false" : "true" }),
      );
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message, { duration: 10_000 });
    });
  }
  return (
    <div
      className={cn(
        "flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3",
        paused && "border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950",
      )}
      data-testid="sending-bar"
      data-paused={paused}
    >
      <div className="grid gap-0.5 text-sm">
        <p className="font-medium" role="status">
          {paused
            ? t("pausedTitle")
            : asked === 0
              ? t("noneAsked")
              : t("queued", { count: queued })}
        </p>
        <p className="text-xs text-muted-foreground">
          {paused
            ? t("pausedBody", { count: queued })
            : asked === 0
              ? t("noneAskedBody")
              : t("queuedBody")}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="outline"
          size="sm"
          pending={pending}
          onClick={toggle}
          data-testid={paused ? "sending-resume" : "sending-pause"}
        >
          {!pending && (paused ? <Play aria-hidden /> : <Pause aria-hidden />)}
          {paused ? t("resume") : t("pause")}
        </Button>
        <SendButton scope={{ eventId }} queued={queued} testId="send-event" />
      </div>
    </div>
  );
}
