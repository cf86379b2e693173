import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, type QueuePayload } from '@draftbench/contracts';
import { type Queue } from 'bullmq';
import { type Env } from '../config/env.schema.js';
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
import { Metrics } from '../observability/metrics.js';
import { type QueueBackend } from './queue-backend.js';

type JudgePayload = QueuePayload<'judge'>;

/** Producer side of the `judge` queue: one queue job per judge run, its id the run row's id. */
@Injectable()
export class JudgeQueue {
  private readonly queue: Queue<JudgePayload>;

  constructor(
    @Inject(QUEUE_BACKEND) backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    metrics: Metrics,
  ) {
    this.queue = backend.createQueue<JudgePayload>(QUEUES.judge.name);
    this.queue.on('error', () => undefined); // surfaced where enqueue() is awaited
    metrics.watchQueue(QUEUES.judge.name, this.queue as Queue);
  }

  async enqueue(runId: string): Promise<void> {
    await this.queue.add('judge', QUEUES.judge.payload.parse({ runId }), {
      jobId: runId,
      attempts: this.env.JOB_ATTEMPTS,
      // Resolved by the worker's backoffStrategy: the provider's Retry-After when it sent one.
      backoff: { type: 'provider', delay: this.env.JOB_BACKOFF_MS },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    });
  }
}
