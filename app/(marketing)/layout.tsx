import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Logo } from "@/components/shell/logo";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Button } from "@/components/ui/button";

export default async function MarketingLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  const tBooking = await getTranslations("bookingUi.nav");
  const navLink =
    "rounded-md px-2 py-1 text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 sm:px-6">
          <Logo />
          <nav aria-label={t("appName")} className="flex items-center gap-2">
            <Link href="/businesses" className={`${navLink} hidden whitespace-nowrap sm:inline`}>
              {tBooking("marketplace")}
            </Link>
            <Link href="/docs" className={`${navLink} hidden sm:inline`}>
              {t("apiDocs")}
            </Link>
            <Link href="/contact" className={`${navLink} hidden sm:inline`}>
              {t("contact")}
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <LocaleSwitcher />
            <ThemeToggle />
            <Button asChild size="sm" className="hidden sm:inline-flex">
              <Link href="/manage">{t("openDashboard")}</Link>
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="flex-1">
        {children}
      </main>
      <footer className="border-t">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-muted-foreground sm:px-6">
          <p>{t("footer", { year: new Date().getFullYear() })}</p>
          <nav aria-label={t("contact")} className="flex gap-4">
            <Link href="/businesses" className="hover:text-foreground">
              {tBooking("marketplace")}
            </Link>
            <Link href="/docs" className="hover:text-foreground">
              {t("apiDocs")}
            </Link>
            <Link href="/contact" className="hover:text-foreground">
              {t("contact")}
            </Link>
          </nav>
        </div>
      </footer>
    </div>
  );
}
