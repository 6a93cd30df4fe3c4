import type { LucideIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type Surface = "account" | "work" | "manage" | "admin";

export async function surfaceMetadata(surface: Surface): Promise<Metadata> {
  const t = await getTranslations(`surfaces.${surface}`);
  return { title: t("title") };
}

/** A surface's start page before its module has content: what it is for and what fills it. */
export async function SurfaceOverview({
  surface,
  icon,
  action,
}: {
  surface: Surface;
  icon: LucideIcon;
  action?: ReactNode;
}) {
  const t = await getTranslations(`surfaces.${surface}`);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmptyState icon={icon} title={t("emptyTitle")} action={action}>
        <p>{t("emptyBody")}</p>
      </EmptyState>
    </>
  );
}
