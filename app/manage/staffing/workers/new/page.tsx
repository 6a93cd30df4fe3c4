import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { WorkerForm } from "@/components/staffing/worker-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listLaborTypes, MAX_ALTERNATE_PHONES } from "@/lib/staffing";
import { requireStaffingOrg } from "../../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.workerForm");
  return { title: t("newTitle") };
}

export default async function NewWorkerPage() {
  const { org } = await requireStaffingOrg("staffing.events.write");
  const t = await getTranslations("staffingUi.workerForm");
  const laborTypes = await listLaborTypes(org);
  return (
    <div className="max-w-3xl">
      <BackLink href="/manage/staffing/workers" label={t("back")} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="p-5 sm:p-6">
        <WorkerForm laborTypes={laborTypes} maxAlternates={MAX_ALTERNATE_PHONES} />
      </Card>
    </div>
  );
}
