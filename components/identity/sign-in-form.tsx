"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInWithPassword } from "@/app/(auth)/actions";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const t = useTranslations("auth.signIn");
  return (
    <ActionForm
      action={signInWithPassword}
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
      block
    >
      {(errors) => (
        <>
          {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
          <FormField label={t("email")} errors={errors?.email}>
            <Input name="email" type="email" autoComplete="email" defaultValue={email} required />
          </FormField>
          <FormField label={t("password")} errors={errors?.password}>
            <Input name="password" type="password" autoComplete="current-password" required />
          </FormField>
          <Link
            href="/forgot-password"
            className="-mt-2 justify-self-end text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
          >
            {t("forgot")}
          </Link>
        </>
      )}
    </ActionForm>
  );
}
