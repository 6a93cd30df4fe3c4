"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteMyAccount } from "@/app/account/settings/actions";
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
import { Input } from "@/components/ui/input";
import { ActionForm } from "@/components/forms/action-form";

/** Must match DELETE_CONFIRMATION in the form schema (a server module). */
const CONFIRMATION = "DELETE";

/**
 * Deleting the account: a dialog that names what goes and what stays, asks for the
 * password (when there is one) and for DELETE typed out. Success signs out and leaves.
 */
export function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("settings.delete");
  const tCommon = useTranslations("common");
  const [typed, setTyped] = useState("");

  return (
    <Dialog onOpenChange={(open) => !open && setTyped("")}>
      <DialogTrigger asChild>
        <Button type="button" variant="destructive">
          <Trash2 aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent
        closeLabel={tCommon("close")}
        className="max-h-[calc(100dvh-2rem)] overflow-y-auto"
      >
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-3 text-sm">
          <div>
            <p className="font-medium">{t("lostTitle")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-muted-foreground">
              <li>{t("lost.profile")}</li>
              <li>{t("lost.signIn")}</li>
              <li>{t("lost.devices")}</li>
              <li>{t("lost.orgs")}</li>
            </ul>
          </div>
          <div>
            <p className="font-medium">{t("keptTitle")}</p>
            <p className="mt-1 text-muted-foreground">{t("kept")}</p>
          </div>
          <p className="text-muted-foreground">{t("owners")}</p>
        </div>
        <ActionForm
          action={deleteMyAccount}
          submitLabel={t("submit")}
          pendingLabel={t("submitting")}
          submitVariant="destructive"
        >
          {(errors) => (
            <>
              {hasPassword && (
                <FormField label={t("password")} errors={errors?.password}>
                  <Input name="password" type="password" autoComplete="current-password" required />
                </FormField>
              )}
              <FormField label={t("confirmLabel", { word: CONFIRMATION })} errors={errors?.confirm}>
                <Input
                  name="confirm"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                  required
                />
              </FormField>
              {typed !== CONFIRMATION && (
                <p className="text-xs text-muted-foreground">
                  {t("confirmHint", { word: CONFIRMATION })}
                </p>
              )}
            </>
          )}
        </ActionForm>
      </DialogContent>
    </Dialog>
  );
}
