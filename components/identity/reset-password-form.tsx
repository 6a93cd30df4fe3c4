"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { chooseNewPassword } from "@/app/(auth)/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function ResetPasswordForm({ token, phone }: { token?: string; phone?: string }) {
  const t = useTranslations("auth.reset");
  return (
    <ActionForm
      action={chooseNewPassword}
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
      block
      success={({ message }) => (
        <div className="grid gap-4" role="status">
          <div className="flex items-start gap-3">
            <CircleCheck className="mt-0.5 size-5 shrink-0 text-success" aria-hidden />
            <p className="text-sm">{message}</p>
          </div>
          <Button asChild className="w-full">
            <Link href="/sign-in">{t("signIn")}</Link>
          </Button>
        </div>
      )}
    >
      {(errors) => (
        <>
          {token && <input type="hidden" name="token" value={token} />}
          {errors?.token && (
            <p role="alert" className="text-sm text-destructive">
              {errors.token.join(" ")}
            </p>
          )}
          {!token && (
            <>
              <FormField label={t("phone")} errors={errors?.phone}>
                <Input name="phone" type="tel" autoComplete="tel" defaultValue={phone} required />
              </FormField>
              <FormField label={t("code")} errors={errors?.code}>
                <Input
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  className="font-mono tracking-widest"
                />
              </FormField>
            </>
          )}
          <FormField label={t("password")} hint={t("passwordHint")} errors={errors?.password}>
            <Input name="password" type="password" autoComplete="new-password" required />
          </FormField>
        </>
      )}
    </ActionForm>
  );
}
