import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, type QueuePayload } from '@draftbench/contracts';
import { type Queue } from 'bullmq';
import { type Env } from '../config/env.schema.js';
import { ENV, QUEUE_BACKEND } from '../infrastructure/tokens.js';
import { type QueuedDelivery } from '../webhooks/webhook-deliveries.repository.js';
import { Metrics } from '../observability/metrics.js';
import { type QueueBackend } from './queue-backend.js';

type DeliveryPayload = QueuePayload<'webhookDelivery'>;

/** Share of each retry delay taken off at random, so receivers that failed together are not retried together. */
const BACKOFF_JITTER = 0.2;

/**
 * Producer side of the `webhook-delivery` queue: one queue entry per delivery and round, its id
 * `<delivery id>-<round>`. Adding an entry that is still in the queue does nothing, so enqueueing
 * a delivery again is always safe. Finished entries are removed: the database keeps the log.
 */
@Injectable()
export class WebhookDeliveryQueue {
  private readonly queue: Queue<DeliveryPayload>;

  constructor(
    @Inject(QUEUE_BACKEND) backend: QueueBackend,
    @Inject(ENV) private readonly env: Env,
    metrics: Metrics,
  ) {
    this.queue = backend.createQueue<DeliveryPayload>(QUEUES.webhookDelivery.name);
    this.queue.on('error', () => undefined); // surfaced where enqueue() is awaited
    metrics.watchQueue(QUEUES.webhookDelivery.name, this.queue as Queue);
  }

  async enqueue(deliveries: readonly QueuedDelivery[], chunkSize = 500): Promise<void> {
    for (let start = 0; start < deliveries.length; start += chunkSize) {
      await this.queue.addBulk(
        deliveries.slice(start, start + chunkSize).map(({ id, round }) => ({
          name: 'deliver',
          data: QUEUES.webhookDelivery.payload.parse({ deliveryId: id, round }),
          opts: {
            jobId: `${id}-${round}`,
            attempts: this.env.WEBHOOK_ATTEMPTS,
            // WEBHOOK_BACKOFF_MS, doubling each retry: 1, 2, 4 … 32 minutes by default (about an hour).
            backoff: { type: 'exponential', delay: this.env.WEBHOOK_BACKOFF_MS, jitter: BACKOFF_JITTER },
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      );
    }
  }
}
