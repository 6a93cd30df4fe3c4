import { CalendarDays, Heart, Search, Settings, Star, UserPlus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { InboxBell } from "@/components/booking/inbox/inbox-bell";
import { browserRealtimeConfig } from "@/components/realtime/browser-config";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { AppShell } from "@/components/shell/app-shell";
import { requireWebViewer } from "@/lib/identity/web-session";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const viewer = await requireWebViewer("/account");
  const t = await getTranslations("surfaces.account");
  const tSettings = await getTranslations("settings");
  const tNav = await getTranslations("bookingUi.nav");
  // The inbox bell listens on the person's own channel.
  return (
    <RealtimeProvider config={browserRealtimeConfig()}>
      <AppShell
        title={t("title")}
        layout="column"
        topBarExtra={<InboxBell userId={viewer.user.id} />}
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
    </RealtimeProvider>
  );
}
