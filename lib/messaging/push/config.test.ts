import { describe, expect, it } from "vitest";
import webpush from "web-push";
import { ConfigError, parseEnv } from "@/lib/config/env";
import { fcmServiceAccount, webPushSettings } from "./config";

const vapid = webpush.generateVAPIDKeys();
const account = {
  type: "service_account",
  project_id: "callboard-prod",
  client_email: "push@callboard-prod.iam.gserviceaccount.com",
  private_key: "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
};

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("push configuration", () => {
  it("is off without keys", () => {
    const config = parseEnv({});
    expect(webPushSettings(config)).toBeUndefined();
    expect(fcmServiceAccount(config)).toBeUndefined();
  });

  it("signs web push with the VAPID keys, as mailto: EMAIL_FROM unless a subject is set", () => {
    const keys = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey };
    expect(
      webPushSettings(parseEnv({ ...keys, EMAIL_FROM: "Callboard <hi@callboard.app>" })),
    ).toEqual({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: "mailto:hi@callboard.app",
    });
    expect(
      webPushSettings(parseEnv({ ...keys, VAPID_SUBJECT: "https://callboard.app" }))?.subject,
    ).toBe("https://callboard.app");
  });

  it("refuses half a key pair, malformed keys and a bad subject", () => {
    expect(problemsOf({ VAPID_PUBLIC_KEY: vapid.publicKey })).toEqual([
      "VAPID_PRIVATE_KEY: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together",
    ]);
    expect(
      problemsOf({
        VAPID_PUBLIC_KEY: "abc",
        VAPID_PRIVATE_KEY: vapid.privateKey,
        VAPID_SUBJECT: "ops@callboard.app",
      }),
    ).toEqual([
      expect.stringMatching(/^VAPID_PUBLIC_KEY: must be a base64url VAPID public key/),
      "VAPID_SUBJECT: must be a mailto: or https: URL",
    ]);
  });

  it("reads the Firebase service account as JSON or as base64 of it", () => {
    const json = JSON.stringify(account);
    expect(fcmServiceAccount(parseEnv({ FIREBASE_SERVICE_ACCOUNT: json }))).toEqual(account);
    const base64 = Buffer.from(json).toString("base64");
    expect(fcmServiceAccount(parseEnv({ FIREBASE_SERVICE_ACCOUNT: base64 }))).toEqual(account);
  });

  it("refuses a service account that is not one", () => {
    expect(problemsOf({ FIREBASE_SERVICE_ACCOUNT: "not json" })).toEqual([
      "FIREBASE_SERVICE_ACCOUNT: must be service account JSON or base64 of it",
    ]);
    const withoutKey = JSON.stringify({ ...account, private_key: undefined });
    expect(problemsOf({ FIREBASE_SERVICE_ACCOUNT: withoutKey })).toEqual([
      expect.stringMatching(/^FIREBASE_SERVICE_ACCOUNT\.private_key: /),
    ]);
  });
});
