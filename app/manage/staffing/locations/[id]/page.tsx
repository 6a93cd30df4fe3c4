import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { LocationForm } from "@/components/staffing/location-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getLocation, getStaffingSettings, resolvePayRules } from "@/lib/staffing";
import { loadOr404, requireStaffingOrg } from "../../staffing-context";
import { deleteStaffingLocation } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.locationForm");
  return { title: t("editTitle") };
}

export default async function EditLocationPage({ params }: { params: Promise<{ id: string }> }) {
  const { org, active } = await requireStaffingOrg("staffing.events.write");
  const { id } = await params;
  const t = await getTranslations("staffingUi.locationForm");
  const tList = await getTranslations("staffingUi.locations");
  const [location, settings] = await Promise.all([
    loadOr404(id, (locationId) => getLocation(org, locationId)),
    getStaffingSettings(org),
  ]);
  return (
    <div className="max-w-3xl">
      <BackLink href="/manage/staffing/locations" label={t("back")} />
      <PageHeader
        title={location.name}
        description={t("editDescription")}
        action={
          <DeleteDialog
            action={deleteStaffingLocation}
            id={location.id}
            triggerLabel={tList("delete.open", { name: location.name })}
            title={tList("delete.title", { name: location.name })}
            description={tList("delete.description")}
            submitLabel={tList("delete.submit")}
            redirectTo="/manage/staffing/locations"
          />
        }
      />
      <Card className="p-5 sm:p-6">
        <LocationForm
          location={location}
          orgPayRules={resolvePayRules([settings.payRules])}
          defaultTimeZone={active.timeZone}
        />
      </Card>
    </div>
  );
}
