import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { QUEUES, type QueuePayload } from '@draftbench/contracts';
import { WaitingError, type Worker } from 'bullmq';
import { type Env } from '../config/env.schema.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { WorkerLiveness } from '../health/worker-liveness.js';
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
import { Metrics } from '../observability/metrics.js';
import { withLogFields, withoutLogFields } from '../common/log-context.js';
import { type QueueBackend } from '../queue/queue-backend.js';
import { providerBackoff } from './attempts.js';
import { GenerationProcessor } from './generation.processor.js';
import { QUEUE_RATE_LIMITER, toQueueSignal } from './hand-back.js';
import { boundedClose, CLOSE_TIMEOUT_MS } from '../lifecycle/bounded-close.js';

type GenerationPayload = QueuePayload<'generation'>;

/**
 * Consumer side of the `generation` queue: the BullMQ Worker, its backoff, cross-process cancels, what
 * the liveness probe needs to know, and the drain at shutdown.
 */
@Injectable()
export class GenerationWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(GenerationWorker.name);
  private worker?: Worker<GenerationPayload>;
  private unsubscribe?: () => void;
  private handingBack = false;

  constructor(
    private readonly metrics: Metrics,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    private readonly processor: GenerationProcessor,
    private readonly liveness: WorkerLiveness,
  ) {}

  onApplicationBootstrap(): void {
    const worker = this.backend.createWorker<GenerationPayload>(
      QUEUES.generation.name,
      async (job, token, signal) => {
        const { jobId, rateLimitedRounds = 0 } = QUEUES.generation.payload.parse(job.data);
        this.liveness.pickedUp();
        try {
          await withLogFields({ jobId }, () =>
            this.processor.process({
              jobId,
              attempt: job.attemptsMade + 1,
              maxAttempts: job.opts.attempts ?? 1,
              signal: signal ?? new AbortController().signal,
              rateLimitedRounds: { used: rateLimitedRounds, allowed: this.env.PROVIDER_RATE_LIMITED_ROUNDS },
            }),
          );
        } catch (error) {
          // Shutdown outlasted its grace: the job goes back to the queue without spending an attempt.
          if (this.handingBack && token) {
            await job.moveToWait(token);
            throw new WaitingError();
          }
          throw await toQueueSignal(error, job, token, worker);
        } finally {
          this.liveness.settled();
        }
      },
      {
        concurrency: this.env.WORKER_CONCURRENCY,
        limiter: QUEUE_RATE_LIMITER,
        settings: { backoffStrategy: providerBackoff(this.env) },
        // A killed worker stops renewing its locks; after this long another worker takes its jobs.
        lockDuration: this.env.WORKER_LOCK_MS,
        stalledInterval: this.env.WORKER_LOCK_MS,
      },
    );
    worker.on('error', (error) =>
      withoutLogFields(() => this.logger.error(`Worker error: ${error.message}`)),
    );
    this.metrics.observeWorker(QUEUES.generation.name, worker);
    this.unsubscribe = this.bus.subscribe((signal) => {
      if (signal.kind === 'cancel') worker.cancelJob(signal.jobId, 'cancelled by request');
    });
    this.worker = worker;
  }

  /**
   * Takes no new jobs and lets in-flight ones finish for SHUTDOWN_GRACE_MS; then aborts them, and
   * each goes back to the queue for another worker. Connections close only after this returns.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    const worker = this.worker;
    if (!worker) return;
    const handBack = setTimeout(() => {
      this.handingBack = true;
      worker.cancelAllJobs('worker shutting down');
    }, this.env.SHUTDOWN_GRACE_MS);
    try {
      await boundedClose('Generation worker', worker.close(), this.env.SHUTDOWN_GRACE_MS + CLOSE_TIMEOUT_MS);
    } finally {
      clearTimeout(handBack);
    }
  }
}
