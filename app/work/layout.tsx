import { Clock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireWebViewer } from "@/lib/identity/web-session";

export default async function WorkLayout({ children }: { children: ReactNode }) {
  await requireWebViewer("/work");
  const t = await getTranslations("surfaces.work");
  return (
    <AppShell
      title={t("title")}
      layout="column"
      items={[{ href: "/work", label: t("nav.overview"), icon: <Clock /> }]}
    >
      {children}
    </AppShell>
  );
}
