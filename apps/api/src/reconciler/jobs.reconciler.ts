import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { JobSlotsRecount } from '../api-keys/job-slots-recount.js';
import { type Env } from '../config/env.schema.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import { ENV } from '../infrastructure/tokens.js';
import { GenerationQueue } from '../queue/generation.queue.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { planReconcile } from './reconcile-plan.js';

const PAGE = 200;

export interface ReconcileReport {
  checked: number;
  requeued: number;
  expired: number;
  /** API keys whose count of queued and running jobs had drifted and was set right. */
  slotsRecounted: number;
}

/**
 * Makes the queue agree with PostgreSQL, at boot and every RECONCILE_INTERVAL_MS on each worker process:
 * active job rows whose queue entry vanished go back in the queue (or end `failed` with no attempt left),
 * pending webhook deliveries are queued again, and API keys' job-slot counters that drifted are
 * recounted. Every step is idempotent (BullMQ ignores an id it already holds; row changes are
 * conditional), so several workers reconciling at once do no harm.
 */
@Injectable()
export class JobsReconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsReconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly jobs: JobsRepository,
    private readonly queue: GenerationQueue,
    private readonly outbox: WebhookOutbox,
    private readonly slots: JobSlotsRecount,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running ??= this.runOnce()
        .catch((error: unknown) => this.logger.warn(`Reconciliation failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, this.env.RECONCILE_INTERVAL_MS).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over rows older than RECONCILE_GRACE_MS (younger ones may still be on their way to the queue). */
  async runOnce(): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, requeued: 0, expired: 0, slotsRecounted: 0 };
    const before = new Date(Date.now() - this.env.RECONCILE_GRACE_MS);
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const rows = await this.jobs.listActiveCreatedBefore(before, after, PAGE);
      for (const row of rows) {
        report.checked++;
        const entry = await this.queue.entryState(row.id);
        // The job may have finished (and left the queue) since the page was read.
        const current = entry === 'unknown' ? await this.jobs.findById(row.id) : row;
        if (!current || (current.state !== 'queued' && current.state !== 'running')) continue;
        const action = planReconcile(
          { id: current.id, state: current.state, attempts: current.attempts },
          entry,
          this.env.JOB_ATTEMPTS,
        );
        if (action.kind === 'requeue') {
          await this.queue.requeue(row.id, action.attempts, action.replace);
          report.requeued++;
        } else if (action.kind === 'expire' && (await this.jobs.markFailed(row.id, action.error))) {
          report.expired++;
        }
      }
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    await this.outbox.requeuePending();
    // After the expiries above, so the recount sees them.
    const recounted = await this.slots.run();
    report.slotsRecounted = recounted.length;
    if (recounted.length)
      this.logger.warn(
        `Recounted the job slots of API keys ${recounted.join(', ')}: their counters had drifted`,
      );
    if (report.requeued || report.expired)
      this.logger.warn(`Reconciled jobs: ${report.requeued} re-queued, ${report.expired} expired`);
    return report;
  }
}
