"use client";

import { CalendarCheck, CalendarX2, Pencil, Play, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { deleteEventAction, setEventStatusAction } from "@/app/manage/staffing/events/actions";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import type { TEvent } from "@/lib/staffing/events.schemas";

/**
 * The event's own controls for managers: edit, the next status, cancel (which texts the
 * workers) and, for drafts, delete. Each change of status asks first and says what follows.
 */
export function EventActions({
  event,
  editHref,
  affectedWorkers,
}: {
  event: TEvent;
  editHref: string;
  /** Confirmed or available workers, who get a cancellation text. */
  affectedWorkers: number;
}) {
  const t = useTranslations("staffingEvents.event");
  const open = event.status === "draft" || event.status === "active";
  return (
    <div className="flex flex-wrap gap-2">
      {open && (
        <Button asChild variant="outline">
          <Link href={editHref} data-testid="event-edit">
            <Pencil aria-hidden />
            {t("edit")}
          </Link>
        </Button>
      )}
      {event.status === "draft" && (
        <ActionDialog
          trigger={
            <Button variant="outline" data-testid="event-activate">
              <Play aria-hidden />
              {t("activate")}
            </Button>
          }
          title={t("activateTitle", { name: event.name })}
          description={t("activateDescription")}
          action={setEventStatusAction}
          fields={{ eventId: event.id, status: "active" }}
          submitLabel={t("activateSubmit")}
        />
      )}
      {event.status === "active" && (
        <ActionDialog
          trigger={
            <Button variant="outline" data-testid="event-complete">
              <CalendarCheck aria-hidden />
              {t("complete")}
            </Button>
          }
          title={t("completeTitle", { name: event.name })}
          description={t("completeDescription")}
          action={setEventStatusAction}
          fields={{ eventId: event.id, status: "completed" }}
          submitLabel={t("completeSubmit")}
        />
      )}
      {open && (
        <ActionDialog
          trigger={
            <Button variant="outline" className="text-destructive" data-testid="event-cancel">
              <CalendarX2 aria-hidden />
              {t("cancel")}
            </Button>
          }
          title={t("cancelTitle", { name: event.name })}
          description={
            <>
              <span className="block">{t("cancelDescription", { count: affectedWorkers })}</span>
              <span className="mt-2 block">{t("cancelFinal")}</span>
            </>
          }
          action={setEventStatusAction}
          fields={{ eventId: event.id, status: "canceled" }}
          submitLabel={t("cancelSubmit")}
          submitVariant="destructive"
          testId="event-cancel-form"
        />
      )}
      {event.status === "draft" && (
        <ActionDialog
          trigger={
            <Button
              variant="ghost"
              className="text-destructive"
              aria-label={t("deleteOpen", { name: event.name })}
              data-testid="event-delete"
            >
              <Trash2 aria-hidden />
              <span className="sm:sr-only">{t("delete")}</span>
            </Button>
          }
          title={t("deleteTitle", { name: event.name })}
          description={t("deleteDescription")}
          action={deleteEventAction}
          fields={{ eventId: event.id }}
          submitLabel={t("deleteSubmit")}
          submitVariant="destructive"
          testId="event-delete-form"
        />
      )}
    </div>
  );
}
