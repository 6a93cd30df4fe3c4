import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surfaces.admin");
  return { title: t("title") };
}

export default async function AdminPage() {
  const t = await getTranslations("surfaces");
  return (
    <>
      <PageHeader title={t("admin.title")} description={t("admin.description")} />
      <EmptyState icon={Inbox} title={t("admin.emptyTitle")}>
        <p>{t("admin.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
