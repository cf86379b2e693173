import { Injectable, Logger } from '@nestjs/common';
import { type JobRow } from '@draftbench/db';
import { WebhookDeliveryQueue } from '../queue/webhook-delivery.queue.js';
import {
  WebhookDeliveriesRepository,
  type QueuedDelivery,
  type Transaction,
} from './webhook-deliveries.repository.js';

/**
 * The transactional outbox of job events: deliveries are written in the transaction that ends the job,
 * and queued after it commits. A queue that cannot be reached then loses nothing: the worker queues
 * every pending delivery when it starts, and every few minutes after.
 */
@Injectable()
export class WebhookOutbox {
  private readonly logger = new Logger(WebhookOutbox.name);

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly queue: WebhookDeliveryQueue,
  ) {}

  /** Inside the transaction that moved `job` to a terminal state. */
  record(tx: Transaction, job: JobRow): Promise<QueuedDelivery[]> {
    return this.deliveries.insertForJob(tx, job);
  }

  /** After the commit. Never throws: the job's state change already happened. */
  async dispatch(deliveries: readonly QueuedDelivery[]): Promise<void> {
    if (!deliveries.length) return;
    try {
      await this.queue.enqueue(deliveries);
    } catch (error) {
      this.logger.warn(
        `Could not queue ${deliveries.length} webhook deliveries (the worker will): ${String(error)}`,
      );
    }
  }

  /** Queues every pending delivery again; the ones still in the queue are left as they are. */
  async requeuePending(): Promise<void> {
    await this.queue.enqueue(await this.deliveries.pending());
  }
}
