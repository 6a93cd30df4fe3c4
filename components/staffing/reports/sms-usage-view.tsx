import { MessageSquare, MessageSquareWarning, Rows3 } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { TSmsUsage } from "@/lib/staffing/reports.schemas";
import { cn } from "@/lib/utils/cn";
import { StatCard } from "./stat-card";

/** Counts sit right; narrower padding keeps four columns on a phone. */
const NUMBER = "px-2 text-right sm:px-3";

const STATUS_TONES = {
  queued: "pending",
  sent: "info",
  delivered: "success",
  failed: "danger",
} as const satisfies Record<TSmsUsage["rows"][number]["status"], string>;

/** The range form: plain GET, so the URL holds the report and works before hydration. */
export async function SmsUsageForm({
  path,
  from,
  to,
  groupBy,
  errors,
}: {
  path: string;
  from: string;
  to: string;
  groupBy: TSmsUsage["groupBy"];
  errors: Record<string, string[]>;
}) {
  const t = await getTranslations("staffingReports.sms");
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`sms-${name}-error`} className="text-xs text-destructive">
        {errors[name]!.join(" ")}
      </p>
    ) : null;
  return (
    <form
      method="get"
      action={path}
      className="mb-6 grid gap-3 sm:flex sm:flex-wrap sm:items-end"
      aria-label={t("heading")}
    >
      <input type="hidden" name="tab" value="sms" />
      <div className="grid gap-1.5">
        <label htmlFor="sms-from" className="text-xs font-medium text-muted-foreground">
          {t("from")}
        </label>
        <Input
          id="sms-from"
          name="from"
          type="date"
          defaultValue={from}
          className="sm:w-44"
          aria-invalid={errors.from ? true : undefined}
          aria-describedby={errors.from ? "sms-from-error" : undefined}
        />
        {fieldError("from")}
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="sms-to" className="text-xs font-medium text-muted-foreground">
          {t("to")}
        </label>
        <Input
          id="sms-to"
          name="to"
          type="date"
          defaultValue={to}
          className="sm:w-44"
          aria-invalid={errors.to ? true : undefined}
          aria-describedby={errors.to ? "sms-to-error" : undefined}
        />
        {fieldError("to")}
      </div>
      <fieldset className="grid gap-1.5">
        <legend className="mb-1.5 text-xs font-medium text-muted-foreground">{t("groupBy")}</legend>
        <div className="inline-flex h-9 w-fit rounded-md border p-0.5">
          {(["day", "month"] as const).map((value) => (
            <label
              key={value}
              className="relative flex cursor-pointer items-center rounded px-3 text-sm has-[:checked]:bg-muted has-[:checked]:font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
            >
              <input
                type="radio"
                name="groupBy"
                value={value}
                defaultChecked={groupBy === value}
                className="sr-only"
              />
              {t(value)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="outline">
        {t("apply")}
      </Button>
    </form>
  );
}

export async function SmsUsageView({ usage, locale }: { usage: TSmsUsage; locale: string }) {
  const t = await getTranslations("staffingReports.sms");
  const format = await getFormatter();
  const number = new Intl.NumberFormat(locale);
  const templateName = (template: string) =>
    t.has(`templates.${template}`)
      ? t(`templates.${template}` as "templates.staffing-request")
      : template;
  const periodName = (period: string) =>
    usage.groupBy === "month"
      ? format.dateTime(new Date(`${period}-01T00:00:00Z`), {
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        })
      : format.dateTime(new Date(`${period}T00:00:00Z`), {
          weekday: "short",
          day: "numeric",
          month: "short",
          year: "numeric",
          timeZone: "UTC",
        });
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  if (usage.totals.messages === 0) {
    return (
      <EmptyState icon={MessageSquare} title={t("emptyTitle")}>
        <p>{t("emptyBody", { from: day(usage.from), to: day(usage.to) })}</p>
      </EmptyState>
    );
  }

  const maxSegments = Math.max(...usage.periods.map((period) => period.segments), 1);
  const counts = (item: { messages: number; segments: number; failed?: number }) => (
    <>
      <TableCell className={cn(NUMBER, "tabular-nums")}>{number.format(item.messages)}</TableCell>
      <TableCell className={cn(NUMBER, "tabular-nums")}>{number.format(item.segments)}</TableCell>
      {item.failed !== undefined && (
        <TableCell
          className={cn(
            NUMBER,
            "tabular-nums",
            item.failed > 0 ? "text-destructive" : "text-muted-foreground",
          )}
        >
          {number.format(item.failed)}
        </TableCell>
      )}
    </>
  );
  const countHeads = (withFailed: boolean) => (
    <>
      <TableHead className={NUMBER}>{t("messages")}</TableHead>
      <TableHead className={NUMBER}>{t("segments")}</TableHead>
      {withFailed && <TableHead className={NUMBER}>{t("failed")}</TableHead>}
    </>
  );

  return (
    <div className="grid gap-8">
      <section aria-label={t("heading")} className="grid grid-cols-3 gap-2 sm:gap-3">
        <StatCard
          icon={MessageSquare}
          label={t("messages")}
          value={number.format(usage.totals.messages)}
        />
        <StatCard
          icon={Rows3}
          label={t("segments")}
          value={number.format(usage.totals.segments)}
          note={t("segmentsNote")}
          hideNoteOnPhones
        />
        <StatCard
          icon={MessageSquareWarning}
          label={t("failed")}
          value={number.format(usage.totals.failed)}
          note={t("failedNote")}
          hideNoteOnPhones
        />
      </section>

      <section aria-labelledby="sms-periods" className="grid gap-3">
        <h2 id="sms-periods" className="text-base font-semibold">
          {usage.groupBy === "month" ? t("byPeriodMonth") : t("byPeriodDay")}
        </h2>
        <p className="-mt-2 text-xs text-muted-foreground">{t("zone", { zone: usage.timeZone })}</p>
        <Table data-testid="sms-periods">
          <TableHeader>
            <TableRow>
              <TableHead>{t("period")}</TableHead>
              <TableHead className="hidden w-1/3 md:table-cell">
                <span className="sr-only">{t("segments")}</span>
              </TableHead>
              {countHeads(true)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {usage.periods.map((period) => (
              <TableRow key={period.period}>
                <TableCell className="whitespace-nowrap">{periodName(period.period)}</TableCell>
                <TableCell className="hidden md:table-cell" aria-hidden>
                  <div className="h-2 overflow-hidden rounded-full bg-muted">
                    <div
                      className="h-full rounded-full bg-primary/70"
                      style={{ width: `${(period.segments / maxSegments) * 100}%` }}
                    />
                  </div>
                </TableCell>
                {counts(period)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="sms-templates" className="grid gap-3">
        <h2 id="sms-templates" className="text-base font-semibold">
          {t("byTemplate")}
        </h2>
        <Table data-testid="sms-templates">
          <TableHeader>
            <TableRow>
              <TableHead>{t("template")}</TableHead>
              {countHeads(true)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {usage.templates.map((item) => (
              <TableRow key={item.template}>
                <TableCell>
                  <div className="font-medium">{templateName(item.template)}</div>
                  <div className="hidden text-xs text-muted-foreground sm:block">
                    {item.template}
                  </div>
                </TableCell>
                {counts(item)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <details className="group rounded-lg border">
        <summary className="cursor-pointer select-none px-4 py-3 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          {t("details")}
        </summary>
        <div className="border-t p-3">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("period")}</TableHead>
                <TableHead>{t("template")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                {countHeads(false)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {usage.rows.map((row) => (
                <TableRow key={`${row.period}-${row.template}-${row.status}`}>
                  <TableCell className="whitespace-nowrap">{periodName(row.period)}</TableCell>
                  <TableCell>{templateName(row.template)}</TableCell>
                  <TableCell>
                    <Badge tone={STATUS_TONES[row.status]}>{t(`statuses.${row.status}`)}</Badge>
                  </TableCell>
                  {counts({ messages: row.messages, segments: row.segments })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </div>
  );
}
