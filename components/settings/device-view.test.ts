import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translator";
import type { TSession } from "@/lib/identity/schemas";
import { toDeviceView } from "./device-view";

const now = new Date("2025-03-10T12:00:00Z");

function session(overrides: Partial<TSession>): TSession {
  return {
    id: "0195c0de-0000-7000-8000-000000000001",
    kind: "web",
    method: "password",
    userAgent: null,
    ip: null,
    createdAt: "2025-03-01T08:00:00.000Z",
    lastUsedAt: "2025-03-10T11:55:00.000Z",
    current: false,
    ...overrides,
  };
}

const view = (overrides: Partial<TSession>, locale: "en" | "sq" = "en") =>
  toDeviceView(session(overrides), {
    t: getTranslator(locale, "settings"),
    now,
    locale,
    timeZone: "Europe/Tirane",
  });

const MAC_CHROME =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

describe("toDeviceView", () => {
  it("describes a browser session in words", () => {
    expect(
      view({ userAgent: MAC_CHROME, method: "google", ip: "203.0.113.7", current: true }),
    ).toEqual({
      id: "0195c0de-0000-7000-8000-000000000001",
      current: true,
      title: "Chrome on macOS",
      form: "desktop",
      details: "Browser · Signed in with Google · 203.0.113.7",
      lastUsed: {
        relative: "5 minutes ago",
        absolute: "Mar 10, 2025, 12:55 PM",
        iso: "2025-03-10T11:55:00.000Z",
      },
    });
  });

  it("names app sessions and unknown agents", () => {
    expect(view({ kind: "api", userAgent: "okhttp/4.12.0", method: "phone" })).toMatchObject({
      title: "Callboard app",
      details: "App · Signed in with a texted code",
    });
    expect(view({ kind: "api", userAgent: "Callboard/2.3.0 (Android 14; Mobile)" }).title).toBe(
      "Callboard app on Android",
    );
    expect(view({ userAgent: null }).title).toBe("Unknown browser");
    expect(view({ method: "magic-link" }).details).toBe("Browser · magic-link");
  });

  it("speaks Albanian", () => {
    expect(view({ userAgent: MAC_CHROME, method: "microsoft-entra-id" }, "sq")).toMatchObject({
      title: "Chrome në macOS",
      details: "Shfletues · Hyrje me Microsoft",
    });
  });
});
