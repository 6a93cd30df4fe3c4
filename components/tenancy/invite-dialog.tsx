"use client";

import { Mail, MessageSquareText, UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { inviteTeamMember } from "@/app/manage/settings/team/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import type { OrgRole } from "@/lib/tenancy/permissions";
import { cn } from "@/lib/utils/cn";
import { ActionDialog } from "./dialog-action-form";

type ContactMethod = "email" | "phone";

/**
 * Invite by email or by text message, with a role the viewer may hand out. The switch only
 * decides which field is shown; the server checks the rest.
 */
export function InviteDialog({
  orgName,
  roles,
  defaultRole,
  testId = "invite-open",
}: {
  orgName: string;
  roles: OrgRole[];
  defaultRole: OrgRole;
  testId?: string;
}) {
  const t = useTranslations("team.invite");
  const [method, setMethod] = useState<ContactMethod>("email");
  const [role, setRole] = useState<OrgRole>(defaultRole);
  // Controlled, so a correction asked by the server does not wipe what was typed.
  const [contact, setContact] = useState({ email: "", phone: "" });
  const reset = () => {
    setMethod("email");
    setRole(defaultRole);
    setContact({ email: "", phone: "" });
  };
  return (
    <ActionDialog
      trigger={
        <Button data-testid={testId}>
          <UserPlus aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { org: orgName })}
      description={t("description")}
      action={inviteTeamMember}
      submitLabel={t("submit")}
      onOpenChange={(open) => !open && reset()}
      testId="invite-form"
    >
      {(errors) => (
        <>
          <ContactMethodSwitch value={method} onChange={setMethod} />
          {method === "email" ? (
            <FormField label={t("email")} errors={errors?.email}>
              <Input
                name="email"
                type="email"
                autoComplete="off"
                required
                value={contact.email}
                onChange={(event) => setContact({ ...contact, email: event.target.value })}
              />
            </FormField>
          ) : (
            <FormField label={t("phone")} hint={t("phoneHint")} errors={errors?.phone}>
              <Input
                name="phone"
                type="tel"
                autoComplete="off"
                required
                value={contact.phone}
                onChange={(event) => setContact({ ...contact, phone: event.target.value })}
              />
            </FormField>
          )}
          <FormField label={t("role")} hint={t(`roleHints.${role}`)} errors={errors?.role}>
            {(control) => (
              <Select name="role" value={role} onValueChange={(next) => setRole(next as OrgRole)}>
                <SelectTrigger {...control} data-testid="invite-role">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {roles.map((option) => (
                    <SelectItem key={option} value={option}>
                      <RoleName role={option} />
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </FormField>
        </>
      )}
    </ActionDialog>
  );
}

function RoleName({ role }: { role: OrgRole }) {
  const t = useTranslations("tenancy.roles");
  return <>{t(role)}</>;
}

/** Two radio buttons drawn as a segmented control; arrows move between them. */
function ContactMethodSwitch({
  value,
  onChange,
}: {
  value: ContactMethod;
  onChange: (method: ContactMethod) => void;
}) {
  const t = useTranslations("team.invite");
  const labelId = useId();
  const options = [
    { value: "email", label: t("byEmail"), icon: Mail },
    { value: "phone", label: t("byPhone"), icon: MessageSquareText },
  ] as const;
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="grid gap-1.5">
      <span id={labelId} className="text-sm font-medium leading-none">
        {t("method")}
      </span>
      <div className="grid grid-cols-2 gap-1 rounded-md border bg-muted/40 p-1">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex h-9 cursor-pointer items-center justify-center gap-2 rounded-sm text-sm font-medium transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              value === option.value
                ? "bg-background text-foreground shadow-xs"
                : "text-muted-foreground hover:text-foreground",
            )}
          >
            <input
              type="radio"
              name="contactMethod"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            <option.icon className="size-4" aria-hidden />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
