import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { LocationForm } from "@/components/staffing/location-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getStaffingSettings, resolvePayRules } from "@/lib/staffing";
import { requireStaffingOrg } from "../../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.locationForm");
  return { title: t("newTitle") };
}

export default async function NewLocationPage() {
  const { org, active } = await requireStaffingOrg("staffing.events.write");
  const t = await getTranslations("staffingUi.locationForm");
  const settings = await getStaffingSettings(org);
  return (
    <div className="max-w-3xl">
      <BackLink href="/manage/staffing/locations" label={t("back")} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="p-5 sm:p-6">
        <LocationForm
          orgPayRules={resolvePayRules([settings.payRules])}
          defaultTimeZone={active.timeZone}
        />
      </Card>
    </div>
  );
}
