"use client";

import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { forgotPassword } from "@/app/(auth)/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** By email (a link) or by phone (a code, entered on the reset page). */
export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const [by, setBy] = useState<"email" | "phone">("email");
  return (
    <div className="grid gap-4">
      <div
        role="group"
        aria-label={t("by")}
        className="grid grid-cols-2 gap-1 rounded-md bg-muted p-1"
      >
        {(["email", "phone"] as const).map((option) => (
          <Button
            key={option}
            type="button"
            size="sm"
            variant={by === option ? "outline" : "ghost"}
            aria-pressed={by === option}
            onClick={() => setBy(option)}
          >
            {t(option)}
          </Button>
        ))}
      </div>
      <ActionForm
        key={by}
        action={forgotPassword}
        submitLabel={t("submit")}
        pendingLabel={t("submitting")}
        block
        success={({ message, data }) => (
          <div className="grid gap-4" role="status">
            <div className="flex items-start gap-3">
              <MailCheck className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
              <p className="text-sm">{message}</p>
            </div>
            {data.phone && (
              <Button asChild className="w-full">
                <Link href={`/reset-password?phone=${encodeURIComponent(data.phone)}`}>
                  {t("enterCode")}
                </Link>
              </Button>
            )}
          </div>
        )}
      >
        {(errors) =>
          by === "email" ? (
            <FormField label={t("email")} errors={errors?.email}>
              <Input name="email" type="email" autoComplete="email" required />
            </FormField>
          ) : (
            <FormField
              label={t("phone")}
              hint={t("phoneHint")}
              errors={errors?.phone ?? errors?.email}
            >
              <Input name="phone" type="tel" autoComplete="tel" required />
            </FormField>
          )
        }
      </ActionForm>
    </div>
  );
}
