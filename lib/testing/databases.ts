import { setTimeout as sleep } from "node:timers/promises";
import postgres from "postgres";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withAdmin<T>(adminUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

export async function listDatabases(adminUrl: string, prefix: string): Promise<string[]> {
  return withAdmin(adminUrl, async (sql) => {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${prefix})`;
    return rows.map((row) => row.datname);
  });
}

/** Creates a database, optionally as a copy of `template` (retried: copies can collide). */
export async function createDatabase(adminUrl: string, name: string, template?: string) {
  await withAdmin(adminUrl, async (sql) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await sql.unsafe(
          `create database ${quote(name)}${template ? ` template ${quote(template)}` : ""}`,
        );
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === "55006"; // object_in_use
        if (!busy || attempt >= 20) throw error;
        await sleep(50 * attempt);
      }
    }
  });
}

export async function dropDatabase(adminUrl: string, name: string) {
  await withAdmin(adminUrl, (sql) =>
    sql.unsafe(`drop database if exists ${quote(name)} with (force)`),
  );
}
