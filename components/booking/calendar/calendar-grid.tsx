"use client";

import {
  DndContext,
  type DragEndEvent,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { Clock } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { rescheduleBookingAction } from "@/app/manage/bookings/actions";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import { cn } from "@/lib/utils/cn";
import {
  closedIntervals,
  droppedStart,
  hoursFor,
  instantAt,
  isoWeekday,
  layoutColumn,
  localDateOf,
  localTimeOf,
  todayIn,
  timeOffIntervals,
  wallMinutes,
  type Interval,
} from "./layout";
import { type CalendarBooking, type CalendarData, MOVABLE_STATUSES } from "./types";
import { withParams } from "./url";

const HOUR_PX = 80;
const PX_PER_MINUTE = HOUR_PX / 60;

/** Block colours by status; pending ones get a dashed border so they stand out. */
const BLOCK_TONES: Record<CalendarBooking["status"], string> = {
  pending:
    "border-dashed border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100",
  confirmed: "border-green-600 bg-green-50 text-green-950 dark:bg-green-950 dark:text-green-100",
  completed: "border-blue-500 bg-blue-50 text-blue-950 dark:bg-blue-950 dark:text-blue-100",
  no_show: "border-red-500 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-100",
  rejected: "border-border bg-muted text-muted-foreground",
  canceled: "border-border bg-muted text-muted-foreground",
};

interface Column {
  key: string;
  date: string;
  employeeId: string | null;
  label: string;
  sublabel?: string;
  href?: string;
}

interface Move {
  booking: CalendarBooking;
  date: string;
  minutes: number;
  employeeId: string;
  employeeName: string;
}

const durationOf = (booking: CalendarBooking) =>
  (new Date(booking.endsAt).getTime() - new Date(booking.startsAt).getTime()) / 60_000;

/**
 * The day (a column per employee) or week (a column per day) grid. Pending and confirmed
 * blocks can be dragged to another time (snapped to 15 minutes) and, in the day view,
 * another employee; the move is confirmed in a dialog and shown in its new place until the
 * server answers — a taken slot toasts and the block snaps back.
 */
export function CalendarGrid({
  data,
  query,
}: {
  data: CalendarData;
  query: Record<string, string | undefined>;
}) {
  const t = useTranslations("bookingCalendarUi.calendar");
  const format = useFormatter();
  const router = useRouter();
  const pathname = usePathname();
  const [proposed, setProposed] = useState<Move | null>(null);
  const [moving, setMoving] = useState<Move | null>(null);
  const [pending, startTransition] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const range: Interval = data.axis;
  const today = todayIn(data.timeZone);

  const employeeNames = useMemo(
    () => new Map(data.employees.map((employee) => [employee.id, employee.name])),
    [data.employees],
  );

  const columns: Column[] =
    data.view === "day"
      ? data.employees
          .filter((employee) => !data.employeeId || employee.id === data.employeeId)
          .map((employee) => ({
            key: `${data.date}|${employee.id}`,
            date: data.date,
            employeeId: employee.id,
            label: employee.name,
          }))
      : data.days.map((date) => ({
          key: date,
          date,
          employeeId: data.employeeId,
          label: format.dateTime(new Date(`${date}T12:00:00Z`), {
            weekday: "short",
            timeZone: "UTC",
          }),
          sublabel: format.dateTime(new Date(`${date}T12:00:00Z`), {
            day: "numeric",
            month: "short",
            timeZone: "UTC",
          }),
          href: withParams(pathname, query, { view: "day", date, booking: null }),
        }));

  // The booking being moved is drawn where it goes until the server has answered.
  const shown = data.bookings.map((booking) => {
    if (!moving || moving.booking.id !== booking.id) return booking;
    const startsAt = instantAt(moving.date, moving.minutes, data.timeZone);
    return {
      ...booking,
      employeeId: moving.employeeId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + durationOf(booking) * 60_000).toISOString(),
    };
  });

  function onDragEnd(event: DragEndEvent) {
    const booking = event.active.data.current?.booking as CalendarBooking | undefined;
    const target = event.over?.data.current as
      { date: string; employeeId: string | null } | undefined;
    if (!booking || !target) return;
    // The drag's vertical part changes the time; the column it lands in, the day or employee.
    const originalDate = event.active.data.current?.date as string;
    const startTop =
      wallMinutes(new Date(booking.startsAt), originalDate, data.timeZone) - range.start;
    const minutes = droppedStart(
      startTop,
      event.delta.y / PX_PER_MINUTE,
      durationOf(booking),
      range,
    );
    const employeeId =
      data.view === "day" && target.employeeId ? target.employeeId : booking.employeeId;
    const sameTime =
      instantAt(target.date, minutes, data.timeZone).getTime() ===
      new Date(booking.startsAt).getTime();
    if (sameTime && employeeId === booking.employeeId) return;
    setProposed({
      booking,
      date: target.date,
      minutes,
      employeeId,
      employeeName: employeeNames.get(employeeId) ?? booking.employeeName,
    });
  }

  function confirmMove() {
    const move = proposed;
    if (!move) return;
    setProposed(null);
    setMoving(move);
    const form = new FormData();
    form.set("bookingId", move.booking.id);
    form.set("date", move.date);
    form.set(
      "time",
      `${String(Math.floor(move.minutes / 60)).padStart(2, "0")}:${String(move.minutes % 60).padStart(2, "0")}`,
    );
    if (move.employeeId !== move.booking.employeeId) form.set("employeeId", move.employeeId);
    startTransition(async () => {
      const state = await rescheduleBookingAction(idle, form);
      if (state.status === "success") {
        toast.success(state.message);
        router.refresh();
      } else if (state.status === "error") {
        toast.error(state.message);
      }
      setMoving(null);
    });
  }

  const timeLabel = (minutes: number) =>
    `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  const hourMarks: number[] = [];
  for (let minute = Math.ceil(range.start / 60) * 60; minute < range.end; minute += 60) {
    hourMarks.push(minute);
  }
  const height = (range.end - range.start) * PX_PER_MINUTE;

  if (columns.length === 0) {
    return (
      <p className="rounded-lg border border-dashed px-6 py-10 text-center text-sm text-muted-foreground">
        {t("noEmployees")}
      </p>
    );
  }

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div
        className="overflow-x-auto rounded-lg border bg-card"
        aria-busy={pending}
        data-testid="booking-calendar"
      >
        <div
          className="grid min-w-full"
          style={{
            gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(${data.view === "day" ? 9 : 7.5}rem, 1fr))`,
          }}
        >
          <div className="sticky left-0 z-20 border-b bg-card" />
          {columns.map((column) => (
            <div
              key={column.key}
              className={cn(
                "border-b border-l px-2 py-2 text-center text-sm font-medium",
                column.date === today && data.view === "week" && "bg-primary/5 text-primary",
              )}
            >
              {column.href ? (
                <a href={column.href} className="rounded hover:underline focus-visible:ring-2">
                  {column.label} <span className="text-muted-foreground">{column.sublabel}</span>
                </a>
              ) : (
                column.label
              )}
            </div>
          ))}

          <div className="sticky left-0 z-20 bg-card" style={{ height }} aria-hidden>
            <div className="relative h-full">
              {hourMarks.map((minute) => (
                <span
                  key={minute}
                  className="absolute right-2 -translate-y-1/2 text-xs text-muted-foreground"
                  style={{ top: (minute - range.start) * PX_PER_MINUTE }}
                >
                  {minute > range.start ? timeLabel(minute) : ""}
                </span>
              ))}
            </div>
          </div>

          {columns.map((column) => (
            <DayColumn
              key={column.key}
              column={column}
              data={data}
              bookings={shown.filter(
                (booking) => data.view === "week" || booking.employeeId === column.employeeId,
              )}
              movingId={moving?.booking.id ?? null}
              height={height}
              isToday={column.date === today}
              onOpen={(id) =>
                router.push(withParams(pathname, query, { booking: id }), { scroll: false })
              }
            />
          ))}
        </div>
      </div>

      <Dialog open={proposed !== null} onOpenChange={(open) => !open && setProposed(null)}>
        <DialogContent closeLabel={t("close")}>
          <DialogHeader>
            <DialogTitle>{t("moveTitle")}</DialogTitle>
            {proposed && (
              <DialogDescription>
                {t(
                  proposed.date === localDateOf(new Date(proposed.booking.startsAt), data.timeZone)
                    ? "moveQuestion"
                    : "moveQuestionDay",
                  {
                    customer: proposed.booking.customerName,
                    from: localTimeOf(new Date(proposed.booking.startsAt), data.timeZone),
                    to: timeLabel(proposed.minutes),
                    employee: proposed.employeeName,
                    day: format.dateTime(new Date(`${proposed.date}T12:00:00Z`), {
                      weekday: "short",
                      day: "numeric",
                      month: "short",
                      timeZone: "UTC",
                    }),
                  },
                )}
              </DialogDescription>
            )}
          </DialogHeader>
          <DialogFooter>
            <Button variant="outline" onClick={() => setProposed(null)}>
              {t("keep")}
            </Button>
            <Button onClick={confirmMove} data-testid="calendar-move-confirm">
              {t("move")}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </DndContext>
  );
}

function DayColumn({
  column,
  data,
  bookings,
  movingId,
  height,
  isToday,
  onOpen,
}: {
  column: Column;
  data: CalendarData;
  bookings: CalendarBooking[];
  movingId: string | null;
  height: number;
  isToday: boolean;
  onOpen: (id: string) => void;
}) {
  const t = useTranslations("bookingCalendarUi.calendar");
  const { setNodeRef, isOver } = useDroppable({
    id: column.key,
    data: { date: column.date, employeeId: column.employeeId },
  });
  const range = data.axis;
  const weekday = isoWeekday(column.date);
  const closed = closedIntervals(hoursFor(data.hours, weekday, column.employeeId), range);
  const away = timeOffIntervals(
    data.timeOff
      .filter((span) => span.employeeId === null || span.employeeId === column.employeeId)
      .map((span) => ({ startsAt: new Date(span.startsAt), endsAt: new Date(span.endsAt) })),
    column.date,
    data.timeZone,
    range,
  );
  const placed = layoutColumn(
    bookings.map((booking) => ({
      ...booking,
      startsAt: new Date(booking.startsAt),
      endsAt: new Date(booking.endsAt),
      source: booking,
    })),
    column.date,
    data.timeZone,
    range,
  );
  const nowMinutes = isToday ? wallMinutes(new Date(), column.date, data.timeZone) : null;

  return (
    <div
      ref={setNodeRef}
      className={cn("relative border-l", isOver && "bg-primary/5")}
      style={{
        height,
        backgroundImage: `repeating-linear-gradient(to bottom, var(--color-border) 0 1px, transparent 1px ${HOUR_PX}px), repeating-linear-gradient(to bottom, color-mix(in oklab, var(--color-border) 45%, transparent) 0 1px, transparent 1px ${HOUR_PX / 4}px)`,
      }}
    >
      {closed.map((interval) => (
        <div
          key={`closed-${interval.start}`}
          className="absolute inset-x-0 bg-muted/70"
          style={{
            top: (interval.start - range.start) * PX_PER_MINUTE,
            height: (interval.end - interval.start) * PX_PER_MINUTE,
          }}
          aria-hidden
        />
      ))}
      {away.map((interval) => (
        <div
          key={`away-${interval.start}`}
          className="absolute inset-x-0 flex items-start justify-center overflow-hidden bg-[repeating-linear-gradient(135deg,transparent_0_6px,color-mix(in_oklab,var(--color-destructive)_18%,transparent)_6px_8px)] pt-1 text-[11px] font-medium text-muted-foreground"
          style={{
            top: (interval.start - range.start) * PX_PER_MINUTE,
            height: (interval.end - interval.start) * PX_PER_MINUTE,
          }}
        >
          {t("timeOff")}
        </div>
      ))}
      {nowMinutes !== null && nowMinutes > range.start && nowMinutes < range.end && (
        <div
          className="pointer-events-none absolute inset-x-0 z-10 h-0.5 bg-red-500"
          style={{ top: (nowMinutes - range.start) * PX_PER_MINUTE }}
          aria-hidden
        />
      )}
      {placed.map((block) => (
        <BookingBlock
          key={block.item.id}
          booking={block.item.source}
          date={column.date}
          timeZone={data.timeZone}
          movable={data.canEdit && MOVABLE_STATUSES.includes(block.item.status)}
          moving={movingId === block.item.id}
          style={{
            top: block.top * PX_PER_MINUTE,
            height: Math.max(block.height * PX_PER_MINUTE - 2, 14),
            left: `calc(${(block.lane / block.lanes) * 100}% + 2px)`,
            width: `calc(${100 / block.lanes}% - 4px)`,
          }}
          cutStart={block.cutStart}
          cutEnd={block.cutEnd}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
}

function BookingBlock({
  booking,
  date,
  timeZone,
  movable,
  moving,
  style,
  cutStart,
  cutEnd,
  onOpen,
}: {
  booking: CalendarBooking;
  date: string;
  timeZone: string;
  movable: boolean;
  moving: boolean;
  style: React.CSSProperties;
  cutStart: boolean;
  cutEnd: boolean;
  onOpen: (id: string) => void;
}) {
  const t = useTranslations("bookingCalendarUi");
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: `${booking.id}|${date}`,
    data: { booking, date },
    disabled: !movable,
  });
  const start = localTimeOf(new Date(booking.startsAt), timeZone);
  const end = localTimeOf(new Date(booking.endsAt), timeZone);
  const services = booking.services.join(", ");
  // A short booking has room for one line: its start and who comes.
  const compact = typeof style.height === "number" && style.height < 44;
  return (
    <button
      ref={setNodeRef}
      type="button"
      {...attributes}
      {...listeners}
      onClick={() => onOpen(booking.id)}
      data-testid="calendar-booking"
      data-booking-id={booking.id}
      data-status={booking.status}
      aria-label={t("calendar.blockLabel", {
        start,
        end,
        customer: booking.customerName,
        services,
        status: t(`status.${booking.status}`),
      })}
      className={cn(
        "absolute z-[5] flex flex-col overflow-hidden rounded-md border border-l-4 px-1.5 py-0.5 text-left text-xs leading-tight shadow-xs outline-none focus-visible:ring-2 focus-visible:ring-ring",
        BLOCK_TONES[booking.status],
        movable ? "cursor-grab active:cursor-grabbing" : "cursor-pointer",
        cutStart && "rounded-t-none border-t-0",
        cutEnd && "rounded-b-none border-b-0",
        (isDragging || moving) && "z-30 opacity-80 shadow-lg",
        moving && "animate-pulse",
      )}
      style={{
        ...style,
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
      }}
    >
      {compact ? (
        <span className="flex min-w-0 items-center gap-1">
          {booking.status === "pending" && <Clock className="size-3 shrink-0" aria-hidden />}
          <span className="font-semibold tabular-nums">{start}</span>
          <span className="truncate font-medium">{booking.customerName}</span>
        </span>
      ) : (
        <>
          <span className="flex items-center gap-1 font-semibold tabular-nums">
            {booking.status === "pending" && <Clock className="size-3 shrink-0" aria-hidden />}
            {start}–{end}
          </span>
          <span className="truncate font-medium">{booking.customerName}</span>
          <span className="truncate opacity-80">{services}</span>
        </>
      )}
    </button>
  );
}
