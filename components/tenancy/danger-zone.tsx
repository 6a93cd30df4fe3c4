"use client";

import { ArrowRightLeft, LogOut, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  deleteOrganization,
  leaveOrganization,
  transferOrgOwnership,
} from "@/app/manage/settings/organization/actions";
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
import { ActionDialog } from "./dialog-action-form";

export interface TransferCandidate {
  id: string;
  name: string;
  contact: string | null;
}

/** Hands the organization to another member; the owner steps down to admin. */
export function TransferOwnershipDialog({
  orgName,
  members,
}: {
  orgName: string;
  members: TransferCandidate[];
}) {
  const t = useTranslations("team.danger.transfer");
  const [memberId, setMemberId] = useState("");
  const chosen = members.find((member) => member.id === memberId);
  return (
    <ActionDialog
      trigger={
        <Button variant="outline" disabled={members.length === 0} data-testid="transfer-open">
          <ArrowRightLeft aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { org: orgName })}
      description={
        chosen ? t("consequence", { name: chosen.name, org: orgName }) : t("description")
      }
      action={transferOrgOwnership}
      submitLabel={t("submit")}
      submitVariant="destructive"
      submitDisabled={!chosen}
      onOpenChange={(open) => !open && setMemberId("")}
    >
      {(errors) => (
        <FormField label={t("member")} errors={errors?.memberId}>
          {(control) => (
            <Select name="memberId" value={memberId} onValueChange={setMemberId}>
              <SelectTrigger {...control}>
                <SelectValue placeholder={t("memberPlaceholder")} />
              </SelectTrigger>
              <SelectContent>
                {members.map((member) => (
                  <SelectItem key={member.id} value={member.id} textValue={member.name}>
                    {member.name}
                    {member.contact && (
                      <span className="text-muted-foreground"> · {member.contact}</span>
                    )}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
      )}
    </ActionDialog>
  );
}

/** Leaving: the service answers the last owner with what to do instead. */
export function LeaveOrgDialog({ orgName }: { orgName: string }) {
  const t = useTranslations("team.danger.leave");
  return (
    <ActionDialog
      trigger={
        <Button variant="outline" data-testid="leave-open">
          <LogOut aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { org: orgName })}
      description={t("description", { org: orgName })}
      action={leaveOrganization}
      submitLabel={t("submit")}
      submitVariant="destructive"
    />
  );
}

/** Deleting asks for the organization's name, so it cannot happen by a slip. */
export function DeleteOrgDialog({ orgName }: { orgName: string }) {
  const t = useTranslations("team.danger.delete");
  const [typed, setTyped] = useState("");
  return (
    <ActionDialog
      trigger={
        <Button variant="destructive" data-testid="delete-org-open">
          <Trash2 aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title", { org: orgName })}
      description={t("description", { org: orgName })}
      action={deleteOrganization}
      submitLabel={t("submit")}
      submitVariant="destructive"
      submitDisabled={typed.trim() !== orgName}
      onOpenChange={(open) => !open && setTyped("")}
    >
      {(errors) => (
        <FormField label={t("confirm", { org: orgName })} errors={errors?.confirmName}>
          <Input
            name="confirmName"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </FormField>
      )}
    </ActionDialog>
  );
}
