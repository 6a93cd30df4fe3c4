"use client";

import { Pencil, UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createClientAction, updateClientAction } from "@/app/manage/bookings/clients/actions";
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
import { Input, Textarea } from "@/components/ui/input";
import type { TClient } from "@/lib/booking/clients.schemas";

/**
 * Adds a client to the business (name, email and/or phone, a private note, and whether to
 * send the invitation link), or edits one when `client` is given.
 */
export function ClientDialog({ businessId, client }: { businessId: string; client?: TClient }) {
  const t = useTranslations("bookingCommunityUi.clients");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const editing = !!client;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {editing ? (
          <Button
            variant="ghost"
            size="icon"
            aria-label={t("editNamed", { name: client.name })}
            title={t("editNamed", { name: client.name })}
          >
            <Pencil aria-hidden />
          </Button>
        ) : (
          <Button data-testid="client-add">
            <UserPlus aria-hidden />
            {t("add")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")}>
        <DialogHeader>
          <DialogTitle>{editing ? t("editTitle") : t("addTitle")}</DialogTitle>
          <DialogDescription>{editing ? t("editBody") : t("addBody")}</DialogDescription>
        </DialogHeader>
        <DialogActionForm
          action={editing ? updateClientAction : createClientAction}
          fields={editing ? { businessId, clientId: client.id } : { businessId }}
          submitLabel={editing ? t("save") : t("addSubmit")}
          onSuccess={() => {
            setOpen(false);
            router.refresh();
          }}
          testId="client-form"
        >
          {(errors) => (
            <>
              <FormField label={t("name")} errors={errors?.name}>
                <Input name="name" required maxLength={200} defaultValue={client?.name} />
              </FormField>
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField label={t("email")} labelNote={t("optional")} errors={errors?.email}>
                  <Input
                    name="email"
                    type="email"
                    maxLength={254}
                    autoComplete="off"
                    defaultValue={client?.email ?? ""}
                  />
                </FormField>
                <FormField label={t("phone")} labelNote={t("optional")} errors={errors?.phone}>
                  <Input
                    name="phone"
                    type="tel"
                    maxLength={32}
                    autoComplete="off"
                    defaultValue={client?.phone ?? ""}
                  />
                </FormField>
              </div>
              <FormField
                label={t("notes")}
                labelNote={t("optional")}
                hint={t("notesHint")}
                errors={errors?.notes}
              >
                <Textarea
                  name="notes"
                  rows={3}
                  maxLength={2000}
                  defaultValue={client?.notes ?? ""}
                />
              </FormField>
              {!editing && (
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="invite"
                    defaultChecked
                    className="mt-0.5 size-4 rounded border-input accent-primary"
                  />
                  <span>
                    <span className="font-medium">{t("invite")}</span>
                    <span className="block text-xs text-muted-foreground">{t("inviteHint")}</span>
                  </span>
                </label>
              )}
            </>
          )}
        </DialogActionForm>
      </DialogContent>
    </Dialog>
  );
}
