import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers here: use the system Chromium.
const chromium =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(existsSync);
if (!chromium) {
  console.error(
    "No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "browser", testIgnore: /api\//, use: { ...devices["Desktop Chrome"] } },
    { name: "api", testMatch: /api\/.*\.spec\.ts/ },
  ],
  // The production build (`npm run build` first), started the way `npm start` starts it,
  // with a database of its own so it never touches development data.
  webServer: [
    {
      // A fresh database every run: rate-limit counters and earlier runs' rows never leak in.
      command:
        "node -e \"require('fs').rmSync('.data/postgres-e2e',{recursive:true,force:true})\" && " +
        "node --import tsx lib/runtime/launch.ts start",
      url: `${baseURL}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        PORT: String(port),
        EMBEDDED_PG_DIR: ".data/postgres-e2e",
        EMBEDDED_PG_PORT: String(port + 51_231),
        LOG_LEVEL: "warn",
        // Production build, staging-like: messages stay in the outbox the tests read.
        OUTBOX_ENABLED: "true",
        REALTIME_DEV_PORT: String(port + 3_000),
        APP_URL: baseURL,
        AUTH_SECRET: "e2e-auth-secret-at-least-thirty-two-characters",
        // Signs the inbound SMS webhooks the tests send (e2e/support/sms.ts); without an
        // account SID texts still go to the outbox.
        TWILIO_AUTH_TOKEN: "e2e-twilio-auth-token",
        // "Microsoft" is the local OpenID provider below: next-auth's Entra ID code path.
        AUTH_MICROSOFT_ENTRA_ID_ID: "callboard-e2e",
        AUTH_MICROSOFT_ENTRA_ID_SECRET: "callboard-e2e-secret",
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: `http://localhost:${port + 90}`,
      },
    },
    {
      command: "node --import tsx e2e/support/oidc-provider.ts",
      url: `http://localhost:${port + 90}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: { OIDC_PORT: String(port + 90), APP_URL: baseURL },
    },
  ],
});
