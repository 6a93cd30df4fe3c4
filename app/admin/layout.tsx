import { FolderTree, ShieldCheck, Star } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireWebViewer } from "@/lib/identity/web-session";
import { notFound } from "next/navigation";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireWebViewer("/admin");
  // Platform admins only; others must not learn the surface exists.
  if (!viewer.user.isPlatformAdmin) notFound();
  const t = await getTranslations("surfaces.admin");
  const tNav = await getTranslations("bookingUi.nav");
  return (
    <AppShell
      title={t("sectionLabel")}
      layout="sidebar"
      items={[
        { href: "/admin", label: t("nav.overview"), icon: <ShieldCheck /> },
        { href: "/admin/categories", label: tNav("categories"), icon: <FolderTree /> },
        { href: "/admin/ratings", label: tNav("ratings"), icon: <Star /> },
      ]}
    >
      {children}
    </AppShell>
  );
}
