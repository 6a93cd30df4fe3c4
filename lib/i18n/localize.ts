import type { Translate, TranslationValues } from "./translator";

/**
 * Messages from the domain are translation keys, or plain text where no key fits (a
 * provider's error, a schema's own message): translate the former, keep the latter.
 * Type-only imports keep it usable in the browser without the message catalogues.
 */
export function localize(t: Translate, keyOrText: string, values?: TranslationValues): string {
  return t.has(keyOrText) ? t(keyOrText, values) : keyOrText;
}
