// Imported first by command-line entry points so `.env*` files are loaded (as Next.js
// loads them) before any module reads the configuration.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", {
  info: () => {},
  error: console.error,
});
