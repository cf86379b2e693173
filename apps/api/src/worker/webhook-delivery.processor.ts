import { Inject, Injectable } from '@nestjs/common';
import { WEBHOOK_SIGNATURE_HEADER } from '@draftbench/contracts';
import { type JobRow, type WebhookDeliveryRow } from '@draftbench/db';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import {
  WebhookDeliveriesRepository,
  type QueuedDelivery,
} from '../webhooks/webhook-deliveries.repository.js';
import { WebhookEndpointsRepository } from '../webhooks/webhook-endpoints.repository.js';
import { webhookEventBody } from '../webhooks/webhook-event.js';
import { WebhookHttpClient } from '../webhooks/webhook-http.client.js';
import { signatureHeader } from '../webhooks/webhook-signature.js';

export interface DeliveryAttempt extends QueuedDelivery {
  /** 1-based number of this attempt in its round, and how many the queue allows. */
  attempt: number;
  maxAttempts: number;
}

/** A failed attempt that another can fix: BullMQ waits the backoff and tries again. */
class RetryableDeliveryError extends Error {}

const USER_AGENT = 'Draftbench-Webhooks/1';

/**
 * One attempt at a delivery: build the event, sign it with a fresh timestamp, POST it through the
 * guarded HTTP client, log the attempt. A 2xx ends it `succeeded`; a target the SSRF guard refuses, or
 * the round's last attempt, ends it `failed`; anything else throws for a retry.
 */
@Injectable()
export class WebhookDeliveryProcessor {
  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly jobs: JobsRepository,
    private readonly drafts: DraftsRepository,
    private readonly http: WebhookHttpClient,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
  ) {}

  async process({ id, round, attempt, maxAttempts }: DeliveryAttempt): Promise<void> {
    const delivery = await this.deliveries.findById(id);
    // Delivered, given up, or an entry of an earlier round: nothing to do.
    if (!delivery || delivery.state !== 'pending' || delivery.round !== round) return;
    const [found, drafts] = await Promise.all([
      this.jobs.findById(delivery.jobId),
      this.drafts.listByJob(delivery.jobId),
    ]);
    const job = found!; // the foreign key keeps the job as long as its deliveries
    const secret = await this.secretOf(delivery, job);
    if (!secret) {
      if (await this.deliveries.fail(delivery, 'The endpoint was disabled before the event could be sent.'))
        await this.publish(id);
      return;
    }
    const body = webhookEventBody(delivery, job, drafts);
    const signature = signatureHeader(secret, body, Math.floor(Date.now() / 1000));
    const result = await this.http.post(delivery.url, body, {
      [WEBHOOK_SIGNATURE_HEADER]: signature,
      'user-agent': USER_AGENT,
    });
    const state =
      result.error === null ? 'succeeded' : result.refused || attempt >= maxAttempts ? 'failed' : 'pending';
    const recorded = await this.deliveries.recordAttempt(delivery, result, state);
    if (recorded) await this.publish(id);
    if (recorded && state === 'pending') throw new RetryableDeliveryError(result.error ?? 'failed');
  }

  /** The endpoint's secret, or the job's own; undefined when the endpoint was disabled meanwhile. */
  private async secretOf(delivery: WebhookDeliveryRow, job: JobRow): Promise<string | undefined> {
    if (!delivery.endpointId) return job.webhookSecret ?? undefined;
    const endpoint = await this.endpoints.findById(delivery.endpointId);
    return endpoint && !endpoint.disabledAt ? endpoint.secret : undefined;
  }

  private async publish(deliveryId: string): Promise<void> {
    await this.bus.publish({ kind: 'webhook', jobId: deliveryId }).catch(() => undefined);
  }
}
