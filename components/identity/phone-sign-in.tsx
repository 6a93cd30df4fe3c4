"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendPhoneSignInCode, signInWithPhone } from "@/app/(auth)/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** Two steps on one page: the number, then the texted code (and a name for new numbers). */
export function PhoneSignIn({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth.phone");
  const [phone, setPhone] = useState<string | null>(null);

  if (!phone) {
    return (
      <ActionForm
        action={sendPhoneSignInCode}
        submitLabel={t("sendCode")}
        pendingLabel={t("sending")}
        block
        onSuccess={(data) => setPhone(data.phone)}
      >
        {(errors) => (
          <FormField label={t("phone")} hint={t("phoneHint")} errors={errors?.phone}>
            <Input name="phone" type="tel" autoComplete="tel" required />
          </FormField>
        )}
      </ActionForm>
    );
  }

  return (
    <div className="grid gap-4">
      <p className="text-sm" aria-live="polite">
        {t("codeSentTo", { phone })}{" "}
        <Button variant="link" className="h-auto p-0" onClick={() => setPhone(null)}>
          {t("changeNumber")}
        </Button>
      </p>
      <ActionForm
        action={signInWithPhone}
        submitLabel={t("submit")}
        pendingLabel={t("submitting")}
        block
      >
        {(errors) => (
          <>
            <input type="hidden" name="phone" value={phone} />
            {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
            <FormField label={t("code")} errors={errors?.code ?? errors?.phone}>
              <Input
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                autoFocus
                required
                className="font-mono tracking-widest"
              />
            </FormField>
            <FormField label={t("name")} labelNote={t("nameNote")} errors={errors?.name}>
              <Input name="name" autoComplete="name" />
            </FormField>
          </>
        )}
      </ActionForm>
    </div>
  );
}
