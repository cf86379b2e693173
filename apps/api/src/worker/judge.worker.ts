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
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
import { Metrics } from '../observability/metrics.js';
import { withLogFields, withoutLogFields } from '../common/log-context.js';
import { type QueueBackend } from '../queue/queue-backend.js';
import { providerBackoff } from './attempts.js';
import { JudgeProcessor } from './judge.processor.js';
import { boundedClose, CLOSE_TIMEOUT_MS } from '../lifecycle/bounded-close.js';

type JudgePayload = QueuePayload<'judge'>;

/** Consumer side of the `judge` queue. */
@Injectable()
export class JudgeWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JudgeWorker.name);
  private worker?: Worker<JudgePayload>;
  /** Aborts the calls of a running run at shutdown: a run can take many minutes, and resumes elsewhere. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly metrics: Metrics,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    private readonly processor: JudgeProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = this.backend.createWorker<JudgePayload>(
      QUEUES.judge.name,
      async (job, _token, signal) => {
        const { runId } = QUEUES.judge.payload.parse(job.data);
        await withLogFields({ judgeRunId: runId }, () =>
          this.processor.process({
            runId,
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
            signal: signal ? AbortSignal.any([signal, this.stopping.signal]) : this.stopping.signal,
          }),
        );
      },
      {
        // One run at a time per worker process: a run already sends JUDGE_CONCURRENCY pairs at once.
        concurrency: 1,
        settings: { backoffStrategy: providerBackoff(this.env) },
      },
    );
    this.worker.on('error', (error) =>
      withoutLogFields(() => this.logger.error(`Worker error: ${error.message}`)),
    );
    this.metrics.observeWorker(QUEUES.judge.name, this.worker);
  }

  /** Stops the in-flight run (its verdicts so far are kept) and hands it back to the queue. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    if (this.worker)
      await boundedClose('Judge worker', this.worker.close(), this.env.SHUTDOWN_GRACE_MS + CLOSE_TIMEOUT_MS);
  }
}
