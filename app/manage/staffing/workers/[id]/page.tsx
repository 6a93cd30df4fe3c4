import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { WorkerForm } from "@/components/staffing/worker-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getWorker, listLaborTypes, MAX_ALTERNATE_PHONES } from "@/lib/staffing";
import { loadOr404, requireStaffingOrg } from "../../staffing-context";
import { removeStaffingWorker } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.workerForm");
  return { title: t("editTitle") };
}

export default async function EditWorkerPage({ params }: { params: Promise<{ id: string }> }) {
  const { org, viewer } = await requireStaffingOrg("staffing.events.write");
  const { id } = await params;
  const t = await getTranslations("staffingUi.workerForm");
  const tWorkers = await getTranslations("staffingUi.workers");
  const format = await getFormatter();
  const [worker, laborTypes] = await Promise.all([
    loadOr404(id, (workerId) => getWorker(org, workerId)),
    listLaborTypes(org),
  ]);
  const added = format.dateTime(new Date(worker.createdAt), {
    dateStyle: "medium",
    timeZone: viewer.user.timeZone,
  });
  return (
    <div className="max-w-3xl">
      <BackLink href="/manage/staffing/workers" label={t("back")} />
      <PageHeader
        title={worker.name}
        description={t("editDescription", { date: added })}
        action={
          <DeleteDialog
            action={removeStaffingWorker}
            id={worker.id}
            triggerLabel={tWorkers("delete.open", { name: worker.name })}
            title={tWorkers("delete.title", { name: worker.name })}
            description={tWorkers("delete.description")}
            submitLabel={tWorkers("delete.submit")}
            redirectTo="/manage/staffing/workers"
          />
        }
      />
      <Card className="p-5 sm:p-6">
        <WorkerForm worker={worker} laborTypes={laborTypes} maxAlternates={MAX_ALTERNATE_PHONES} />
      </Card>
    </div>
  );
}
