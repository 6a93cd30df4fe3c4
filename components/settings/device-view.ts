import type { TSession } from "@/lib/identity/schemas";
import { OAUTH_PROVIDER_LABELS, type OAuthProviderId } from "@/lib/identity/oauth-providers";
import type { Translate } from "@/lib/i18n/translator";
import type { DeviceView } from "./devices-list";
import { formatRelativeTime } from "./relative-time";
import { type DeviceSummary, summarizeUserAgent } from "./user-agent";

function deviceTitle(summary: DeviceSummary, kind: TSession["kind"], t: Translate): string {
  const { browser, os } = summary;
  if (summary.app || (kind === "api" && !browser)) {
    return os ? t("devices.appOn", { os }) : t("devices.app");
  }
  if (browser && os) return t("devices.browserOn", { browser, os });
  if (browser) return browser;
  if (os) return t("devices.unknownBrowserOn", { os });
  return t("devices.unknownBrowser");
}

function methodLabel(method: string, t: Translate): string {
  if (method in OAUTH_PROVIDER_LABELS) {
    return t("devices.methods.provider", {
      provider: OAUTH_PROVIDER_LABELS[method as OAuthProviderId],
    });
  }
  return t.has(`devices.methods.${method}`) ? t(`devices.methods.${method}`) : method;
}

/**
 * A session in words for the devices list: "Chrome on macOS", "Browser · Signed in with
 * Google · 203.0.113.7", "Last used 5 minutes ago" (the exact time in the user's zone on
 * hover). `t` is the `settings` namespace.
 */
export function toDeviceView(
  session: TSession,
  context: { t: Translate; now: Date; locale: string; timeZone: string },
): DeviceView {
  const { t } = context;
  const summary = summarizeUserAgent(session.userAgent);
  const lastUsed = new Date(session.lastUsedAt);
  return {
    id: session.id,
    current: session.current,
    title: deviceTitle(summary, session.kind, t),
    form: summary.form,
    details: [
      t(session.kind === "api" ? "devices.kind.api" : "devices.kind.web"),
      methodLabel(session.method, t),
      session.ip,
    ]
      .filter(Boolean)
      .join(" · "),
    lastUsed: {
      relative: formatRelativeTime(lastUsed, context.now, context.locale),
      absolute: new Intl.DateTimeFormat(context.locale, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: context.timeZone,
      }).format(lastUsed),
      iso: session.lastUsedAt,
    },
  };
}
