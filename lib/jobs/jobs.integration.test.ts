import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb, getSql } from "@/db/client";
import { ServiceUnavailableError } from "@/lib/errors";
import { BOSS_SCHEMA } from "./boss";
import { enqueue, stopProducer } from "./enqueue";
import { getJobsHealth } from "./health";
import { defineQueue } from "./queue";
import { type RunningWorker, startWorker } from "./worker";

const attempts: number[] = [];
const completions: number[] = [];

/** Fails the first attempt of every job, succeeds on the retry. */
const flakyQueue = defineQueue({
  name: "test-flaky",
  data: z.object({ n: z.number().int() }),
  retryLimit: 2,
  retryDelaySeconds: 1,
  retryBackoff: false,
  async handle({ n }, job) {
    attempts.push(n);
    if (job.retryCount === 0) throw new Error(`first attempt of ${n} fails`);
    completions.push(n);
  },
});

let worker: RunningWorker | undefined;
const startTestWorker = async () => {
  worker = await startWorker({
    url: process.env.DATABASE_URL!,
    queues: [flakyQueue],
    pollingIntervalSeconds: 0.5,
  });
};

async function waitFor(condition: () => boolean, timeoutMs = 20_000) {
  for (let waited = 0; waited < timeoutMs && !condition(); waited += 100) await sleep(100);
}

async function jobsNamed(name: string) {
  return getSql().unsafe<{ state: string; data: { n: number } }[]>(
    `select state, data from ${BOSS_SCHEMA}.job where name = $1`,
    [name],
  );
}

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});
afterAll(() => stopProducer());

describe("jobs", () => {
  it("never runs a job enqueued in a transaction that rolled back", async () => {
    const rollback = new Error("rollback");
    await expect(
      getDb().transaction(async (tx) => {
        await enqueue(flakyQueue, { n: 1 }, { db: tx });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await jobsNamed(flakyQueue.name)).toEqual([]);

    await startTestWorker();
    await sleep(2_500);
    expect(attempts).not.toContain(1);
  });

  it("runs a committed job once, even when its first attempt fails and it is retried", async () => {
    await getDb().transaction(async (tx) => {
      await enqueue(flakyQueue, { n: 2 }, { db: tx });
    });
    expect(await jobsNamed(flakyQueue.name)).toHaveLength(1);

    await startTestWorker();
    await waitFor(() => completions.includes(2));
    await sleep(1_500); // room for a wrong extra run to show up
    expect(attempts.filter((n) => n === 2)).toEqual([2, 2]);
    expect(completions.filter((n) => n === 2)).toEqual([2]);
    const [job] = await jobsNamed(flakyQueue.name);
    expect(job?.state).toBe("completed");
  });

  it("refuses data its queue's schema rejects", async () => {
    await expect(enqueue(flakyQueue, { n: "three" } as never)).rejects.toThrow();
  });

  it("reports queue health while a worker runs, and 503 when none does", async () => {
    await expect(getJobsHealth()).rejects.toBeInstanceOf(ServiceUnavailableError);

    await startTestWorker();
    await enqueue(flakyQueue, { n: 3 }, { startAfter: new Date(Date.now() + 60_000) });
    const health = await getJobsHealth();
    expect(health.workers).toBe(1);
    expect(health.queues).toContainEqual(
      expect.objectContaining({ name: flakyQueue.name, waiting: 1 }),
    );
    expect(health.queues.map((queue) => queue.name)).not.toContain("__pgboss__send-it");

    await worker!.stop();
    worker = undefined;
    await expect(getJobsHealth()).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
