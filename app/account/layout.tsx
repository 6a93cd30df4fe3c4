import { CalendarDays, Heart, Search, Settings, Star, UserPlus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireWebViewer } from "@/lib/identity/web-session";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireWebViewer("/account");
  const t = await getTranslations("surfaces.account");
  const tSettings = await getTranslations("settings");
  const tNav = await getTranslations("bookingUi.nav");
  return (
    <AppShell
      title={t("title")}
      layout="column"
      items={[
        { href: "/account", label: t("nav.overview"), icon: <CalendarDays /> },
        { href: "/businesses", label: tNav("marketplace"), icon: <Search /> },
        { href: "/account/favorites", label: tNav("favorites"), icon: <Heart /> },
        { href: "/account/ratings", label: tNav("myRatings"), icon: <Star /> },
        { href: "/account/applications", label: tNav("myApplications"), icon: <UserPlus /> },
        { href: "/account/settings", label: tSettings("navLabel"), icon: <Settings /> },
      ]}
    >
      {children}
    </AppShell>
  );
}
