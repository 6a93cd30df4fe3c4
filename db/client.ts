import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import { env } from "@/lib/config/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;

interface Connection {
  sql: Sql;
  db: Database;
}

// Survives Next's hot reloads in development, so edits don't leak connection pools.
const globalForDb = globalThis as unknown as { callboardDb?: Connection };

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start an " +
        "embedded PostgreSQL and set it, or point DATABASE_URL at your own server.",
    );
  }
  return url;
}

/**
 * The role the application's queries run as (created by migration 0005). It is neither a
 * superuser nor the tables' owner, so row-level security holds even if DATABASE_URL names
 * the owner: every pooled connection starts with this role set.
 */
export const APP_ROLE = "callboard_app";

export function createConnection(url: string, max = env().DATABASE_POOL_MAX): Connection {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    connection: { role: APP_ROLE },
  });
  return { sql, db: drizzle(sql, { schema }) };
}

function connection(): Connection {
  globalForDb.callboardDb ??= createConnection(databaseUrl());
  return globalForDb.callboardDb;
}

/** The application's Drizzle database (a pool, created on first use). */
export function getDb(): Database {
  return connection().db;
}

/** The raw postgres.js client, for the few places that need SQL Drizzle cannot express. */
export function getSql(): Sql {
  return connection().sql;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.callboardDb;
  globalForDb.callboardDb = undefined;
  await current?.sql.end({ timeout: 5 });
}

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Services accept either, so callers can compose them inside one transaction. */
export type Executor = Database | Transaction;
