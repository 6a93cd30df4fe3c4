"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell, Check, CheckCheck, Inbox } from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { type KeyboardEvent, useState, useTransition } from "react";
import { useChannelEvent } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import type { TInboxNotification } from "@/lib/booking/notifications.schemas";
import { cn } from "@/lib/utils/cn";
import { markAllInboxReadAction, markInboxReadAction } from "./actions";
import { BellButton } from "./bell-button";
import { INBOX_CHANGED_EVENT, inboxChannel } from "./inbox-channel";
import { focusTarget } from "./list-keys";
import { NotificationListSkeleton, NotificationSheet } from "./notification-sheet";

const PAGE_SIZE = 20;

interface Page<T> {
  data: T;
  meta?: { page: number; pageSize: number; total: number };
}

/** The inbox API with the browser's session (no org: the inbox is the person's own). */
async function getApi<T>(path: string): Promise<Page<T>> {
  const response = await fetch(`/api/v1${path}`, {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  const body = (await response.json().catch(() => null)) as (Page<T> & { message?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.message ?? response.statusText);
  return body;
}

const keys = {
  all: ["booking-inbox"] as const,
  count: ["booking-inbox", "count"] as const,
  list: ["booking-inbox", "list"] as const,
};

/**
 * The person's in-app inbox (booking and rating notices, as customer and as business
 * member): the unread count on the bell, the notices in a side sheet, newest first, with
 * mark read one by one or all at once. Stays current through the person's own channel.
 */
export function InboxPanel({
  userId,
  initialUnread,
  surface = "account",
}: {
  userId: string;
  initialUnread: number;
  /** In /manage the bell sits next to the staffing one: its name says it is about bookings. */
  surface?: "account" | "manage";
}) {
  const t = useTranslations("customerUi.inbox");
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  const count = useQuery({
    queryKey: keys.count,
    queryFn: async () =>
      (await getApi<{ unread: number }>("/notifications/unread-count")).data.unread,
    initialData: initialUnread,
    staleTime: 30_000,
  });
  const list = useInfiniteQuery({
    queryKey: keys.list,
    queryFn: ({ pageParam }) =>
      getApi<TInboxNotification[]>(`/notifications?page=${pageParam}&pageSize=${PAGE_SIZE}`),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.meta && last.meta.page * last.meta.pageSize < last.meta.total
        ? last.meta.page + 1
        : undefined,
    enabled: open,
  });

  useChannelEvent(inboxChannel(userId), INBOX_CHANGED_EVENT, { invalidate: [keys.all] });

  const unread = count.data ?? 0;
  const items = list.data?.pages.flatMap((page) => page.data) ?? [];

  function run(action: () => Promise<{ status: string; message?: string }>) {
    startTransition(async () => {
      const result = await action();
      if (result.status === "error") toast.error(result.message ?? t("failed"));
      await queryClient.invalidateQueries({ queryKey: keys.all });
    });
  }

  function markRead(notification: TInboxNotification) {
    if (notification.readAt) return;
    const form = new FormData();
    form.set("id", notification.id);
    run(() => markInboxReadAction(idle, form));
  }

  /** Arrow keys, Home and End move between the notices' main controls. */
  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const targets = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-inbox-target]")];
    const next = focusTarget(
      event.key,
      targets.indexOf(document.activeElement as HTMLElement),
      targets.length,
    );
    if (next === null) return;
    event.preventDefault();
    targets[next]!.focus();
  }

  return (
    <NotificationSheet
      open={open}
      onOpenChange={setOpen}
      testId="inbox-panel"
      title={t("title")}
      status={t("unread", { count: unread })}
      closeLabel={t("close")}
      trigger={
        <BellButton
          unread={unread}
          label={t(surface === "manage" ? "businessLabel" : "label", { count: unread })}
          countTestId="inbox-count"
          icon={surface === "manage" ? Inbox : Bell}
          data-testid="inbox-bell"
        />
      }
      toolbar={
        items.length > 0 ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => run(() => markAllInboxReadAction(idle, new FormData()))}
            disabled={pending || unread === 0}
            data-testid="inbox-mark-all-read"
          >
            <CheckCheck aria-hidden />
            {t("markAllRead")}
          </Button>
        ) : undefined
      }
    >
      {list.isPending && open ? (
        <NotificationListSkeleton />
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
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        </div>
      ) : (
        <ul
          className="divide-y"
          data-testid="inbox-list"
          aria-label={t("title")}
          onKeyDown={onListKeyDown}
        >
          {items.map((notification) => (
            <InboxItem
              key={notification.id}
              notification={notification}
              onOpen={() => {
                markRead(notification);
                setOpen(false);
              }}
              onMarkRead={() => markRead(notification)}
              busy={pending}
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
    </NotificationSheet>
  );
}

function InboxItem({
  notification,
  onOpen,
  onMarkRead,
  busy,
}: {
  notification: TInboxNotification;
  onOpen: () => void;
  onMarkRead: () => void;
  busy: boolean;
}) {
  const t = useTranslations("customerUi.inbox");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const unread = notification.readAt === null;
  const created = new Date(notification.createdAt);
  const content = (
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
          {notification.title}
        </span>
        {notification.body && (
          <span className="line-clamp-2 text-xs text-muted-foreground">{notification.body}</span>
        )}
        <time
          dateTime={notification.createdAt}
          title={format.dateTime(created, { dateStyle: "medium", timeStyle: "short" })}
          className="text-xs text-muted-foreground"
        >
          {format.relativeTime(created, now)}
        </time>
      </span>
    </>
  );
  const className = cn(
    "flex min-w-0 flex-1 gap-3 px-4 py-3 text-left focus-visible:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring",
    notification.link && "hover:bg-muted",
  );
  return (
    <li
      data-testid="inbox-item"
      data-kind={notification.kind}
      data-unread={unread}
      className={cn("flex items-start", unread && "bg-primary/5")}
    >
      {notification.link ? (
        <Link href={notification.link} onClick={onOpen} className={className} data-inbox-target>
          {content}
        </Link>
      ) : (
        <div className={className} tabIndex={-1} data-inbox-target>
          {content}
        </div>
      )}
      {unread && (
        <Button
          variant="ghost"
          size="icon"
          className="m-2 shrink-0"
          aria-label={t("markReadLabel", { title: notification.title })}
          title={t("markRead")}
          disabled={busy}
          onClick={onMarkRead}
          data-testid="inbox-mark-read"
        >
          <Check aria-hidden />
        </Button>
      )}
    </li>
  );
}
