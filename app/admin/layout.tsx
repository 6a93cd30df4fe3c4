import { ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("surfaces.admin");
  return (
    <AppShell
      title={t("title")}
      layout="sidebar"
      items={[{ href: "/admin", label: t("nav.overview"), icon: <ShieldCheck /> }]}
    >
      {children}
    </AppShell>
  );
}
