import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateOrgForm } from "@/components/tenancy/create-org-form";
import { currencyOptions } from "@/components/tenancy/currencies";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale } from "@/lib/i18n/config";
import { loadManageViewer } from "../../manage-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.createOrg");
  return { title: t("title") };
}

/** Another organization, from the switcher's "Create organization". */
export default async function NewOrganizationPage() {
  const { viewer } = await loadManageViewer();
  const t = await getTranslations("team.createOrg");
  const { user } = viewer;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-xl p-6">
        <CreateOrgForm
          defaults={{
            timeZone: user.timeZone,
            currency: "USD",
            locale: isLocale(user.locale) ? user.locale : "en",
          }}
          currencies={currencyOptions(await getLocale())}
        />
      </Card>
    </>
  );
}
