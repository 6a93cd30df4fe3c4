import type PgBoss from "pg-boss";
import type { Sql } from "postgres";
import { databaseUrl, type Executor, getDb } from "@/db/client";
import { ensureQueues, startBoss } from "./boss";
import type { QueueDefinition } from "./queue";

interface Producer {
  url: string;
  boss: Promise<PgBoss>;
  /** Queues known to exist, so each is created at most once per process. */
  ensured: Map<string, Promise<void>>;
}

// One producer per process (and per database, for tests that switch DATABASE_URL).
const globalForBoss = globalThis as unknown as { callboardProducer?: Producer };

function producer(): Producer {
  const url = databaseUrl();
  if (globalForBoss.callboardProducer?.url !== url) {
    const boss = startBoss("producer", url);
    const created: Producer = { url, boss, ensured: new Map() };
    boss.catch(() => {
      // A failed start is not cached: the next enqueue tries again.
      if (globalForBoss.callboardProducer === created) globalForBoss.callboardProducer = undefined;
    });
    globalForBoss.callboardProducer = created;
  }
  return globalForBoss.callboardProducer;
}

async function readyFor(queue: QueueDefinition<never>): Promise<PgBoss> {
  const current = producer();
  const boss = await current.boss;
  let ensured = current.ensured.get(queue.name);
  if (!ensured) {
    ensured = ensureQueues(boss, [queue]);
    ensured.catch(() => current.ensured.delete(queue.name));
    current.ensured.set(queue.name, ensured);
  }
  await ensured;
  return boss;
}

export async function stopProducer(): Promise<void> {
  const current = globalForBoss.callboardProducer;
  globalForBoss.callboardProducer = undefined;
  const boss = await current?.boss.catch(() => undefined);
  await boss?.stop({ graceful: false, close: true });
}

/**
 * pg-boss runs its insert through the caller's connection, so it joins the transaction.
 * pg-boss writes its SQL for `pg`; convert values as `pg` would: undefined → NULL, plain
 * objects → JSON (postgres.js refuses both).
 */
function connectionAdapter(db: Executor): PgBoss.Db {
  const client = (db._.session as unknown as { client: Sql }).client;
  const asPg = (value: unknown) => {
    if (value === undefined) return null;
    const plainObject =
      typeof value === "object" &&
      value !== null &&
      !(value instanceof Date) &&
      !Array.isArray(value) &&
      !Buffer.isBuffer(value);
    return plainObject ? JSON.stringify(value) : value;
  };
  return {
    executeSql: async (text, values) => ({
      rows: await client.unsafe(text, values.map(asPg) as never[]),
    }),
  };
}

export interface EnqueueOptions {
  /** Run inside this transaction: the job exists only if it commits. */
  db?: Executor;
  startAfter?: Date | number;
  /** At most one waiting job per key (e.g. one reminder per booking). */
  singletonKey?: string;
}

/** Validates the data against the queue's schema and adds the job; returns its id. */
export async function enqueue<T>(
  queue: QueueDefinition<T>,
  data: T,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const parsed = queue.data.parse(data) as object;
  const boss = await readyFor(queue as QueueDefinition<never>);
  return boss.send(queue.name, parsed, {
    db: connectionAdapter(options.db ?? getDb()),
    startAfter: options.startAfter,
    singletonKey: options.singletonKey,
  });
}
