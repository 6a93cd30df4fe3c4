"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { confirmPhone, sendPhoneCode } from "@/app/account/settings/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ActionForm } from "@/components/forms/action-form";

/**
 * Add, confirm or change the phone number in two steps: the number gets a texted code,
 * the code proves the number. The number on the account changes only after step two.
 */
export function PhoneForm({ phone, verified }: { phone: string | null; verified: boolean }) {
  const t = useTranslations("settings.phone");
  const [number, setNumber] = useState(verified ? "" : (phone ?? ""));
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null);

  if (codeSentTo) {
    return (
      <div className="grid gap-3">
        <p className="text-sm" aria-live="polite">
          {t("codeSentTo", { phone: codeSentTo })}
        </p>
        <ActionForm
          action={confirmPhone}
          submitLabel={t("confirm")}
          pendingLabel={t("confirming")}
          onSuccess={() => {
            setCodeSentTo(null);
            setNumber("");
          }}
        >
          {(errors) => (
            <>
              <input type="hidden" name="phone" value={codeSentTo} />
              <FormField
                label={t("code")}
                hint={t("codeHint")}
                errors={errors?.code ?? errors?.phone}
              >
                <Input
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="\d{6}"
                  maxLength={6}
                  required
                  className="max-w-40 font-mono tracking-widest"
                />
              </FormField>
            </>
          )}
        </ActionForm>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="link"
            size="sm"
            className="px-0"
            onClick={() => setCodeSentTo(null)}
          >
            {t("differentNumber")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <ActionForm
      action={sendPhoneCode}
      submitLabel={t("sendCode")}
      pendingLabel={t("sending")}
      onSuccess={(data) => setCodeSentTo(data.phone)}
    >
      {(errors) => (
        <FormField
          label={phone && verified ? t("newNumber") : t("number")}
          hint={t("numberHint")}
          errors={errors?.phone}
        >
          <Input
            name="phone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            required
          />
        </FormField>
      )}
    </ActionForm>
  );
}
