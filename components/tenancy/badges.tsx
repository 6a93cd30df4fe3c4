import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { OrgRole } from "@/lib/tenancy/permissions";
import type { InvitationStatus } from "@/lib/tenancy/schemas";

export function RoleBadge({ role }: { role: OrgRole }) {
  const t = useTranslations("tenancy.roles");
  return <Badge tone={role === "owner" ? "info" : "neutral"}>{t(role)}</Badge>;
}

/** The same colours as every status in the product: waiting amber, done green, over grey. */
const STATUS_TONES = {
  pending: "pending",
  accepted: "success",
  expired: "neutral",
  revoked: "neutral",
} as const satisfies Record<InvitationStatus, string>;

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useTranslations("team.invitations.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
