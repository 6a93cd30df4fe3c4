import type { z } from "zod";

export interface JobContext {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

/**
 * A queue and its handler, declared once in the module that owns the work. Handlers must be
 * idempotent: a job can run again after a crash or a timeout.
 */
export interface QueueDefinition<T = unknown> {
  name: string;
  data: z.ZodType<T>;
  /** Attempts after the first; then the job goes to the queue's dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry; doubled on each further retry when backoff is on. */
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job still running after this long is failed (and retried). */
  expireInSeconds?: number;
  /**
   * Jobs one worker process fetches at once and runs side by side (default 1). A full batch
   * fetches the next one at once; otherwise the worker waits its polling interval.
   */
  batchSize?: number;
  handle(data: T, job: JobContext): Promise<void>;
}

export function defineQueue<T>(definition: QueueDefinition<T>): QueueDefinition<T> {
  return definition;
}

export const deadLetterQueueName = (name: string) => `${name}-dead`;
