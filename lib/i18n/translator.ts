import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { messagesByLocale } from "./messages";

export type TranslationValues = Record<string, string | number>;

export interface Translate {
  (key: string, values?: TranslationValues): string;
  has(key: string): boolean;
  locale: Locale;
}

const cache = new Map<string, Translate>();

/**
 * A translator for code outside React (API handlers, validation, emails). Keys are dotted
 * paths below `namespace`; a missing key is a programming error and throws in tests.
 */
export function getTranslator(locale: Locale, namespace = "api"): Translate {
  const cacheKey = `${locale}:${namespace}`;
  const found = cache.get(cacheKey);
  if (found) return found;
  const t = createTranslator({
    locale,
    messages: messagesByLocale[locale],
    namespace: namespace as never,
  }) as unknown as {
    (key: string, values?: TranslationValues): string;
    has(key: string): boolean;
  };
  const translate = Object.assign((key: string, values?: TranslationValues) => t(key, values), {
    has: (key: string) => t.has(key),
    locale,
  });
  cache.set(cacheKey, translate);
  return translate;
}
