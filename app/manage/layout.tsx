import { LayoutDashboard } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";

export default async function ManageLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("surfaces.manage");
  return (
    <AppShell
      title={t("title")}
      layout="sidebar"
      items={[{ href: "/manage", label: t("nav.overview"), icon: <LayoutDashboard /> }]}
    >
      {children}
    </AppShell>
  );
}
