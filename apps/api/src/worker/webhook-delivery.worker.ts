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
import { type QueueBackend } from '../queue/queue-backend.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor.js';

type DeliveryPayload = QueuePayload<'webhookDelivery'>;

/** How often pending deliveries that never reached the queue (it was down after the commit) are queued. */
const REQUEUE_INTERVAL_MS = 5 * 60_000;

/** Consumer side of the `webhook-delivery` queue, and the sweep that re-queues what the outbox holds. */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);
  private worker?: Worker<DeliveryPayload>;
  private sweep?: NodeJS.Timeout;

  constructor(
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    private readonly processor: WebhookDeliveryProcessor,
    private readonly outbox: WebhookOutbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.worker = this.backend.createWorker<DeliveryPayload>(
      QUEUES.webhookDelivery.name,
      async (job) => {
        const { deliveryId, round } = QUEUES.webhookDelivery.payload.parse(job.data);
        await this.processor.process({
          id: deliveryId,
          round,
          attempt: job.attemptsMade + 1,
          maxAttempts: job.opts.attempts ?? 1,
        });
      },
      { concurrency: this.env.WORKER_CONCURRENCY },
    );
    this.worker.on('error', (error) => this.logger.error(`Worker error: ${error.message}`));
    await this.requeue();
    this.sweep = setInterval(() => void this.requeue(), REQUEUE_INTERVAL_MS).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweep);
    await this.worker?.close();
  }

  private async requeue(): Promise<void> {
    try {
      await this.outbox.requeuePending();
    } catch (error) {
      this.logger.warn(`Could not re-queue pending webhook deliveries: ${String(error)}`);
    }
  }
}
