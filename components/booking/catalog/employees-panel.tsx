"use client";

import { Plus, Trash2, Upload, Users } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
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
import type { TManagedEmployee, TManagedService } from "@/lib/booking/catalog.schemas";
import {
  CheckboxField,
  errorsFor,
  type FormActionFn,
  imageProblem,
  LocalizedFields,
  CatalogRowActions,
  uploadImage,
  useQuietAction,
} from "./shared";

export interface EmployeeActions {
  create: FormActionFn<TManagedEmployee>;
  update: FormActionFn<TManagedEmployee>;
  remove: FormActionFn<{ id: string }>;
  order: FormActionFn<string[]>;
  removeAvatar: FormActionFn<TManagedEmployee>;
}

export interface MemberOption {
  userId: string;
  name: string;
}

function initials(name: string) {
  return (
    name
      .trim()
      .split(/\s+/)
      .slice(0, 2)
      .map((word) => word[0]?.toUpperCase() ?? "")
      .join("") || "?"
  );
}

function Avatar({ employee, size = "size-9" }: { employee: TManagedEmployee; size?: string }) {
  return employee.avatarUrl ? (
    // eslint-disable-next-line @next/next/no-img-element -- stored files, any size
    <img src={employee.avatarUrl} alt="" className={`${size} rounded-full object-cover`} />
  ) : (
    <span
      aria-hidden
      className={`${size} flex items-center justify-center rounded-full bg-muted text-xs font-medium`}
    >
      {initials(employee.name)}
    </span>
  );
}

function AvatarEditor({
  employee,
  orgId,
  businessId,
  removeAvatar,
}: {
  employee: TManagedEmployee;
  orgId: string;
  businessId: string;
  removeAvatar: EmployeeActions["removeAvatar"];
}) {
  const t = useTranslations("bookingCatalogUi.employees");
  const tImages = useTranslations("bookingCatalogUi.images");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { run, pending } = useQuietAction(removeAvatar);
  async function upload(file: File | undefined) {
    setError(null);
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) return setError(tImages(problem === "type" ? "wrongType" : "tooLarge"));
    setBusy(true);
    const failure = await uploadImage(
      `/api/v1/manage/employees/${employee.id}/avatar`,
      orgId,
      file,
      "PUT",
    );
    setBusy(false);
    if (failure) setError(failure);
    else router.refresh();
  }
  return (
    <section className="grid gap-2 border-t pt-4" aria-label={t("avatar")}>
      <h3 className="text-sm font-medium">{t("avatar")}</h3>
      <div className="flex flex-wrap items-center gap-3">
        <Avatar employee={employee} size="size-14" />
        <Button asChild variant="outline" size="sm">
          <label className="cursor-pointer focus-within:ring-2 focus-within:ring-ring">
            <Upload aria-hidden />
            {busy ? tImages("uploading") : t("uploadAvatar")}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp"
              className="sr-only"
              disabled={busy}
              onChange={(event) => {
                void upload(event.target.files?.[0]);
                event.target.value = "";
              }}
            />
          </label>
        </Button>
        {employee.avatarUrl && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => run({ id: employee.id, businessId })}
          >
            <Trash2 aria-hidden />
            {t("removeAvatar")}
          </Button>
        )}
      </div>
      <p aria-live="polite" className="text-xs font-medium text-destructive">
        {error}
      </p>
    </section>
  );
}

function EmployeeForm({
  businessId,
  employee,
  services,
  members,
  actions,
  onDone,
}: {
  businessId: string;
  employee: TManagedEmployee | null;
  services: TManagedService[];
  members: MemberOption[];
  actions: EmployeeActions;
  onDone: () => void;
}) {
  const t = useTranslations("bookingCatalogUi.employees");
  const router = useRouter();
  return (
    <ActionForm
      action={employee ? actions.update : actions.create}
      fields={employee ? { employeeId: employee.id } : { businessId }}
      submitLabel={employee ? t("save") : t("create")}
      onSuccess={() => {
        onDone();
        router.refresh();
      }}
      testId="employee-form"
    >
      {(errors) => (
        <>
          <FormField label={t("name")} errors={errorsFor(errors, "name")}>
            <Input name="name" defaultValue={employee?.name ?? ""} required />
          </FormField>
          <FormField
            label={t("user")}
            labelNote={t("optional")}
            hint={t("userHint")}
            errors={errorsFor(errors, "userId")}
          >
            {(control) => (
              <select
                name="userId"
                defaultValue={employee?.userId ?? ""}
                className={`${fieldControlClass} h-9 py-1`}
                {...control}
              >
                <option value="">{t("noUser")}</option>
                {members.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <LocalizedFields
            name="bio"
            label={t("bio")}
            values={employee?.translations.bio}
            errors={errors}
            multiline
          />
          <fieldset className="grid gap-1.5">
            <legend className="mb-1 text-sm font-medium">{t("services")}</legend>
            {services.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noServices")}</p>
            ) : (
              <ul className="grid gap-1 sm:grid-cols-2">
                {services.map((service) => (
                  <li key={service.id}>
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="serviceIds"
                        value={service.id}
                        defaultChecked={employee?.serviceIds.includes(service.id) ?? true}
                        className="size-4 rounded border-input"
                      />
                      {service.name}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {errorsFor(errors, "serviceIds") && (
              <p className="text-xs font-medium text-destructive" role="alert">
                {errorsFor(errors, "serviceIds")!.join(" ")}
              </p>
            )}
          </fieldset>
          <CheckboxField
            name="active"
            label={t("active")}
            hint={t("activeHint")}
            defaultChecked={employee?.active ?? true}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Who takes bookings: their services, their link to a member, their photo and order. */
export function EmployeesPanel({
  businessId,
  employees,
  services,
  members,
  orgId,
  canEdit,
  actions,
}: {
  businessId: string;
  employees: TManagedEmployee[];
  services: TManagedService[];
  members: MemberOption[];
  orgId: string;
  canEdit: boolean;
  actions: EmployeeActions;
}) {
  const t = useTranslations("bookingCatalogUi.employees");
  const tCommon = useTranslations("common");
  const [editing, setEditing] = useState<TManagedEmployee | "new" | null>(null);
  const current =
    editing && editing !== "new"
      ? (employees.find((employee) => employee.id === editing.id) ?? editing)
      : null;
  const ids = employees.map((employee) => employee.id);
  const serviceName = new Map(services.map((service) => [service.id, service.name]));
  const memberName = new Map(members.map((member) => [member.userId, member.name]));
  const addButton = canEdit ? (
    <Button onClick={() => setEditing("new")} data-testid="employee-add">
      <Plus aria-hidden />
      {t("add")}
    </Button>
  ) : null;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        {employees.length > 0 && addButton}
      </div>
      {employees.length === 0 ? (
        <EmptyState icon={Users} title={t("emptyTitle")} action={addButton}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <Table data-testid="employees-table">
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("services")}</TableHead>
              {canEdit && (
                <TableHead>
                  <span className="sr-only">{t("actions")}</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {employees.map((employee, index) => (
              <TableRow key={employee.id} data-testid="employee-row">
                <TableCell>
                  <div className="flex items-center gap-3">
                    <Avatar employee={employee} />
                    <div>
                      <div className="font-medium">{employee.name}</div>
                      <div className="flex flex-wrap gap-1 text-xs text-muted-foreground">
                        {!employee.active && <Badge>{t("inactive")}</Badge>}
                        {employee.userId && (
                          <span>
                            {t("linkedTo", {
                              name: memberName.get(employee.userId) ?? t("member"),
                            })}
                          </span>
                        )}
                      </div>
                    </div>
                  </div>
                </TableCell>
                <TableCell className="hidden text-sm md:table-cell">
                  {employee.serviceIds.length === 0
                    ? t("noneAssigned")
                    : employee.serviceIds
                        .map((id) => serviceName.get(id))
                        .filter(Boolean)
                        .join(", ")}
                </TableCell>
                {canEdit && (
                  <TableCell className="text-right">
                    <CatalogRowActions
                      namespace="bookingCatalogUi.employees"
                      order={actions.order}
                      remove={actions.remove}
                      businessId={businessId}
                      ids={ids}
                      index={index}
                      row={employee}
                      onEdit={() => setEditing(employee)}
                      testId="employee-delete"
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <DialogContent
          closeLabel={tCommon("close")}
          className="max-h-[90vh] max-w-2xl overflow-y-auto"
        >
          <DialogHeader>
            <DialogTitle>
              {current ? t("editTitle", { name: current.name }) : t("newTitle")}
            </DialogTitle>
            <DialogDescription>{t("formDescription")}</DialogDescription>
          </DialogHeader>
          {editing !== null && (
            <EmployeeForm
              key={current?.id ?? "new"}
              businessId={businessId}
              employee={current}
              services={services}
              members={members}
              actions={actions}
              onDone={() => setEditing(null)}
            />
          )}
          {current && (
            <AvatarEditor
              employee={current}
              orgId={orgId}
              businessId={businessId}
              removeAvatar={actions.removeAvatar}
            />
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}
