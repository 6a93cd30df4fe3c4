"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createAccountAndJoin, joinOrganization } from "@/app/(auth)/invite/[token]/actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ActionForm } from "@/components/forms/action-form";

/** Signed in: one button joins the organization and opens the dashboard for the role. */
export function JoinOrgForm({ token, orgName }: { token: string; orgName: string }) {
  const t = useTranslations("team.invitePage");
  return (
    <ActionForm
      action={joinOrganization}
      submitLabel={t("join", { org: orgName })}
      pendingLabel={t("joining")}
      block
    >
      {() => <input type="hidden" name="token" value={token} />}
    </ActionForm>
  );
}

/**
 * Signed out and new here: a name and a password for the invited address, which the link
 * has already proved, so no verification email follows.
 */
export function NewAccountForm({
  token,
  contact,
  contactLabel,
}: {
  token: string;
  /** The invited address, masked (the link may have been forwarded). */
  contact: string;
  contactLabel: string;
}) {
  const t = useTranslations("team.invitePage");
  const locale = useLocale();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  return (
    <ActionForm
      action={createAccountAndJoin}
      submitLabel={t("createSubmit")}
      pendingLabel={t("creating")}
      block
    >
      {(errors) => (
        <>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <FormField label={contactLabel} hint={t("contactHint")}>
            <Input value={contact} readOnly aria-readonly className="bg-muted/50" />
          </FormField>
          <FormField label={t("name")} errors={errors?.name}>
            <Input
              name="name"
              autoComplete="name"
              required
              maxLength={120}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </FormField>
          <FormField label={t("password")} hint={t("passwordHint")} errors={errors?.password}>
            <Input
              name="password"
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </FormField>
        </>
      )}
    </ActionForm>
  );
}
