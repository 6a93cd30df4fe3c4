import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { WorkerImport } from "@/components/staffing/worker-import";
import { PageHeader } from "@/components/ui/page-header";
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from "@/lib/staffing";
import { requireStaffingOrg } from "../../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.import");
  return { title: t("title") };
}

export default async function ImportWorkersPage() {
  await requireStaffingOrg("staffing.events.write");
  const t = await getTranslations("staffingUi.import");
  return (
    <div className="max-w-5xl">
      <BackLink href="/manage/staffing/workers" label={t("back")} />
      <PageHeader title={t("title")} description={t("description")} />
      <WorkerImport maxBytes={MAX_IMPORT_CHARS} maxRows={MAX_IMPORT_ROWS} />
    </div>
  );
}
