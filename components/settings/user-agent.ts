/** What a device list can say about a session's user agent, in words people use. */
export interface DeviceSummary {
  /** "Chrome", "Safari", "Samsung Internet"… or null (an app, or an agent that does not say). */
  browser: string | null;
  /** A mobile app talking to the API rather than a browser. */
  app: boolean;
  /** "Windows", "macOS", "iOS", "Android"… or null when the agent does not say. */
  os: string | null;
  form: "desktop" | "phone" | "tablet" | null;
}

// Order matters: Edge, Opera and Samsung Internet also call themselves Chrome and Safari,
// and Chrome on iOS calls itself Safari.
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\b(OPR|Opera)\//, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\b(Chrome|CriOS|Chromium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

/** Our mobile app, and the HTTP stacks apps are built on. */
const APP_CLIENT = /\b(Callboard|okhttp|Dart|Expo|CFNetwork|Dalvik)\b/i;

const SYSTEMS: [RegExp, string][] = [
  [/\b(iPhone|iPod)\b/, "iOS"],
  [/\biPad\b/, "iPadOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\b(Macintosh|Mac OS X)\b/, "macOS"],
  [/\biOS\b/, "iOS"],
  [/\bDarwin\b/, "iOS"],
  [/\bLinux\b/, "Linux"],
];

function firstMatch(userAgent: string, table: [RegExp, string][]): string | null {
  return table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

function formFactor(userAgent: string, os: string | null): DeviceSummary["form"] {
  if (os === "iPadOS" || /\bTablet\b/.test(userAgent)) return "tablet";
  // Android tablets leave "Mobile" out of their user agent.
  if (os === "Android") return /\bMobile\b/.test(userAgent) ? "phone" : "tablet";
  if (os === "iOS" || /\bMobile\b/.test(userAgent)) return "phone";
  if (os) return "desktop";
  return null;
}

/** "Chrome" on "macOS" from a full user agent string; the version numbers are left out. */
export function summarizeUserAgent(userAgent: string | null | undefined): DeviceSummary {
  if (!userAgent) return { browser: null, app: false, os: null, form: null };
  const os = firstMatch(userAgent, SYSTEMS);
  const browser = firstMatch(userAgent, BROWSERS);
  const app = !browser && APP_CLIENT.test(userAgent);
  return { browser, app, os, form: formFactor(userAgent, os) };
}
