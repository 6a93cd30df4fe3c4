import { CalendarX2 } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surfaces.account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const t = await getTranslations("surfaces");
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <EmptyState icon={CalendarX2} title={t("account.emptyTitle")}>
        <p>{t("account.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
