import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, type QueuePayload } from '@draftbench/contracts';
import { type Queue } from 'bullmq';
import { type Env } from '../config/env.schema.js';
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
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
  ) {
    this.queue = backend.createQueue<GenerationPayload>(QUEUES.generation.name);
    this.queue.on('error', () => undefined); // surfaced where enqueue() is awaited
  }

  async enqueue(jobId: string): Promise<void> {
    const payload = QUEUES.generation.payload.parse({ jobId });
    await this.queue.add('generate', payload, {
      jobId,
      attempts: this.env.JOB_ATTEMPTS,
      // 'provider' is resolved by the worker's backoffStrategy: Retry-After when the provider sent one.
      backoff: { type: 'provider', delay: this.env.JOB_BACKOFF_MS },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    });
  }

  /** Best effort: a queued entry of a cancelled job; the worker skips it anyway if it is already taken. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId).catch(() => undefined);
  }
}
