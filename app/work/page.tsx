import { CalendarClock } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surfaces.work");
  return { title: t("title") };
}

export default async function WorkPage() {
  const t = await getTranslations("surfaces");
  return (
    <>
      <PageHeader title={t("work.title")} description={t("work.description")} />
      <EmptyState icon={CalendarClock} title={t("work.emptyTitle")}>
        <p>{t("work.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
