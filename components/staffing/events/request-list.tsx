"use client";

import { Ban, Check, CheckCheck, Phone, Trash2, UserCheck, UserX, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useId, useState, useTransition } from "react";
import {
  actOnRequestAction,
  bulkConfirmAction,
  deleteRequestAction,
} from "@/app/manage/staffing/events/[id]/actions";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import type { TLaborRequest } from "@/lib/staffing/requests.schemas";
import { RequestStateBadge } from "./status-badges";

type State = TLaborRequest["state"];
type RowAction = "confirm" | "decline" | "cancel" | "no-show" | "showed-up" | "delete";

const CONFIRMABLE: readonly State[] = ["queued", "sent", "available"];

/** What a manager may do with a request in each state (the service enforces the same). */
const ACTIONS_BY_STATE: Record<State, RowAction[]> = {
  queued: ["confirm", "decline", "delete"],
  sent: ["confirm", "decline", "cancel"],
  available: ["confirm", "decline", "cancel"],
  declined: [],
  confirmed: ["no-show", "cancel"],
  canceled: [],
  no_call_no_show: ["showed-up"],
};

/** Who needs the manager first: answers to act on, then waiting, then the settled ones. */
const ATTENTION: Record<State, number> = {
  available: 0,
  sent: 1,
  queued: 2,
  confirmed: 3,
  no_call_no_show: 4,
  declined: 5,
  canceled: 6,
};
const byAttention = (a: TLaborRequest, b: TLaborRequest) =>
  ATTENTION[a.state] - ATTENTION[b.state] || a.worker.name.localeCompare(b.worker.name);

/** Actions that lose something ask first, naming what happens. */
const ASKS_FIRST: readonly RowAction[] = ["cancel", "no-show", "delete"];

const ICONS: Record<RowAction, ReactNode> = {
  confirm: <Check aria-hidden />,
  decline: <X aria-hidden />,
  cancel: <Ban aria-hidden />,
  "no-show": <UserX aria-hidden />,
  "showed-up": <UserCheck aria-hidden />,
  delete: <Trash2 aria-hidden />,
};

function formOf(fields: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

/**
 * A requirement's requests: who was asked, where each stands, the manager's actions per row
 * and, for several at once, "confirm selected" (all or nothing, within the unfilled places).
 */
export function RequestList({
  requirementId,
  laborTypeName,
  requests,
  unfilled,
  canAct,
  moments,
}: {
  requirementId: string;
  laborTypeName: string;
  requests: TLaborRequest[];
  unfilled: number;
  canAct: boolean;
  /**
   * When each request last moved, already formatted by the server (in the event's zone):
   * the browser's date data may differ from the server's and break hydration.
   */
  moments: Record<string, string>;
}) {
  const t = useTranslations("staffingEvents.requests");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, startTransition] = useTransition();
  const headingId = useId();
  const confirmable = requests.filter((request) => CONFIRMABLE.includes(request.state));
  // Requests that moved on (answered elsewhere, live) drop out of the selection by themselves.
  const chosen = confirmable.filter((request) => selected.has(request.id));
  const allChosen = confirmable.length > 0 && chosen.length === confirmable.length;
  const selectable = canAct && confirmable.length > 0 && unfilled > 0;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function confirmChosen() {
    startTransition(async () => {
      const result = await bulkConfirmAction(
        idle,
        formOf({ requirementId, requestIds: chosen.map((request) => request.id) }),
      );
      if (result.status === "success") {
        toast.success(result.message);
        setSelected(new Set());
      } else if (result.status === "error") {
        toast.error(result.message, { duration: 10_000 });
      }
    });
  }

  if (requests.length === 0) {
    return <p className="px-1 py-2 text-sm text-muted-foreground">{t("none")}</p>;
  }

  return (
    <div className="grid gap-2">
      <h4 id={headingId} className="sr-only">
        {t("heading", { name: laborTypeName })}
      </h4>
      {selectable && (
        <div
          className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-muted/50 px-3 py-2 text-sm"
          data-testid={`bulk-bar-${requirementId}`}
        >
          <label className="flex min-h-8 cursor-pointer items-center gap-2">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={allChosen}
              onChange={(event) =>
                setSelected(
                  event.target.checked
                    ? new Set(confirmable.map((request) => request.id))
                    : new Set(),
                )
              }
              data-testid={`select-all-${requirementId}`}
            />
            {chosen.length > 0
              ? t("selected", { count: chosen.length })
              : t("selectAll", { count: confirmable.length })}
          </label>
          <Button
            size="sm"
            disabled={chosen.length === 0 || chosen.length > unfilled}
            pending={pending}
            onClick={confirmChosen}
            data-testid={`bulk-confirm-${requirementId}`}
          >
            <CheckCheck aria-hidden />
            {chosen.length > unfilled
              ? t("tooMany", { count: unfilled })
              : t("confirmSelected", { count: chosen.length })}
          </Button>
        </div>
      )}
      <ul aria-labelledby={headingId} className="divide-y rounded-md border">
        {[...requests].sort(byAttention).map((request) => (
          <li
            key={request.id}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2"
            data-testid="request-row"
            data-request-id={request.id}
            data-state={request.state}
          >
            {selectable &&
              (CONFIRMABLE.includes(request.state) ? (
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={selected.has(request.id)}
                  onChange={(event) => toggle(request.id, event.target.checked)}
                  aria-label={t("select", { name: request.worker.name })}
                  data-testid="request-select"
                />
              ) : (
                <span className="size-4" aria-hidden />
              ))}
            <div className="min-w-0 flex-1 basis-56">
              <div className="flex flex-wrap items-center gap-2">
                <span className="truncate font-medium">{request.worker.name}</span>
                <RequestStateBadge state={request.state} reserved={request.reserved} />
              </div>
              <RequestDetail request={request} at={moments[request.id] ?? ""} />
            </div>
            {canAct && <RowActions request={request} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** When the request last moved, and how the worker answered. */
function RequestDetail({ request, at }: { request: TLaborRequest; at: string }) {
  const t = useTranslations("staffingEvents.requests");
  const tChannel = useTranslations("staffingEvents.channels");
  const moments: Record<State, string> = {
    queued: t("detail.queued"),
    sent: t("detail.sent", { at }),
    available: t("detail.answered", { at }),
    declined: t("detail.answered", { at }),
    confirmed: t("detail.confirmed", { at }),
    canceled: t("detail.canceled", { at }),
    no_call_no_show: t("detail.noShow", { at }),
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 text-xs text-muted-foreground">
      {request.worker.phone && (
        <a
          href={`tel:${request.worker.phone}`}
          className="inline-flex items-center gap-1 hover:text-foreground"
        >
          <Phone className="size-3" aria-hidden />
          {request.worker.phone}
        </a>
      )}
      <span>{moments[request.state]}</span>
      {request.answerChannel && request.state !== "queued" && (
        <span>{tChannel(request.answerChannel)}</span>
      )}
    </div>
  );
}

function RowActions({ request }: { request: TLaborRequest }) {
  const t = useTranslations("staffingEvents.requests");
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<RowAction | null>(null);
  const name = request.worker.name;

  function run(action: RowAction) {
    setRunning(action);
    startTransition(async () => {
      const result = await actOnRequestAction(idle, formOf({ requestId: request.id, action }));
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message, { duration: 10_000 });
      setRunning(null);
    });
  }

  return (
    <div className="ml-auto flex shrink-0 gap-1">
      {ACTIONS_BY_STATE[request.state].map((action) => {
        const label = t(`actions.${action}`);
        const trigger = (
          <Button
            key={action}
            variant={action === "confirm" ? "outline" : "ghost"}
            size="sm"
            className={action === "confirm" ? undefined : "text-muted-foreground"}
            aria-label={t("actionFor", { action: label, name })}
            title={t("actionFor", { action: label, name })}
            pending={pending && running === action}
            disabled={pending}
            onClick={ASKS_FIRST.includes(action) ? undefined : () => run(action)}
            data-testid={`request-${action}`}
          >
            {!(pending && running === action) && ICONS[action]}
            <span className="hidden md:inline">{label}</span>
          </Button>
        );
        if (!ASKS_FIRST.includes(action)) return trigger;
        const ask = {
          trigger,
          title: t(`ask.${action}.title`, { name }),
          description: t(`ask.${action}.description`, { name }),
          submitLabel: t(`ask.${action}.submit`),
          submitVariant: "destructive" as const,
          testId: `request-${action}-form`,
        };
        return action === "delete" ? (
          <ActionDialog
            key={action}
            {...ask}
            action={deleteRequestAction}
            fields={{ requestId: request.id }}
          />
        ) : (
          <ActionDialog
            key={action}
            {...ask}
            action={actOnRequestAction}
            fields={{ requestId: request.id, action }}
          />
        );
      })}
    </div>
  );
}
