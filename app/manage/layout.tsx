import {
  BarChart3,
  Building2,
  CalendarClock,
  CalendarDays,
  Contact,
  List,
  Star,
  Store,
  UserPlus,
  ClipboardList,
  HardHat,
  LayoutDashboard,
  MapPin,
  SlidersHorizontal,
  Tags,
  Users,
} from "lucide-react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { browserRealtimeConfig } from "@/components/realtime/browser-config";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { AppShell } from "@/components/shell/app-shell";
import { StaffingBell } from "@/components/staffing/staffing-bell";
import { InboxBell } from "@/components/booking/inbox/inbox-bell";
import type { NavItem } from "@/components/shell/nav-link";
import { OrgSwitcher } from "@/components/tenancy/org-switcher";
import { can, homeSurfaceFor, type OrgRole } from "@/lib/tenancy/permissions";
import { loadManageViewer } from "./manage-context";

export default async function ManageLayout({ children }: { children: ReactNode }) {
  const { viewer, orgs, active } = await loadManageViewer();
  // Someone who only works shifts has nothing to manage: their surface is /work.
  if (orgs.length > 0 && !orgs.some((org) => homeSurfaceFor(org.role) === "/manage")) {
    redirect("/work");
  }
  const t = await getTranslations("surfaces.manage");
  const tTeam = await getTranslations("team.nav");
  const items: NavItem[] = [
    { href: "/manage", label: t("nav.overview"), icon: <LayoutDashboard /> },
  ];
  if (active) items.push(...(await staffingNavItems(active.role)));
  if (active) items.push(...(await bookingNavItems(active.role)));
  if (active) {
    items.push(
      { href: "/manage/settings/team", label: tTeam("team"), icon: <Users /> },
      { href: "/manage/settings/organization", label: tTeam("organization"), icon: <Building2 /> },
    );
  }
  const shell = (
    <AppShell
      title={t("sectionLabel")}
      layout="sidebar"
      items={items}
      topBarExtra={
        active ? (
          <>
            <StaffingBell org={active} userId={viewer.user.id} />
            {/* Booking notices for business members land in the person's own inbox. */}
            <InboxBell userId={viewer.user.id} surface="manage" />
          </>
        ) : undefined
      }
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
  // Live screens (staffing counters, the notification bell) listen on the org's channel.
  return active ? (
    <RealtimeProvider config={browserRealtimeConfig()}>{shell}</RealtimeProvider>
  ) : (
    shell
  );
}

/**
 * The staffing section for roles that may read it. Stewards run only the events they are
 * assigned to, so they get the dashboard and events; the catalogues and settings are for
 * those who may change them.
 */
async function staffingNavItems(role: OrgRole): Promise<NavItem[]> {
  if (!can(role, "staffing.read")) return [];
  const t = await getTranslations("staffingUi.nav");
  const base = "/manage/staffing";
  const items: NavItem[] = [
    { href: base, label: t("dashboard"), icon: <ClipboardList /> },
    { href: `${base}/events`, label: t("events"), icon: <CalendarDays />, matchNested: true },
  ];
  if (can(role, "staffing.events.write")) {
    items.push(
      { href: `${base}/workers`, label: t("workers"), icon: <HardHat />, matchNested: true },
      { href: `${base}/locations`, label: t("locations"), icon: <MapPin />, matchNested: true },
      { href: `${base}/labor-types`, label: t("laborTypes"), icon: <Tags />, matchNested: true },
      { href: `${base}/reports`, label: t("reports"), icon: <BarChart3 />, matchNested: true },
      {
        href: `${base}/settings`,
        label: t("settings"),
        icon: <SlidersHorizontal />,
        matchNested: true,
      },
    );
  }
  return items;
}

/** The bookings section: the calendar and list for everyone who may read bookings, the
 * catalogue, clients, ratings and applications for those who run the business. */
async function bookingNavItems(role: OrgRole): Promise<NavItem[]> {
  if (!can(role, "bookings.read")) return [];
  const t = await getTranslations("bookingUi.nav");
  const base = "/manage/bookings";
  const items: NavItem[] = [
    { href: base, label: t("calendar"), icon: <CalendarClock /> },
    { href: `${base}/list`, label: t("bookings"), icon: <List />, matchNested: true },
  ];
  if (can(role, "bookings.write")) {
    items.push(
      { href: `${base}/clients`, label: t("clients"), icon: <Contact />, matchNested: true },
      { href: `${base}/businesses`, label: t("businesses"), icon: <Store />, matchNested: true },
      { href: `${base}/ratings`, label: t("ratings"), icon: <Star />, matchNested: true },
      {
        href: `${base}/applications`,
        label: t("applications"),
        icon: <UserPlus />,
        matchNested: true,
      },
    );
  }
  return items;
}
