"use client";

import { UserMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { changeTeamMemberRole, removeTeamMember } from "@/app/manage/settings/team/actions";
import { Button } from "@/components/ui/button";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import type { OrgRole } from "@/lib/tenancy/permissions";
import { ActionDialog } from "./dialog-action-form";

/**
 * A member's role, changed on the spot; only roles the viewer may hand out are offered. The
 * table shows the new role at once and goes back if the server refuses.
 */
export function MemberRoleSelect({
  memberId,
  memberName,
  role,
  roles,
}: {
  memberId: string;
  memberName: string;
  role: OrgRole;
  roles: OrgRole[];
}) {
  const t = useTranslations("team.members");
  const roleNames = useTranslations("tenancy.roles");
  const [pending, startTransition] = useTransition();
  const [shown, show] = useOptimistic(role);

  function change(next: string) {
    if (next === shown) return;
    startTransition(async () => {
      show(next as OrgRole);
      const form = new FormData();
      form.set("memberId", memberId);
      form.set("role", next);
      const result = await changeTeamMemberRole(idle, form);
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message, { duration: 10_000 });
    });
  }

  return (
    <Select value={shown} onValueChange={change}>
      <SelectTrigger
        aria-label={t("roleOf", { name: memberName })}
        aria-busy={pending || undefined}
        className="h-8 w-40"
        data-testid="member-role"
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {roles.map((option) => (
          <SelectItem key={option} value={option}>
            {roleNames(option)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

export function RemoveMemberDialog({
  memberId,
  memberName,
  orgName,
}: {
  memberId: string;
  memberName: string;
  orgName: string;
}) {
  const t = useTranslations("team.members.remove");
  return (
    <ActionDialog
      trigger={
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("open", { name: memberName })}
          title={t("open", { name: memberName })}
          data-testid="member-remove"
        >
          <UserMinus aria-hidden />
        </Button>
      }
      title={t("title", { name: memberName, org: orgName })}
      description={t("description", { name: memberName })}
      action={removeTeamMember}
      fields={{ memberId }}
      submitLabel={t("submit")}
      submitVariant="destructive"
    />
  );
}
