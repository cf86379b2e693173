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
import { WebhookDeliveryProcessor } from './webhook-delivery.processor.js';
import { boundedClose, CLOSE_TIMEOUT_MS } from '../lifecycle/bounded-close.js';

type DeliveryPayload = QueuePayload<'webhookDelivery'>;

/**
 * Consumer side of the `webhook-delivery` queue. Deliveries that never reached the queue (it was down
 * after the commit, or Redis restarted empty) are queued again by the JobsReconciler.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);
  private worker?: Worker<DeliveryPayload>;

  constructor(
    private readonly metrics: Metrics,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    private readonly processor: WebhookDeliveryProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = this.backend.createWorker<DeliveryPayload>(
      QUEUES.webhookDelivery.name,
      async (job) => {
        const { deliveryId, round } = QUEUES.webhookDelivery.payload.parse(job.data);
        await withLogFields({ deliveryId }, () =>
          this.processor.process({
            id: deliveryId,
            round,
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
          }),
        );
      },
      { concurrency: this.env.WORKER_CONCURRENCY },
    );
    this.worker.on('error', (error) =>
      withoutLogFields(() => this.logger.error(`Worker error: ${error.message}`)),
    );
    this.metrics.observeWorker(QUEUES.webhookDelivery.name, this.worker);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker)
      await boundedClose(
        'Webhook delivery worker',
        this.worker.close(),
        this.env.SHUTDOWN_GRACE_MS + CLOSE_TIMEOUT_MS,
      );
  }
}
