"use client";

import { RotateCw, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { resendTeamInvitation, revokeTeamInvitation } from "@/app/manage/settings/team/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import { ActionDialog } from "./dialog-action-form";

/** Resend (new link, 7 more days) right away; revoking asks first. */
export function InvitationActions({
  invitationId,
  contact,
}: {
  invitationId: string;
  contact: string;
}) {
  const t = useTranslations("team.invitations");
  const [pending, startTransition] = useTransition();

  function resend() {
    startTransition(async () => {
      const form = new FormData();
      form.set("invitationId", invitationId);
      const result = await resendTeamInvitation(idle, form);
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message, { duration: 10_000 });
    });
  }

  return (
    <div className="flex justify-end gap-1">
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        onClick={resend}
        aria-label={t("resendFor", { contact })}
        data-testid="invitation-resend"
      >
        {!pending && <RotateCw aria-hidden />}
        <span className="hidden sm:inline">{t("resend")}</span>
      </Button>
      <ActionDialog
        trigger={
          <Button
            variant="ghost"
            size="sm"
            aria-label={t("revokeFor", { contact })}
            data-testid="invitation-revoke"
          >
            <X aria-hidden />
            <span className="hidden sm:inline">{t("revoke")}</span>
          </Button>
        }
        title={t("revokeTitle", { contact })}
        description={t("revokeDescription")}
        action={revokeTeamInvitation}
        fields={{ invitationId }}
        submitLabel={t("revokeSubmit")}
        submitVariant="destructive"
      />
    </div>
  );
}
