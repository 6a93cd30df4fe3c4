import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import type { NavItem } from "./nav-link";
import { NavLink } from "./nav-link";
import { SkipLink } from "./skip-link";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

/**
 * The signed-in surfaces' frame: a left sidebar (a drawer on phones) for the dense
 * surfaces (/manage, /admin), a single column for the phone-first ones (/work, /account).
 */
export async function AppShell({
  title,
  items,
  layout,
  sidebarTop,
  topBarExtra,
  children,
}: {
  title: string;
  items: NavItem[];
  layout: "sidebar" | "column";
  /** Above the sidebar's links, e.g. the organization switcher. */
  sidebarTop?: ReactNode;
  /** In the top bar before the language and theme controls, e.g. a notification bell. */
  topBarExtra?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  const topBar = (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/85 px-2 backdrop-blur sm:gap-3 sm:px-4">
      {layout === "sidebar" ? (
        <MobileNav
          items={items}
          title={title}
          openLabel={t("openMenu")}
          closeLabel={t("closeMenu")}
          top={sidebarTop}
        />
      ) : null}
      {/* A phone's bar is too narrow for the logo beside the controls; the menu sits there. */}
      <div className={layout === "sidebar" ? "hidden sm:block md:hidden" : undefined}>
        <Logo />
      </div>
      <span className="truncate text-sm text-muted-foreground">{title}</span>
      <div className="ml-auto flex items-center gap-1 sm:gap-2">
        {topBarExtra}
        <LocaleSwitcher />
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );

  if (layout === "column") {
    return (
      <div className="min-h-dvh">
        <SkipLink />
        {topBar}
        <main id="main" className="mx-auto w-full max-w-xl px-4 py-6">
          {children}
        </main>
      </div>
    );
  }

  return (
    <div className="flex min-h-dvh">
      <SkipLink />
      <aside className="hidden w-60 shrink-0 flex-col border-r bg-muted/30 md:flex">
        <div className="flex h-14 items-center border-b px-4">
          <Logo />
        </div>
        {sidebarTop && <div className="border-b p-3">{sidebarTop}</div>}
        <nav aria-label={title} className="grid gap-1 p-3">
          {items.map((item) => (
            <NavLink key={item.href} item={item} />
          ))}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        {topBar}
        <main id="main" className="flex-1 px-4 py-6 sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
