import { Injectable } from '@nestjs/common';
import {
  type Page,
  type WebhookDelivery,
  type WebhookDeliveryListQuery,
  type WebhookDeliveryWithAttempts,
} from '@draftbench/contracts';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound } from '../common/problem.exception.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { webhookAttemptFromRow, webhookDeliveryFromRow } from './webhook.mapper.js';
import { WebhookOutbox } from './webhook-outbox.js';

/** The delivery log of one user: deliveries to their endpoints and to their jobs' own webhooks. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly outbox: WebhookOutbox,
  ) {}

  async list(ownerId: string, query: WebhookDeliveryListQuery): Promise<Page<WebhookDelivery>> {
    return pageOf(await this.deliveries.list(ownerId, query), query.limit, webhookDeliveryFromRow);
  }

  async get(id: string, ownerId: string): Promise<WebhookDeliveryWithAttempts> {
    const row = await this.deliveries.findOwned(id, ownerId);
    if (!row) throw notFound('webhook delivery', id);
    const attempts = await this.deliveries.attemptsOf(id);
    return { ...webhookDeliveryFromRow(row), attemptLog: attempts.map(webhookAttemptFromRow) };
  }

  /** A new round of attempts for a finished delivery, with the same event id. */
  async redeliver(id: string, ownerId: string): Promise<WebhookDelivery> {
    const current = await this.deliveries.findOwned(id, ownerId);
    if (!current) throw notFound('webhook delivery', id);
    if (current.endpointId && (await this.endpoints.findById(current.endpointId))?.disabledAt)
      throw conflict(
        `Delivery ${id} goes to a disabled endpoint; register the endpoint again to receive events.`,
      );
    const restarted = await this.deliveries.restart(id, ownerId);
    if (!restarted)
      throw conflict(
        `Delivery ${id} is still pending: it is being sent or waits for its next attempt. Redeliver once it has succeeded or failed.`,
      );
    await this.outbox.dispatch([restarted]);
    return webhookDeliveryFromRow(restarted);
  }
}
