"use client";

import { CalendarOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { errorsFor, type FormActionFn } from "./shared";

export interface TimeOffRow {
  id: string;
  employeeId: string | null;
  /** Already formatted in the business's zone. */
  period: string;
  reason: string | null;
}

/** Closures of the whole business and employees' time off, dated in the business's zone. */
export function TimeOffPanel<C>({
  businessId,
  timeZone,
  rows,
  employees,
  canEdit,
  create,
  remove,
}: {
  businessId: string;
  timeZone: string;
  rows: TimeOffRow[];
  employees: { id: string; name: string }[];
  canEdit: boolean;
  create: FormActionFn<C>;
  remove: FormActionFn<{ id: string }>;
}) {
  const t = useTranslations("bookingCatalogUi.timeOff");
  const router = useRouter();
  const names = new Map(employees.map((employee) => [employee.id, employee.name]));
  return (
    <div className="grid gap-6">
      {canEdit && (
        <Card className="p-4 sm:p-6">
          <h2 className="mb-1 text-base font-semibold">{t("addTitle")}</h2>
          <p className="mb-4 text-sm text-muted-foreground">{t("addBody", { zone: timeZone })}</p>
          <ActionForm
            action={create}
            fields={{ businessId }}
            submitLabel={t("add")}
            onSuccess={() => router.refresh()}
            testId="time-off-form"
          >
            {(errors) => (
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField label={t("who")} errors={errorsFor(errors, "employeeId")}>
                  {(control) => (
                    <select
                      name="employeeId"
                      defaultValue=""
                      className={`${fieldControlClass} h-9 py-1`}
                      {...control}
                    >
                      <option value="">{t("wholeBusiness")}</option>
                      {employees.map((employee) => (
                        <option key={employee.id} value={employee.id}>
                          {employee.name}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField
                  label={t("reason")}
                  labelNote={t("optional")}
                  errors={errorsFor(errors, "reason")}
                >
                  <Input name="reason" maxLength={300} />
                </FormField>
                <FormField label={t("startsAt")} errors={errorsFor(errors, "startsAt")}>
                  <Input name="startsAt" type="datetime-local" required />
                </FormField>
                <FormField label={t("endsAt")} errors={errorsFor(errors, "endsAt")}>
                  <Input name="endsAt" type="datetime-local" required />
                </FormField>
              </div>
            )}
          </ActionForm>
        </Card>
      )}
      {rows.length === 0 ? (
        <EmptyState icon={CalendarOff} title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <Table data-testid="time-off-table">
          <TableHeader>
            <TableRow>
              <TableHead>{t("period")}</TableHead>
              <TableHead>{t("who")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("reason")}</TableHead>
              {canEdit && (
                <TableHead>
                  <span className="sr-only">{t("actions")}</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const who = row.employeeId ? (names.get(row.employeeId) ?? "—") : t("wholeBusiness");
              return (
                <TableRow key={row.id} data-testid="time-off-row">
                  <TableCell className="text-sm">{row.period}</TableCell>
                  <TableCell className="text-sm">{who}</TableCell>
                  <TableCell className="hidden text-sm text-muted-foreground sm:table-cell">
                    {row.reason ?? "—"}
                  </TableCell>
                  {canEdit && (
                    <TableCell className="text-right">
                      <DeleteDialog
                        action={remove}
                        id={row.id}
                        compact
                        title={t("delete.title")}
                        description={t("delete.description", { who, period: row.period })}
                        submitLabel={t("delete.submit")}
                        triggerLabel={t("delete.open", { who, period: row.period })}
                      />
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
