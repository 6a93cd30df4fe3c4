import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./config";
import { messagesByLocale } from "./messages";

// next-intl without locale segments in URLs: the locale comes from the visitor's choice
// (cookie; the user's profile setting once accounts exist), else Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    preferred: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
  return { locale, messages: messagesByLocale[locale], timeZone: "UTC" };
});
