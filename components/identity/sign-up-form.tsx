"use client";

import { MailCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { resendVerification, signUp } from "@/app/(auth)/actions";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function SignUpForm() {
  const t = useTranslations("auth.signUp");
  return (
    <ActionForm
      action={signUp}
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
      block
      success={({ data }) => <CheckInbox email={data.email} />}
    >
      {(errors) => (
        <>
          <FormField label={t("name")} errors={errors?.name}>
            <Input name="name" autoComplete="name" required />
          </FormField>
          <FormField label={t("email")} errors={errors?.email}>
            <Input name="email" type="email" autoComplete="email" required />
          </FormField>
          <FormField label={t("password")} hint={t("passwordHint")} errors={errors?.password}>
            <Input name="password" type="password" autoComplete="new-password" required />
          </FormField>
        </>
      )}
    </ActionForm>
  );
}

function CheckInbox({ email }: { email: string }) {
  const t = useTranslations("auth.signUp");
  return (
    <div className="grid gap-4" role="status">
      <div className="flex items-start gap-3">
        <MailCheck className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
        <div>
          <p className="font-medium">{t("checkInbox")}</p>
          <p className="text-sm text-muted-foreground">{t("checkInboxBody", { email })}</p>
        </div>
      </div>
      <ActionForm
        action={resendVerification}
        submitLabel={t("resend")}
        submitVariant="outline"
        block
      >
        {() => <input type="hidden" name="email" value={email} />}
      </ActionForm>
    </div>
  );
}
