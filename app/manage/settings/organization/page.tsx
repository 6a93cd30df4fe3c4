import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { currencyOptions } from "@/components/tenancy/currencies";
import {
  DeleteOrgDialog,
  LeaveOrgDialog,
  TransferOwnershipDialog,
} from "@/components/tenancy/danger-zone";
import { OrgSettingsForm } from "@/components/tenancy/org-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, getOrg, listMembers, ZListMembersQuery } from "@/lib/tenancy";
import type { ReactNode } from "react";
import { requireActiveOrg } from "../../manage-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.orgSettings");
  return { title: t("title") };
}

/** The largest page the members list serves: the transfer picker offers that many. */
const TRANSFER_CANDIDATES = 100;

export default async function OrganizationSettingsPage() {
  const { viewer, org } = await requireActiveOrg();
  const t = await getTranslations("team");
  const tCommon = await getTranslations("common");
  const details = await getOrg(org);
  const canEdit = can(org.role, "org.update");
  const canTransfer = can(org.role, "org.transfer");
  const canDelete = can(org.role, "org.delete");

  const candidates = canTransfer
    ? (await listMembers(org, ZListMembersQuery.parse({ pageSize: TRANSFER_CANDIDATES }))).items
        .filter((member) => member.userId !== viewer.user.id)
        .map((member) => ({
          id: member.id,
          name: member.name || member.email || member.phone || "",
          contact: member.email ?? member.phone,
        }))
    : [];

  return (
    <>
      <PageHeader
        title={t("orgSettings.title")}
        description={t("orgSettings.description", { org: details.name })}
      />
      <div className="grid max-w-3xl gap-8">
        <section aria-labelledby="org-general">
          <Card className="p-6">
            <h2 id="org-general" className="text-base font-semibold">
              {t("orgSettings.general")}
            </h2>
            {canEdit ? (
              <div className="mt-4">
                <OrgSettingsForm
                  initial={{
                    name: details.name,
                    slug: details.slug,
                    timeZone: details.timeZone,
                    currency: details.currency,
                    locale: details.locale,
                  }}
                  currencies={currencyOptions(await getLocale())}
                />
              </div>
            ) : (
              <>
                <p className="mt-1 text-sm text-muted-foreground">{t("orgSettings.readOnly")}</p>
                <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
                  <Detail label={t("orgFields.name")}>{details.name}</Detail>
                  <Detail label={t("orgFields.slug")}>{details.slug}</Detail>
                  <Detail label={t("orgFields.timeZone")}>{details.timeZone}</Detail>
                  <Detail label={t("orgFields.currency")}>{details.currency}</Detail>
                  <Detail label={t("orgFields.locale")}>
                    {tCommon(`localeNames.${details.locale}`)}
                  </Detail>
                </dl>
              </>
            )}
          </Card>
        </section>

        <section aria-labelledby="org-danger">
          <Card className="border-destructive/40">
            <h2 id="org-danger" className="px-6 pt-6 text-base font-semibold text-destructive">
              {t("danger.heading")}
            </h2>
            <ul className="divide-y">
              {canTransfer && (
                <DangerRow
                  title={t("danger.transfer.heading")}
                  body={
                    candidates.length > 0 ? t("danger.transfer.body") : t("danger.transfer.nobody")
                  }
                >
                  <TransferOwnershipDialog orgName={details.name} members={candidates} />
                </DangerRow>
              )}
              <DangerRow title={t("danger.leave.heading")} body={t("danger.leave.body")}>
                <LeaveOrgDialog orgName={details.name} />
              </DangerRow>
              {canDelete && (
                <DangerRow title={t("danger.delete.heading")} body={t("danger.delete.body")}>
                  <DeleteOrgDialog orgName={details.name} />
                </DangerRow>
              )}
            </ul>
          </Card>
        </section>
      </div>
    </>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </>
  );
}

function DangerRow({
  title,
  body,
  children,
}: {
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-3 px-6 py-5 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h3 className="text-sm font-medium">{title}</h3>
        <p className="mt-0.5 text-sm text-muted-foreground">{body}</p>
      </div>
      <div className="shrink-0">{children}</div>
    </li>
  );
}
