import { Building2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surfaces.manage");
  return { title: t("title") };
}

export default async function ManagePage() {
  const t = await getTranslations("surfaces");
  return (
    <>
      <PageHeader title={t("manage.title")} description={t("manage.description")} />
      <EmptyState
        icon={Building2}
        title={t("manage.emptyTitle")}
        action={
          <Link href="/docs" className="text-sm font-medium text-primary hover:underline">
            {t("readDocs")}
          </Link>
        }
      >
        <p>{t("manage.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
