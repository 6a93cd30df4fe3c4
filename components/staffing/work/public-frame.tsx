import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Logo } from "@/components/shell/logo";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";

/** The frame of pages opened without signing in (SMS links): one narrow column, no menus. */
export function PublicFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="min-h-dvh bg-muted/30">
      <SkipLink />
      <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/85 px-4 backdrop-blur">
        <Logo />
        <div className="ml-auto flex items-center gap-2">
          <LocaleSwitcher />
          <ThemeToggle />
        </div>
      </header>
      <main
        id="main"
        className={
          wide
            ? "mx-auto w-full max-w-5xl px-4 pb-16 pt-6"
            : "mx-auto w-full max-w-md px-4 pb-16 pt-6"
        }
      >
        {children}
      </main>
    </div>
  );
}
