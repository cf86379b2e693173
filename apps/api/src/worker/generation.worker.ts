import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { QUEUES, type QueuePayload } from '@draftbench/contracts';
import { type Worker } from 'bullmq';
import { type Env } from '../config/env.schema.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
import { type QueueBackend } from '../queue/queue-backend.js';
import { providerBackoff } from './attempts.js';
import { GenerationProcessor } from './generation.processor.js';
import { QUEUE_RATE_LIMITER, toQueueSignal } from './hand-back.js';

type GenerationPayload = QueuePayload<'generation'>;

/** Consumer side of the `generation` queue: the BullMQ Worker, its backoff, and cross-process cancels. */
@Injectable()
export class GenerationWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(GenerationWorker.name);
  private worker?: Worker<GenerationPayload>;
  private unsubscribe?: () => void;

  constructor(
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    private readonly processor: GenerationProcessor,
  ) {}

  onApplicationBootstrap(): void {
    const worker = this.backend.createWorker<GenerationPayload>(
      QUEUES.generation.name,
      async (job, token, signal) => {
        const { jobId, rateLimitedRounds = 0 } = QUEUES.generation.payload.parse(job.data);
        await this.processor
          .process({
            jobId,
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
            signal: signal ?? new AbortController().signal,
            rateLimitedRounds: { used: rateLimitedRounds, allowed: this.env.PROVIDER_RATE_LIMITED_ROUNDS },
          })
          .catch(async (error: unknown) => {
            throw await toQueueSignal(error, job, token, worker);
          });
      },
      {
        concurrency: this.env.WORKER_CONCURRENCY,
        limiter: QUEUE_RATE_LIMITER,
        settings: { backoffStrategy: providerBackoff(this.env) },
      },
    );
    worker.on('error', (error) => this.logger.error(`Worker error: ${error.message}`));
    this.unsubscribe = this.bus.subscribe((signal) => {
      if (signal.kind === 'cancel') worker.cancelJob(signal.jobId, 'cancelled by request');
    });
    this.worker = worker;
  }

  /** Lets in-flight jobs finish before connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    await this.worker?.close();
  }
}
