import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffingSettingsForm } from "@/components/staffing/staffing-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PAY_RULES, getStaffingSettings } from "@/lib/staffing";
import { requireStaffingOrg } from "../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.settings");
  return { title: t("title") };
}

export default async function StaffingSettingsPage() {
  const { org, active } = await requireStaffingOrg("staffing.events.write");
  const t = await getTranslations("staffingUi.settings");
  const settings = await getStaffingSettings(org);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("description")} />
      <StaffingSettingsForm
        settings={settings}
        builtInRules={{ ...DEFAULT_PAY_RULES }}
        orgName={active.name}
      />
    </div>
  );
}
