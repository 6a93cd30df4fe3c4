"use client";

import { useTranslations } from "next-intl";
import { submitSecondFactor } from "@/app/(auth)/actions";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function TwoFactorForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.twoFactor");
  return (
    <ActionForm
      action={submitSecondFactor}
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
      block
    >
      {(errors) => (
        <>
          {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
          <FormField label={t("code")} hint={t("codeHint")} errors={errors?.code}>
            <Input
              name="code"
              inputMode="text"
              autoComplete="one-time-code"
              autoFocus
              required
              className="font-mono tracking-widest"
            />
          </FormField>
        </>
      )}
    </ActionForm>
  );
}
