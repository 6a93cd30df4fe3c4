"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { isLocale, DEFAULT_LOCALE } from "./config";
import type { Translate, TranslationValues } from "./translator";

/** The `api` namespace translator in the browser, so forms can run the server's validation. */
export function useApiTranslator(): Translate {
  const t = useTranslations("api");
  const locale = useLocale();
  return useMemo(
    () =>
      Object.assign((key: string, values?: TranslationValues) => t(key as never, values as never), {
        has: (key: string) => t.has(key as never),
        locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
      }),
    [t, locale],
  );
}
