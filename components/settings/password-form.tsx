"use client";

import { useTranslations } from "next-intl";
import { savePassword } from "@/app/account/settings/actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ActionForm } from "@/components/forms/action-form";

/** Change the password, or set a first one on a phone or provider-only account. */
export function PasswordForm({
  hasPassword,
  email,
}: {
  hasPassword: boolean;
  email: string | null;
}) {
  const t = useTranslations("settings.password");
  return (
    <ActionForm
      action={savePassword}
      submitLabel={hasPassword ? t("change") : t("set")}
      pendingLabel={t("saving")}
    >
      {(errors) => (
        <>
          {/* Lets password managers file the new password under the right account. */}
          {email && (
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={email}
              readOnly
              hidden
            />
          )}
          {hasPassword && (
            <FormField label={t("current")} errors={errors?.currentPassword}>
              <Input
                name="currentPassword"
                type="password"
                autoComplete="current-password"
                required
              />
            </FormField>
          )}
          <FormField label={t("new")} hint={t("newHint")} errors={errors?.newPassword}>
            <Input
              name="newPassword"
              type="password"
              autoComplete="new-password"
              minLength={10}
              maxLength={200}
              required
            />
          </FormField>
        </>
      )}
    </ActionForm>
  );
}
