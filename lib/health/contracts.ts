import { defineRoute } from "@/lib/api/contract";
import { ZJobsHealth } from "@/lib/jobs/schemas";
import { ZRealtimeHealth } from "@/lib/realtime/schemas";
import { ZAppHealth, ZDatabaseHealth } from "./schemas";

export const appHealthRoute = defineRoute({
  method: "GET",
  path: "/health",
  summary: "Application health",
  description: "Answers while the application is up, with its version and uptime.",
  tags: ["Health"],
  auth: "public",
  response: ZAppHealth,
});

export const databaseHealthRoute = defineRoute({
  method: "GET",
  path: "/health/db",
  summary: "Database health",
  description: "Runs a real query against PostgreSQL and reports its latency; 503 when it fails.",
  tags: ["Health"],
  auth: "public",
  response: ZDatabaseHealth,
  errors: [503],
});

export const jobsHealthRoute = defineRoute({
  method: "GET",
  path: "/health/jobs",
  summary: "Job queue health",
  description:
    "Queue depths, failed jobs and the oldest waiting job's age; 503 when no job worker is running.",
  tags: ["Health"],
  auth: "public",
  response: ZJobsHealth,
  errors: [503],
});

export const realtimeHealthRoute = defineRoute({
  method: "GET",
  path: "/health/realtime",
  summary: "Realtime health",
  description: "Checks that the configured Pusher-protocol server answers; 503 when it does not.",
  tags: ["Health"],
  auth: "public",
  response: ZRealtimeHealth,
  errors: [503],
});

export const healthRoutes = [
  appHealthRoute,
  databaseHealthRoute,
  jobsHealthRoute,
  realtimeHealthRoute,
];
