"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const ORDER = ["light", "dark", "system"] as const;
const ICONS = { light: Sun, dark: Moon, system: Monitor };
const LABELS = { light: "themeLight", dark: "themeDark", system: "themeSystem" } as const;

const subscribe = () => () => {};

/** Cycles light → dark → system; the label names the current choice. */
export function ThemeToggle() {
  const t = useTranslations("common");
  const { theme, setTheme } = useTheme();
  // The stored theme is only known in the browser; render the neutral icon on the server.
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const current =
    mounted && (ORDER as readonly string[]).includes(theme ?? "")
      ? (theme as (typeof ORDER)[number])
      : "system";
  const Icon = ICONS[current];
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length]!;
  return (
    <Button
      variant="ghost"
      size="icon"
      onClick={() => setTheme(next)}
      aria-label={`${t("theme")}: ${t(LABELS[current])}`}
      title={`${t("theme")}: ${t(LABELS[current])}`}
    >
      <Icon aria-hidden />
    </Button>
  );
}
