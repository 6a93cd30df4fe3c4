import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";

// A folder only root can enter, like a project cloned under /root.
const privateRoot = await mkdtemp(path.join(tmpdir(), "callboard-private-"));

afterAll(() => rm(privateRoot, { recursive: true, force: true }));

describe.runIf(process.getuid?.() === 0)("embedded PostgreSQL started by root", () => {
  it("runs from readable copies when user postgres cannot reach the project", async () => {
    const requested = path.join(privateRoot, "project", ".data", "postgres");
    const server = await startEmbeddedPostgres({
      dir: requested,
      port: 56_000 + (process.pid % 1000),
      database: "postgres",
      forceBinaryCopy: true,
    });
    try {
      expect(server.dataDir).not.toBe(requested);
      expect(server.dataDir.startsWith(tmpdir())).toBe(true);
      const sql = postgres(server.url, { max: 1, onnotice: () => {} });
      const [row] = await sql<{ answer: number }[]>`select 41 + 1 as answer`;
      await sql.end();
      expect(row?.answer).toBe(42);
    } finally {
      await server.stop();
      // Only this server's folder: the stand-in root also holds the test run's own server.
      await rm(path.dirname(server.dataDir), { recursive: true, force: true });
    }
  }, 120_000);
});
