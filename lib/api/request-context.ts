import { resolveLocale } from "@/lib/i18n/config";
import { getTranslator, type Translate } from "@/lib/i18n/translator";

const INCOMING_ID = /^[\w.:-]{1,128}$/;

/** A caller's X-Request-Id is kept when it is sane, so traces join across services. */
export function requestIdFor(request: Request): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * The caller's language: the request's Accept-Language when it sends one (an app passes its
 * device or in-app choice), else the signed-in user's saved language, else English.
 */
export function apiTranslatorFor(request: Request, savedLocale?: string | null): Translate {
  const acceptLanguage = request.headers.get("accept-language");
  return getTranslator(
    acceptLanguage ? resolveLocale({ acceptLanguage }) : resolveLocale({ preferred: savedLocale }),
  );
}
