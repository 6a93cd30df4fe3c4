"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { fieldControlClass } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { shiftDate, todayIn, type CalendarView } from "./layout";
import { withParams } from "./url";

export interface ToolbarProps {
  query: Record<string, string | undefined>;
  view: CalendarView;
  date: string;
  days: string[];
  timeZone: string;
  businesses: { id: string; name: string }[];
  businessId: string;
  employees: { id: string; name: string }[];
  employeeId: string | null;
  /** The "New booking" button (with its dialog), when the member may book. */
  newBooking?: ReactNode;
}

type DateParts = Pick<Intl.DateTimeFormatOptions, "weekday" | "day" | "month" | "year">;

/** A native select that navigates: works with the keyboard and screen readers as is. */
export function NavSelect({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <label className="grid gap-1 text-xs font-medium text-muted-foreground">
      {label}
      <select
        className={cn(fieldControlClass, "h-9 min-w-36 py-1 text-foreground")}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Prev / today / next, day or week, the business and employee, and "New booking". */
export function CalendarToolbar(props: ToolbarProps) {
  const t = useTranslations("bookingCalendarUi.calendar");
  const format = useFormatter();
  const router = useRouter();
  const pathname = usePathname();
  const { query, view, date, days, timeZone } = props;
  const href = (changes: Record<string, string | null>) =>
    withParams(pathname, query, { booking: null, ...changes });
  const navigate = (changes: Record<string, string | null>) => router.push(href(changes));

  const labelDate = (value: string, options: DateParts) =>
    format.dateTime(new Date(`${value}T12:00:00Z`), { ...options, timeZone: "UTC" });
  const title =
    view === "day"
      ? labelDate(date, { weekday: "long", day: "numeric", month: "long", year: "numeric" })
      : `${labelDate(days[0]!, { day: "numeric", month: "short" })} – ${labelDate(days[6]!, {
          day: "numeric",
          month: "short",
          year: "numeric",
        })}`;

  return (
    <div className="mb-4 grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1">
          <Button asChild variant="outline" size="icon">
            <Link
              href={href({ date: shiftDate(date, view, -1) })}
              aria-label={t(`previous.${view}`)}
            >
              <ChevronLeft aria-hidden />
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={href({ date: todayIn(timeZone) })}>{t("today")}</Link>
          </Button>
          <Button asChild variant="outline" size="icon">
            <Link href={href({ date: shiftDate(date, view, 1) })} aria-label={t(`next.${view}`)}>
              <ChevronRight aria-hidden />
            </Link>
          </Button>
        </div>
        <h2 className="text-lg font-semibold" aria-live="polite">
          {title}
        </h2>
        <div className="ml-auto flex items-center gap-2">
          <div role="group" aria-label={t("viewLabel")} className="flex rounded-md border p-0.5">
            {(["day", "week"] as const).map((option) => (
              <Link
                key={option}
                href={href({ view: option })}
                aria-current={option === view ? "page" : undefined}
                className={cn(
                  "rounded px-3 py-1 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  option === view ? "bg-primary text-primary-foreground" : "hover:bg-muted",
                )}
              >
                {t(`views.${option}`)}
              </Link>
            ))}
          </div>
          {props.newBooking}
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {props.businesses.length > 1 && (
          <NavSelect
            label={t("business")}
            value={props.businessId}
            options={props.businesses.map((business) => ({
              value: business.id,
              label: business.name,
            }))}
            onChange={(value) => navigate({ business: value, employee: null })}
          />
        )}
        <NavSelect
          label={t("employee")}
          value={props.employeeId ?? ""}
          options={[
            { value: "", label: t("allEmployees") },
            ...props.employees.map((employee) => ({ value: employee.id, label: employee.name })),
          ]}
          onChange={(value) => navigate({ employee: value || null })}
          testId="calendar-employee-filter"
        />
        <p className="pb-2 text-xs text-muted-foreground">{t("timeZone", { zone: timeZone })}</p>
      </div>
    </div>
  );
}
