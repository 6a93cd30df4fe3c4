import { Tags } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddLaborTypeForm, LaborTypeRow } from "@/components/staffing/labor-type-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listLaborTypes } from "@/lib/staffing";
import { requireStaffingOrg } from "../staffing-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.laborTypes");
  return { title: t("title") };
}

export default async function LaborTypesPage() {
  const { org, canEdit } = await requireStaffingOrg();
  const t = await getTranslations("staffingUi.laborTypes");
  const laborTypes = await listLaborTypes(org);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        {canEdit && (
          <Card className="p-5">
            <AddLaborTypeForm />
          </Card>
        )}
        {laborTypes.length === 0 ? (
          <EmptyState icon={Tags} title={t("emptyTitle")}>
            <p>{canEdit ? t("emptyBody") : t("emptyBodyReadOnly")}</p>
          </EmptyState>
        ) : (
          <section aria-labelledby="labor-types-heading">
            <h2 id="labor-types-heading" className="mb-2 text-base font-semibold">
              {t("heading")}{" "}
              <span className="font-normal text-muted-foreground">({laborTypes.length})</span>
            </h2>
            <Card>
              <ul className="divide-y" data-testid="labor-types-list">
                {laborTypes.map((laborType) => (
                  <LaborTypeRow key={laborType.id} laborType={laborType} canEdit={canEdit} />
                ))}
              </ul>
            </Card>
          </section>
        )}
      </div>
    </div>
  );
}
