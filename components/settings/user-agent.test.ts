import { describe, expect, it } from "vitest";
import { summarizeUserAgent } from "./user-agent";

const AGENTS = {
  chromeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  chromeIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
  chromeAndroidPhone:
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  samsungTablet:
    "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Safari/537.36",
  safariIpad:
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  chromebook:
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  operaMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 OPR/111.0.0.0",
};

describe("summarizeUserAgent", () => {
  it.each([
    ["chromeWindows", "Chrome", "Windows", "desktop"],
    ["edgeWindows", "Edge", "Windows", "desktop"],
    ["safariMac", "Safari", "macOS", "desktop"],
    ["firefoxLinux", "Firefox", "Linux", "desktop"],
    ["safariIphone", "Safari", "iOS", "phone"],
    ["chromeIphone", "Chrome", "iOS", "phone"],
    ["chromeAndroidPhone", "Chrome", "Android", "phone"],
    ["samsungTablet", "Samsung Internet", "Android", "tablet"],
    ["safariIpad", "Safari", "iPadOS", "tablet"],
    ["chromebook", "Chrome", "ChromeOS", "desktop"],
    ["operaMac", "Opera", "macOS", "desktop"],
  ] as const)("%s → %s on %s (%s)", (agent, browser, os, form) => {
    expect(summarizeUserAgent(AGENTS[agent])).toEqual({ browser, app: false, os, form });
  });

  it("recognises mobile app clients", () => {
    expect(summarizeUserAgent("okhttp/4.12.0")).toEqual({
      browser: null,
      app: true,
      os: null,
      form: null,
    });
    expect(summarizeUserAgent("Callboard/2.3.0 (iOS 17.5; iPhone15,2)")).toEqual({
      browser: null,
      app: true,
      os: "iOS",
      form: "phone",
    });
    expect(summarizeUserAgent("Callboard/2.3.0 CFNetwork/1494.0.7 Darwin/23.4.0")).toMatchObject({
      app: true,
      os: "iOS",
    });
  });

  it("says nothing it cannot tell", () => {
    const nothing = { browser: null, app: false, os: null, form: null };
    expect(summarizeUserAgent(null)).toEqual(nothing);
    expect(summarizeUserAgent("vitest")).toEqual(nothing);
    expect(summarizeUserAgent("curl/8.5.0")).toEqual(nothing);
  });
});
