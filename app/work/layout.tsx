import { CalendarClock, History, Inbox } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { WorkTabs } from "@/components/staffing/work/work-tabs";
import { requireWebViewer } from "@/lib/identity/web-session";

export default async function WorkLayout({ children }: { children: ReactNode }) {
  await requireWebViewer("/work");
  const t = await getTranslations("surfaces.work");
  const tabs = await getTranslations("workPages.tabs");
  const items = [
    { href: "/work", label: tabs("requests"), icon: <Inbox /> },
    { href: "/work/schedule", label: tabs("schedule"), icon: <CalendarClock /> },
    { href: "/work/history", label: tabs("history"), icon: <History /> },
  ];
  return (
    <AppShell title={t("title")} layout="column" items={items}>
      <WorkTabs label={tabs("label")} items={items.map(({ href, label }) => ({ href, label }))} />
      {children}
    </AppShell>
  );
}
