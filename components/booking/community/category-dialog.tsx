"use client";

import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createCategoryAction, updateCategoryAction } from "@/app/admin/categories/actions";
import { DialogActionForm } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input } from "@/components/ui/input";
import type { TAdminCategory } from "@/lib/booking/categories.schemas";
import { cn } from "@/lib/utils/cn";
import { CategoryIcon, isKnownIcon } from "./category-icon";

export interface ParentOption {
  id: string;
  label: string;
}

/**
 * Creates a category, or edits `category`: names in English and Albanian side by side, the
 * slug (made from the English name when left empty), a lucide icon with a live preview,
 * the parent and the sort order.
 */
export function CategoryDialog({
  category,
  parents,
}: {
  category?: TAdminCategory;
  /** Every category that may be the parent (the edited one left out), indented by depth. */
  parents: ParentOption[];
}) {
  const t = useTranslations("bookingCommunityUi.categories");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [icon, setIcon] = useState(category?.icon ?? "");
  const editing = !!category;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setIcon(category?.icon ?? "");
      }}
    >
      <DialogTrigger asChild>
        {editing ? (
          <Button
            variant="ghost"
            size="icon"
            aria-label={t("editNamed", { name: category.name })}
            title={t("editNamed", { name: category.name })}
          >
            <Pencil aria-hidden />
          </Button>
        ) : (
          <Button data-testid="category-add">
            <Plus aria-hidden />
            {t("add")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")} className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{editing ? t("editTitle") : t("addTitle")}</DialogTitle>
          <DialogDescription>{t("formBody")}</DialogDescription>
        </DialogHeader>
        <DialogActionForm
          action={editing ? updateCategoryAction : createCategoryAction}
          fields={editing ? { id: category.id } : {}}
          submitLabel={editing ? t("save") : t("create")}
          onSuccess={() => {
            setOpen(false);
            router.refresh();
          }}
          testId="category-form"
        >
          {(errors) => (
            <>
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField label={t("nameEn")} errors={errors?.["name.en"] ?? errors?.name}>
                  <Input
                    name="name.en"
                    required
                    maxLength={100}
                    lang="en"
                    defaultValue={category?.translations.name.en}
                  />
                </FormField>
                <FormField
                  label={t("nameSq")}
                  labelNote={t("optional")}
                  errors={errors?.["name.sq"]}
                >
                  <Input
                    name="name.sq"
                    maxLength={100}
                    lang="sq"
                    defaultValue={category?.translations.name.sq ?? ""}
                  />
                </FormField>
              </div>
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField
                  label={t("slug")}
                  labelNote={editing ? undefined : t("optional")}
                  hint={t("slugHint")}
                  errors={errors?.slug}
                >
                  <Input name="slug" maxLength={80} defaultValue={category?.slug ?? ""} />
                </FormField>
                <FormField
                  label={t("icon")}
                  labelNote={t("optional")}
                  hint={t("iconHint")}
                  errors={errors?.icon}
                >
                  {(control) => (
                    <div className="flex items-center gap-2">
                      <span
                        className="flex size-9 shrink-0 items-center justify-center rounded-md border"
                        title={icon && !isKnownIcon(icon) ? t("iconUnknown") : undefined}
                      >
                        <CategoryIcon name={icon || null} className="text-foreground" />
                      </span>
                      <Input
                        {...control}
                        name="icon"
                        maxLength={60}
                        value={icon}
                        onChange={(event) => setIcon(event.target.value.trim().toLowerCase())}
                        placeholder="scissors"
                      />
                    </div>
                  )}
                </FormField>
              </div>
              <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
                <FormField label={t("parent")} errors={errors?.parentId}>
                  <select
                    name="parentId"
                    defaultValue={category?.parentId ?? ""}
                    className={cn(fieldControlClass, "h-9 py-1")}
                  >
                    <option value="">{t("noParent")}</option>
                    {parents.map((parent) => (
                      <option key={parent.id} value={parent.id}>
                        {parent.label}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField label={t("position")} errors={errors?.position}>
                  <Input
                    name="position"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={10000}
                    defaultValue={category?.position ?? 0}
                  />
                </FormField>
              </div>
            </>
          )}
        </DialogActionForm>
      </DialogContent>
    </Dialog>
  );
}
