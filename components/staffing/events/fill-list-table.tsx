"use client";

import { BellOff, CalendarClock, CircleAlert, Send, Star, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, startTransition, useActionState, useId, useRef, useState } from "react";
import { requestWorkersAction } from "@/app/manage/staffing/requirements/[id]/fill/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { type FormState, idle } from "@/lib/actions/form-state";
import type { FillListConflict } from "@/lib/staffing/event-board.queries";
import type { TFillListWorker } from "@/lib/staffing/requests.schemas";
import { cn } from "@/lib/utils/cn";
import { ErrorsOf } from "./errors-of";
import { RequestStateBadge } from "./status-badges";

export interface FillListRow extends TFillListWorker {
  /** With `at` formatted by the server (the browser's date data may differ). */
  conflictDetails: (FillListConflict & { at: string })[];
}

/**
 * The fill list's rows with a checkbox each (workers already asked are shown, not
 * selectable) and the two ways to ask the chosen ones: a request, or a reservation (their
 * yes confirms them at once). Nothing is sent yet: the requests queue on the event page.
 */
export function FillListTable({
  rows,
  requirementId,
  eventId,
  unfilled,
  sortHeader,
}: {
  rows: FillListRow[];
  requirementId: string;
  eventId: string;
  unfilled: number;
  /** Column headers that sort (links built on the server, which knows the URL). */
  sortHeader: { name: ReactNode; conflicts: ReactNode; reliability: ReactNode };
}) {
  const t = useTranslations("staffingEvents.fillList");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reserved, setReserved] = useState(false);
  const [state, run, pending] = useActionState(requestWorkersAction, idle as FormState<never>);
  const form = useRef<HTMLFormElement>(null);
  const captionId = useId();
  const selectable = rows.filter((row) => row.request === null);
  const allSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function submit(reserve: boolean) {
    if (!form.current) return;
    const data = new FormData(form.current);
    if (reserve) data.set("reserved", "on");
    setReserved(reserve);
    startTransition(() => run(data));
  }

  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
      noValidate
      className="grid gap-3"
      data-testid="fill-list-form"
    >
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="eventId" value={eventId} />
      {state.status === "error" && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div>
            <p>{state.message}</p>
            <ErrorsOf errors={state.fieldErrors} prefix="workerIds" />
          </div>
        </div>
      )}
      <div className="relative w-full overflow-auto rounded-lg border">
        <table className="w-full text-sm" aria-describedby={captionId}>
          <caption id={captionId} className="sr-only">
            {t("caption")}
          </caption>
          <thead className="sticky top-0 z-10 bg-muted/80 backdrop-blur">
            <tr className="border-b text-left text-xs font-medium uppercase tracking-wide text-muted-foreground">
              <th scope="col" className="h-10 w-10 px-3">
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={allSelected}
                  disabled={selectable.length === 0}
                  onChange={(event) =>
                    setSelected(
                      event.target.checked ? new Set(selectable.map((row) => row.id)) : new Set(),
                    )
                  }
                  aria-label={t("selectAll")}
                  data-testid="fill-select-all"
                />
              </th>
              <th scope="col" className="px-3">
                {sortHeader.name}
              </th>
              <th scope="col" className="hidden px-3 md:table-cell">
                {t("phone")}
              </th>
              <th scope="col" className="px-3">
                {sortHeader.conflicts}
              </th>
              <th scope="col" className="hidden px-3 sm:table-cell">
                {t("status")}
              </th>
              <th scope="col" className="hidden px-3 lg:table-cell">
                {sortHeader.reliability}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <FillRow
                key={row.id}
                row={row}
                checked={selected.has(row.id)}
                onToggle={(on) => toggle(row.id, on)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div
        className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-card/95 px-4 py-3 shadow-sm backdrop-blur"
        data-testid="fill-list-actions"
      >
        <p className="text-sm" role="status">
          {selected.size === 0
            ? t("noneSelected")
            : t("selectedCount", { count: selected.size, unfilled })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="outline"
            disabled={selected.size === 0 || pending}
            pending={pending && reserved}
            onClick={() => submit(true)}
            data-testid="fill-reserve"
          >
            {!(pending && reserved) && <Star aria-hidden />}
            {t("reserve", { count: selected.size })}
          </Button>
          <Button
            type="submit"
            disabled={selected.size === 0 || pending}
            pending={pending && !reserved}
            data-testid="fill-request"
          >
            {!(pending && !reserved) && <Send aria-hidden />}
            {t("request", { count: selected.size })}
          </Button>
        </div>
      </div>
    </form>
  );
}

function FillRow({
  row,
  checked,
  onToggle,
}: {
  row: FillListRow;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const t = useTranslations("staffingEvents.fillList");
  const asked = row.request !== null;
  const status = (
    <div className="flex flex-wrap gap-1">
      {row.request && (
        <RequestStateBadge state={row.request.state} reserved={row.request.reserved} />
      )}
      {row.smsStopped && (
        <Badge tone="danger">
          <BellOff className="mr-1 size-3" aria-hidden />
          {t("smsStopped")}
        </Badge>
      )}
      {!row.request && !row.smsStopped && (
        <span className="text-xs text-muted-foreground">{t("notAsked")}</span>
      )}
    </div>
  );
  const reliability = <Reliability row={row} />;
  return (
    <tr
      className={cn(
        "border-b align-top transition-colors last:border-0 hover:bg-muted/50",
        checked && "bg-primary/5",
      )}
      data-testid="fill-row"
      data-worker-id={row.id}
    >
      <td className="px-3 py-2.5">
        {asked ? (
          <span className="sr-only">{t("alreadyAsked", { name: row.name })}</span>
        ) : (
          <input
            type="checkbox"
            name="workerIds"
            value={row.id}
            className="size-4 accent-primary"
            checked={checked}
            onChange={(event) => onToggle(event.target.checked)}
            aria-label={t("select", { name: row.name })}
            data-testid="fill-select"
          />
        )}
      </td>
      <td className="px-3 py-2.5">
        <div className="font-medium">{row.name}</div>
        <div className="text-xs text-muted-foreground md:hidden">{row.phone ?? "—"}</div>
        <div className="mt-1 grid gap-1 sm:hidden">
          {status}
          {reliability}
        </div>
      </td>
      <td className="hidden px-3 py-2.5 whitespace-nowrap text-muted-foreground md:table-cell">
        {row.phone ?? "—"}
      </td>
      <td className="px-3 py-2.5">
        <Conflicts conflicts={row.conflictDetails} count={row.conflicts} />
      </td>
      <td className="hidden px-3 py-2.5 sm:table-cell">{status}</td>
      <td className="hidden px-3 py-2.5 lg:table-cell">{reliability}</td>
    </tr>
  );
}

function Conflicts({
  conflicts,
  count,
}: {
  conflicts: FillListRow["conflictDetails"];
  count: number;
}) {
  const t = useTranslations("staffingEvents.fillList");
  if (count === 0) return <span className="text-xs text-muted-foreground">{t("noConflicts")}</span>;
  return (
    <ul className="grid gap-1" data-testid="fill-conflicts">
      {conflicts.map((conflict) => (
        <li key={conflict.requestId} className="flex items-start gap-1.5 text-xs">
          <TriangleAlert className="mt-0.5 size-3.5 shrink-0 text-amber-600" aria-hidden />
          <span>
            <span className="font-medium">
              {conflict.event ? conflict.event.name : t("otherEvent")}
            </span>
            {" · "}
            {conflict.callTimeName}
            <span className="flex items-center gap-1 text-muted-foreground">
              <CalendarClock className="size-3" aria-hidden />
              {conflict.at}
              {" · "}
              {t(`conflictState.${conflict.state}`)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function Reliability({ row }: { row: FillListRow }) {
  const t = useTranslations("staffingEvents.fillList");
  if (row.noCallNoShowCount === 0 && row.lateCancellationCount === 0) {
    return <span className="text-xs text-muted-foreground">{t("reliable")}</span>;
  }
  return (
    <div className="flex flex-wrap gap-1">
      {row.noCallNoShowCount > 0 && (
        <Badge tone="danger">{t("noShows", { count: row.noCallNoShowCount })}</Badge>
      )}
      {row.lateCancellationCount > 0 && (
        <Badge tone="pending">{t("lateCancels", { count: row.lateCancellationCount })}</Badge>
      )}
    </div>
  );
}
