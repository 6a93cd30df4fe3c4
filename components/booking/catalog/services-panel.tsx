"use client";

import { ImagePlus, Plus, Scissors, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { formatMoney } from "@/components/staffing/format";
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
import type { TManagedBusiness } from "@/lib/booking/businesses.schemas";
import type { TCategoryNode } from "@/lib/booking/categories.schemas";
import type { TManagedService } from "@/lib/booking/catalog.schemas";
import { formatPriceInput } from "./form-values";
import {
  CategoryPicker,
  CheckboxField,
  errorsFor,
  type FormActionFn,
  imageProblem,
  LocalizedFields,
  CatalogRowActions,
  uploadImage,
  useQuietAction,
} from "./shared";

const GENDERS = ["any", "female", "male"] as const;

export interface ServiceActions {
  create: FormActionFn<TManagedService>;
  update: FormActionFn<TManagedService>;
  remove: FormActionFn<{ id: string }>;
  order: FormActionFn<string[]>;
  removeImage: FormActionFn<TManagedService>;
}

function ServiceImages({
  service,
  orgId,
  businessId,
  removeImage,
}: {
  service: TManagedService;
  orgId: string;
  businessId: string;
  removeImage: ServiceActions["removeImage"];
}) {
  const t = useTranslations("bookingCatalogUi.services");
  const tImages = useTranslations("bookingCatalogUi.images");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { run, pending } = useQuietAction(removeImage);
  async function add(files: FileList | null) {
    setError(null);
    const file = files?.[0];
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) return setError(tImages(problem === "type" ? "wrongType" : "tooLarge"));
    setBusy(true);
    const failure = await uploadImage(`/api/v1/manage/services/${service.id}/images`, orgId, file);
    setBusy(false);
    if (failure) setError(failure);
    else router.refresh();
  }
  return (
    <section className="grid gap-2" aria-label={t("images")}>
      <h3 className="text-sm font-medium">{t("images")}</h3>
      <ul className="flex flex-wrap gap-2">
        {service.images.map((image, index) => (
          <li key={image.id} className="relative">
            {/* eslint-disable-next-line @next/next/no-img-element -- stored files, any size */}
            <img
              src={image.url}
              alt={t("imageAlt", { index: index + 1 })}
              className="size-20 rounded-md border object-cover"
            />
            <Button
              type="button"
              variant="secondary"
              size="icon"
              className="absolute -right-2 -top-2 size-7"
              disabled={pending}
              aria-label={t("removeImage", { index: index + 1 })}
              onClick={() => run({ id: service.id, imageId: image.id, businessId })}
            >
              <Trash2 aria-hidden />
            </Button>
          </li>
        ))}
        <li>
          <label className="flex size-20 cursor-pointer flex-col items-center justify-center gap-1 rounded-md border border-dashed text-xs text-muted-foreground focus-within:ring-2 focus-within:ring-ring hover:bg-muted">
            <ImagePlus className="size-5" aria-hidden />
            {busy ? tImages("uploading") : tImages("add")}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp"
              className="sr-only"
              disabled={busy}
              onChange={(event) => {
                void add(event.target.files);
                event.target.value = "";
              }}
            />
          </label>
        </li>
      </ul>
      <p aria-live="polite" className="text-xs font-medium text-destructive">
        {error}
      </p>
    </section>
  );
}

function ServiceForm({
  business,
  service,
  tree,
  actions,
  onDone,
}: {
  business: TManagedBusiness;
  service: TManagedService | null;
  tree: TCategoryNode[];
  actions: ServiceActions;
  onDone: () => void;
}) {
  const t = useTranslations("bookingCatalogUi.services");
  const router = useRouter();
  const currency = service?.currency ?? business.currency;
  return (
    <ActionForm
      action={service ? actions.update : actions.create}
      fields={service ? { serviceId: service.id, currency } : { businessId: business.id, currency }}
      submitLabel={service ? t("save") : t("create")}
      onSuccess={() => {
        onDone();
        router.refresh();
      }}
      testId="service-form"
    >
      {(errors) => (
        <>
          <LocalizedFields
            name="name"
            label={t("name")}
            values={service?.translations.name}
            errors={errors}
            required
          />
          <LocalizedFields
            name="description"
            label={t("descriptionField")}
            values={service?.translations.description}
            errors={errors}
            multiline
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("duration")} errors={errorsFor(errors, "durationMinutes")}>
              <Input
                name="durationMinutes"
                type="number"
                min={5}
                step={5}
                defaultValue={service?.durationMinutes ?? 30}
              />
            </FormField>
            <FormField
              label={t("price", { currency })}
              errors={errorsFor(errors, "priceMinor")}
              hint={t("priceHint")}
            >
              <Input
                name="price"
                inputMode="decimal"
                defaultValue={service ? formatPriceInput(service.priceMinor, currency) : ""}
                data-testid="service-price"
              />
            </FormField>
            <FormField label={t("bufferAfter")} errors={errorsFor(errors, "bufferAfterMinutes")}>
              <Input
                name="bufferAfterMinutes"
                type="number"
                min={0}
                step={5}
                defaultValue={service?.bufferAfterMinutes ?? 0}
              />
            </FormField>
            <FormField label={t("gender")} errors={errorsFor(errors, "gender")}>
              {(control) => (
                <select
                  name="gender"
                  defaultValue={service?.gender ?? "any"}
                  className={`${fieldControlClass} h-9 py-1`}
                  {...control}
                >
                  {GENDERS.map((gender) => (
                    <option key={gender} value={gender}>
                      {t(`genders.${gender}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <CategoryPicker
            tree={tree}
            selected={service?.categories.map((category) => category.id) ?? []}
            errors={errors}
          />
          <CheckboxField
            name="active"
            label={t("active")}
            hint={t("activeHint")}
            defaultChecked={service?.active ?? true}
          />
        </>
      )}
    </ActionForm>
  );
}

/** The business's services: order, price, who performs them; edited in a dialog. */
export function ServicesPanel({
  business,
  services,
  employeeCount,
  tree,
  orgId,
  canEdit,
  locale,
  actions,
}: {
  business: TManagedBusiness;
  services: TManagedService[];
  employeeCount: number;
  tree: TCategoryNode[];
  orgId: string;
  canEdit: boolean;
  locale: string;
  actions: ServiceActions;
}) {
  const t = useTranslations("bookingCatalogUi.services");
  const tCommon = useTranslations("common");
  const [editing, setEditing] = useState<TManagedService | "new" | null>(null);
  const current =
    editing && editing !== "new"
      ? (services.find((service) => service.id === editing.id) ?? editing)
      : null;
  const ids = services.map((service) => service.id);
  const addButton = canEdit ? (
    <Button onClick={() => setEditing("new")} data-testid="service-add">
      <Plus aria-hidden />
      {t("add")}
    </Button>
  ) : null;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        {services.length > 0 && addButton}
      </div>
      {services.length === 0 ? (
        <EmptyState icon={Scissors} title={t("emptyTitle")} action={addButton}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <Table data-testid="services-table">
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("durationShort")}</TableHead>
              <TableHead>{t("priceShort")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("performedBy")}</TableHead>
              {canEdit && (
                <TableHead>
                  <span className="sr-only">{t("actions")}</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {services.map((service, index) => (
              <TableRow key={service.id} data-testid="service-row">
                <TableCell>
                  <div className="font-medium">{service.name}</div>
                  <div className="flex flex-wrap gap-1 pt-1">
                    {!service.active && <Badge>{t("inactive")}</Badge>}
                    <span className="text-xs text-muted-foreground sm:hidden">
                      {t("minutes", { count: service.durationMinutes })}
                    </span>
                  </div>
                </TableCell>
                <TableCell className="hidden whitespace-nowrap sm:table-cell">
                  {t("minutes", { count: service.durationMinutes })}
                  {service.bufferAfterMinutes > 0 && (
                    <span className="block text-xs text-muted-foreground">
                      {t("plusBuffer", { count: service.bufferAfterMinutes })}
                    </span>
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {formatMoney(service.priceMinor, service.currency, locale)}
                </TableCell>
                <TableCell className="hidden md:table-cell">
                  {t("employeesCount", { count: service.employeeIds.length, total: employeeCount })}
                </TableCell>
                {canEdit && (
                  <TableCell className="text-right">
                    <CatalogRowActions
                      namespace="bookingCatalogUi.services"
                      order={actions.order}
                      remove={actions.remove}
                      businessId={business.id}
                      ids={ids}
                      index={index}
                      row={service}
                      onEdit={() => setEditing(service)}
                      testId="service-delete"
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
          className="max-h-[90vh] max-w-3xl overflow-y-auto"
        >
          <DialogHeader>
            <DialogTitle>
              {current ? t("editTitle", { name: current.name }) : t("newTitle")}
            </DialogTitle>
            <DialogDescription>{t("formDescription")}</DialogDescription>
          </DialogHeader>
          {editing !== null && (
            <ServiceForm
              key={current?.id ?? "new"}
              business={business}
              service={current}
              tree={tree}
              actions={actions}
              onDone={() => setEditing(null)}
            />
          )}
          {current && (
            <ServiceImages
              service={current}
              orgId={orgId}
              businessId={business.id}
              removeImage={actions.removeImage}
            />
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}
