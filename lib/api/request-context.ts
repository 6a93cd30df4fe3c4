import { resolveLocale } from "@/lib/i18n/config";
import { getTranslator, type Translate } from "@/lib/i18n/translator";

const INCOMING_ID = /^[\w.:-]{1,128}$/;

/** A caller's X-Request-Id is kept when it is sane, so traces join across services. */
export function requestIdFor(request: Request): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
}

export function apiTranslatorFor(request: Request): Translate {
  return getTranslator(resolveLocale({ acceptLanguage: request.headers.get("accept-language") }));
}
