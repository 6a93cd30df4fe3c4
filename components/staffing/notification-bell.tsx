"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell, CheckCheck, Trash2, X } from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  clearStaffingNotifications,
  markStaffingNotificationsRead,
} from "@/app/manage/staffing/notification-actions";
import { useChannelEvent } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import { orgChannel } from "@/lib/realtime/channels";
import type { StaffingChangedPayload } from "@/lib/staffing/live";
import type { TNotification } from "@/lib/staffing/notifications.schemas";
import { cn } from "@/lib/utils/cn";
import { STAFFING_CHANGED_EVENT } from "./live-refresh";

const PAGE_SIZE = 20;
const EVENTS_PATH = "/manage/staffing/events";

interface Page<T> {
  data: T;
  meta?: { page: number; pageSize: number; total: number };
}

/** The staffing API, with the browser's session and the active org (see lib/api/authenticate.ts). */
async function getApi<T>(path: string, orgId: string): Promise<Page<T>> {
  const response = await fetch(`/api/v1${path}`, {
    headers: { "X-Org-Id": orgId, Accept: "application/json" },
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => null)) as (Page<T> & { message?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.message ?? response.statusText);
  return body;
}

const keys = {
  all: (orgId: string) => ["staffing-notifications", orgId] as const,
  count: (orgId: string) => ["staffing-notifications", orgId, "count"] as const,
  list: (orgId: string) => ["staffing-notifications", orgId, "list"] as const,
};

/**
 * The manager's notification bell: the unread count on the button, the notifications in a
 * side sheet (newest first, more on demand), mark all read, clear with a confirmation.
 * Stays current through the org channel: a change of kind "notification" refetches.
 */
export function NotificationBell({
  orgId,
  initialUnread,
  timeZone,
}: {
  orgId: string;
  /** The count when the page was rendered, so the badge shows before the first fetch. */
  initialUnread: number;
  /** The org's zone, for call times (shown with the zone's name). */
  timeZone: string;
}) {
  const t = useTranslations("staffingUi.bell");
  const tNotices = useTranslations("staffingNotifications");
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [pending, startTransition] = useTransition();

  const count = useQuery({
    queryKey: keys.count(orgId),
    queryFn: async () =>
      (await getApi<{ unread: number }>("/staffing/notifications/unread-count", orgId)).data.unread,
    initialData: initialUnread,
    staleTime: 30_000,
  });
  const list = useInfiniteQuery({
    queryKey: keys.list(orgId),
    queryFn: ({ pageParam }) =>
      getApi<TNotification[]>(
        `/staffing/notifications?page=${pageParam}&pageSize=${PAGE_SIZE}`,
        orgId,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.meta && last.meta.page * last.meta.pageSize < last.meta.total
        ? last.meta.page + 1
        : undefined,
    enabled: open,
  });

  useChannelEvent<StaffingChangedPayload>(orgChannel(orgId), STAFFING_CHANGED_EVENT, {
    invalidate: (payload) =>
      payload.changes?.some((change) => change.kind === "notification") ? [keys.all(orgId)] : [],
  });

  const unread = count.data ?? 0;
  const items = list.data?.pages.flatMap((page) => page.data) ?? [];
  const total = list.data?.pages[0]?.meta?.total ?? 0;

  function run(action: () => Promise<{ status: string; message?: string }>, after?: () => void) {
    startTransition(async () => {
      const result = await action();
      if (result.status === "success") after?.();
      else if (result.status === "error") toast.error(result.message ?? t("failed"));
      await queryClient.invalidateQueries({ queryKey: keys.all(orgId) });
    });
  }

  function markAllRead() {
    const form = new FormData();
    form.set("all", "true");
    run(() => markStaffingNotificationsRead(idle, form));
  }

  function markRead(notification: TNotification) {
    if (notification.readAt) return;
    const form = new FormData();
    form.set("ids", notification.id);
    void markStaffingNotificationsRead(idle, form).then(() =>
      queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
    );
  }

  function clearAll() {
    run(
      () => clearStaffingNotifications(idle, new FormData()),
      () => {
        setConfirmingClear(false);
        toast.success(t("cleared"));
      },
    );
  }

  const label = unread > 0 ? t("openUnread", { count: unread }) : t("open");

  return (
    <DialogPrimitive.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setConfirmingClear(false);
      }}
    >
      <DialogPrimitive.Trigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="relative"
          aria-label={label}
          title={label}
          data-testid="notification-bell"
        >
          <Bell aria-hidden />
          {unread > 0 && (
            <span
              aria-hidden
              data-testid="notification-count"
              className="absolute -right-0.5 -top-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold leading-none text-destructive-foreground"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          )}
        </Button>
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <DialogPrimitive.Content
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col border-l bg-background shadow-lg focus:outline-none"
          data-testid="notification-panel"
        >
          <header className="flex items-start justify-between gap-3 border-b p-4">
            <div>
              <DialogPrimitive.Title className="text-base font-semibold">
                {tNotices("title")}
              </DialogPrimitive.Title>
              <DialogPrimitive.Description
                className="text-xs text-muted-foreground"
                aria-live="polite"
              >
                {tNotices("unread", { count: unread })}
              </DialogPrimitive.Description>
            </div>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon" aria-label={t("close")}>
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </header>

          {items.length > 0 && (
            <div className="flex flex-wrap gap-2 border-b px-4 py-2">
              <Button
                variant="ghost"
                size="sm"
                onClick={markAllRead}
                disabled={pending || unread === 0}
                data-testid="notifications-mark-read"
              >
                <CheckCheck aria-hidden />
                {tNotices("markAllRead")}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                className="text-destructive"
                onClick={() => setConfirmingClear(true)}
                disabled={pending || confirmingClear}
                data-testid="notifications-clear"
              >
                <Trash2 aria-hidden />
                {t("clearAll")}
              </Button>
            </div>
          )}

          {confirmingClear && (
            <div
              role="alertdialog"
              aria-labelledby="clear-notifications-title"
              aria-describedby="clear-notifications-body"
              className="grid gap-3 border-b bg-destructive/5 p-4"
            >
              <p id="clear-notifications-title" className="text-sm font-medium">
                {t("clearTitle", { count: total })}
              </p>
              <p id="clear-notifications-body" className="text-xs text-muted-foreground">
                {t("clearBody")}
              </p>
              <div className="flex justify-end gap-2">
                <Button
                  variant="outline"
                  size="sm"
                  onClick={() => setConfirmingClear(false)}
                  autoFocus
                >
                  {t("cancel")}
                </Button>
                <Button
                  variant="destructive"
                  size="sm"
                  pending={pending}
                  onClick={clearAll}
                  data-testid="notifications-clear-confirm"
                >
                  {t("clearConfirm")}
                </Button>
              </div>
            </div>
          )}

          <div className="flex-1 overflow-y-auto">
            {list.isPending && open ? (
              <ListSkeleton />
            ) : list.isError ? (
              <div role="alert" className="grid gap-2 p-6 text-sm">
                <p>{t("loadFailed")}</p>
                <div>
                  <Button variant="outline" size="sm" onClick={() => void list.refetch()}>
                    {t("retry")}
                  </Button>
                </div>
              </div>
            ) : items.length === 0 ? (
              <div className="grid justify-items-center gap-2 px-6 py-14 text-center">
                <span className="flex size-12 items-center justify-center rounded-full bg-muted">
                  <Bell className="size-6 text-muted-foreground" aria-hidden />
                </span>
                <p className="text-sm text-muted-foreground">{tNotices("empty")}</p>
              </div>
            ) : (
              <ul className="divide-y" data-testid="notification-list">
                {items.map((notification) => (
                  <NotificationItem
                    key={notification.id}
                    notification={notification}
                    timeZone={timeZone}
                    onOpen={() => {
                      markRead(notification);
                      setOpen(false);
                    }}
                  />
                ))}
              </ul>
            )}
            {list.hasNextPage && (
              <div className="p-4">
                <Button
                  variant="outline"
                  size="sm"
                  className="w-full"
                  pending={list.isFetchingNextPage}
                  onClick={() => void list.fetchNextPage()}
                >
                  {t("more")}
                </Button>
              </div>
            )}
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

function NotificationItem({
  notification,
  timeZone,
  onOpen,
}: {
  notification: TNotification;
  timeZone: string;
  onOpen: () => void;
}) {
  const t = useTranslations("staffingUi.bell");
  const tNotices = useTranslations("staffingNotifications");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const { worker, event, callTime, laborType } = notification;
  const text =
    worker && event && callTime
      ? tNotices(`kinds.${notification.kind}`, {
          worker: worker.name,
          event: event.name,
          callTime: callTime.name,
          laborType: laborType ?? "",
        })
      : notification.message;
  const unread = notification.readAt === null;
  const body = (
    <>
      <span
        aria-hidden
        className={cn(
          "mt-1.5 size-2 shrink-0 rounded-full",
          unread ? "bg-primary" : "bg-transparent",
        )}
      />
      <span className="grid min-w-0 gap-0.5">
        <span className={cn("text-sm", unread && "font-medium")}>
          {unread && <span className="sr-only">{t("unreadMark")} </span>}
          {text}
        </span>
        <span className="text-xs text-muted-foreground">
          {callTime &&
            `${format.dateTime(new Date(callTime.startsAt), {
              weekday: "short",
              month: "short",
              day: "numeric",
              hour: "numeric",
              minute: "2-digit",
              timeZone,
              // The call may be in another zone than the org's: say which clock this is.
              timeZoneName: "short",
            })} · `}
          <time dateTime={notification.createdAt}>
            {format.relativeTime(new Date(notification.createdAt), now)}
          </time>
        </span>
      </span>
    </>
  );
  const className = cn(
    "flex gap-3 px-4 py-3 text-left",
    unread && "bg-primary/5",
    event && "hover:bg-muted focus-visible:bg-muted focus-visible:outline-none",
  );
  return (
    <li data-testid="notification-item" data-kind={notification.kind} data-unread={unread}>
      {event ? (
        <Link href={`${EVENTS_PATH}/${event.id}`} onClick={onOpen} className={className}>
          {body}
        </Link>
      ) : (
        <div className={className}>{body}</div>
      )}
    </li>
  );
}

function ListSkeleton() {
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
