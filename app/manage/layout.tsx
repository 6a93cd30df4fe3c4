import { Building2, LayoutDashboard, Users } from "lucide-react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import type { NavItem } from "@/components/shell/nav-link";
import { OrgSwitcher } from "@/components/tenancy/org-switcher";
import { homeSurfaceFor } from "@/lib/tenancy/permissions";
import { loadManageViewer } from "./manage-context";

export default async function ManageLayout({ children }: { children: ReactNode }) {
  const { orgs, active } = await loadManageViewer();
  // Someone who only works shifts has nothing to manage: their surface is /work.
  if (orgs.length > 0 && !orgs.some((org) => homeSurfaceFor(org.role) === "/manage")) {
    redirect("/work");
  }
  const t = await getTranslations("surfaces.manage");
  const tTeam = await getTranslations("team.nav");
  const items: NavItem[] = [
    { href: "/manage", label: t("nav.overview"), icon: <LayoutDashboard /> },
  ];
  if (active) {
    items.push(
      { href: "/manage/settings/team", label: tTeam("team"), icon: <Users /> },
      { href: "/manage/settings/organization", label: tTeam("organization"), icon: <Building2 /> },
    );
  }
  return (
    <AppShell
      title={t("sectionLabel")}
      layout="sidebar"
      items={items}
      sidebarTop={
        active ? (
          <OrgSwitcher
            activeId={active.id}
            orgs={orgs.map(({ id, name, role }) => ({ id, name, role }))}
          />
        ) : undefined
      }
    >
      {children}
    </AppShell>
  );
}
