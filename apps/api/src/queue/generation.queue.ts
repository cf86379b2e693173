import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, type QueuePayload } from '@draftbench/contracts';
import { type Queue } from 'bullmq';
import { type Env } from '../config/env.schema.js';
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
import { type QueueEntryState } from '../reconciler/reconcile-plan.js';
import { Metrics } from '../observability/metrics.js';
import { type QueueBackend } from './queue-backend.js';

type GenerationPayload = QueuePayload<'generation'>;

/**
 * Producer side of the `generation` queue. The BullMQ job id is always the job row's id. The backend
 * closes the queue at shutdown, after the HTTP server stopped taking requests.
 */
@Injectable()
export class GenerationQueue {
  private readonly queue: Queue<GenerationPayload>;

  constructor(
    @Inject(QUEUE_BACKEND) backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    metrics: Metrics,
  ) {
    this.queue = backend.createQueue<GenerationPayload>(QUEUES.generation.name);
    this.queue.on('error', () => undefined); // surfaced where enqueue() is awaited
    metrics.watchQueue(QUEUES.generation.name, this.queue as Queue);
  }

  async enqueue(jobId: string): Promise<void> {
    const payload = QUEUES.generation.payload.parse({ jobId });
    await this.queue.add('generate', payload, this.jobOptions(jobId));
  }

  /**
   * Enqueues many rows with `addBulk`, `chunkSize` per round trip. Safe to repeat: an id already in the
   * queue is not added twice. On failure, `BulkEnqueueError.enqueued` says how many ids (a prefix of
   * `jobIds`) were already queued, so the caller can settle exactly the rest.
   */
  async enqueueMany(jobIds: readonly string[], chunkSize = 500): Promise<void> {
    for (let start = 0; start < jobIds.length; start += chunkSize) {
      const chunk = jobIds.slice(start, start + chunkSize).map((jobId) => ({
        name: 'generate',
        data: QUEUES.generation.payload.parse({ jobId }),
        opts: this.jobOptions(jobId),
      }));
      try {
        await this.queue.addBulk(chunk);
      } catch (error) {
        throw new BulkEnqueueError(start, error);
      }
    }
  }

  /** Where the queue holds the job, `unknown` when it holds no entry for it. */
  async entryState(jobId: string): Promise<QueueEntryState> {
    return (await this.queue.getJobState(jobId)) as QueueEntryState;
  }

  /**
   * The reconciler's re-add with the attempts the row has left. `replace` first removes an entry that
   * finished without settling the row (an id still in the queue would make `add` a no-op).
   */
  async requeue(jobId: string, attempts: number, replace: boolean): Promise<void> {
    if (replace) await this.queue.remove(jobId);
    const payload = QUEUES.generation.payload.parse({ jobId });
    await this.queue.add('generate', payload, { ...this.jobOptions(jobId), attempts });
  }

  /** What the liveness probe weighs: jobs ready to run, and whether the queue holds them back on purpose. */
  async backlog(): Promise<{ waiting: number; heldBack: boolean }> {
    const [waiting, paused, rateLimitTtl] = await Promise.all([
      this.queue.getWaitingCount(),
      this.queue.isPaused(),
      this.queue.getRateLimitTtl(),
    ]);
    return { waiting, heldBack: paused || rateLimitTtl > 0 };
  }

  private jobOptions(jobId: string) {
    return {
      jobId,
      attempts: this.env.JOB_ATTEMPTS,
      // 'provider' is resolved by the worker's backoffStrategy: Retry-After when the provider sent one.
      backoff: { type: 'provider', delay: this.env.JOB_BACKOFF_MS },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    };
  }

  /** Best effort: a queued entry of a cancelled job; the worker skips it anyway if it is already taken. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId).catch(() => undefined);
  }
}

export class BulkEnqueueError extends Error {
  constructor(
    /** How many of the ids, from the start of the list, were enqueued before the failure. */
    readonly enqueued: number,
    cause: unknown,
  ) {
    super(`Enqueueing stopped after ${enqueued} jobs: ${String(cause)}`, { cause });
  }
}
