import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const ignored = ["**/node_modules/**", "**/.next/**", "**/.data/**", "e2e/**"];

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    env: { NODE_ENV: "test" },
    // next-auth imports "next/server" without an extension, which Node's ESM resolver
    // refuses; letting Vite transform it resolves the import as Next's bundler does.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.{ts,tsx}"],
          exclude: [...ignored, "**/*.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ignored,
          // One PostgreSQL for the run; each test file gets its own database (see setup).
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/database-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
