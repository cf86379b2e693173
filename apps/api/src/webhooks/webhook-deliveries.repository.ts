import { Inject, Injectable } from '@nestjs/common';
import {
  type JobState,
  type WebhookDeliveryListQuery,
  type WebhookDeliveryState,
  type WebhookEventType,
} from '@draftbench/contracts';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
  type Database,
  type JobRow,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
} from '@draftbench/db';
import { and, asc, desc, eq, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';
import { type WebhookAttemptResult } from './webhook-http.client.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What the queue needs to send a delivery: one queue entry per delivery and round. */
export interface QueuedDelivery {
  id: string;
  round: number;
}

const QUEUED = { id: webhookDeliveries.id, round: webhookDeliveries.round };

/** The webhook event of a job that ended in `state`. */
export const eventTypeOf = (state: JobState): WebhookEventType =>
  `job.${state as Exclude<JobState, 'queued' | 'running'>}` satisfies WebhookEventType;

/**
 * The outbox rows for the job of a relation named `ended` (a CTE with the job's id, created_by,
 * api_key_id and webhook_url), as CTEs to follow it: one delivery per endpoint of the job's owner
 * subscribed to the event (same API key or both none, not disabled) and one for the job's own webhook,
 * all with `eventId` (a value, or a placeholder in a prepared statement); `deliveries` holds the id and
 * round of each one inserted.
 */
export const deliveriesForEndedJobs = (eventId: string | SQLWrapper, eventType: WebhookEventType): SQL => sql`
  endpoint_deliveries as (
    insert into ${webhookDeliveries} (event_id, event_type, job_id, endpoint_id, owner_id, url)
    select ${eventId}::uuid, ${eventType}, j.id, e.id, e.owner_id, e.url
    from ended j join ${webhookEndpoints} e
      on e.owner_id = j.created_by
     and e.api_key_id is not distinct from j.api_key_id
     and e.disabled_at is null
     and e.events ? ${eventType}
    on conflict do nothing
    returning id, round
  ),
  own_deliveries as (
    insert into ${webhookDeliveries} (event_id, event_type, job_id, owner_id, url)
    select ${eventId}::uuid, ${eventType}, j.id, j.created_by, j.webhook_url
    from ended j
    where j.created_by is not null and j.webhook_url is not null
    on conflict do nothing
    returning id, round
  ),
  deliveries as (select id, round from endpoint_deliveries union all select id, round from own_deliveries)`;

@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /**
   * Inside the transaction that moved `job` to a terminal state: one delivery per matching endpoint
   * and one for the job's own webhook, all carrying one event id (see deliveriesForEndedJobs).
   */
  async insertForJob(tx: Transaction, job: JobRow): Promise<QueuedDelivery[]> {
    if (!job.createdBy) return [];
    const { rows } = await tx.execute<{ id: string; round: number }>(sql`
      with ended as (
        select ${job.id}::uuid as id, ${job.createdBy}::uuid as created_by,
               ${job.apiKeyId}::uuid as api_key_id, ${job.webhookUrl}::text as webhook_url
      ),
      ${deliveriesForEndedJobs(randomUUID(), eventTypeOf(job.state))}
      select id, round from deliveries`);
    return rows;
  }

  async findById(id: string): Promise<WebhookDeliveryRow | undefined> {
    const [row] = await this.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    return row;
  }

  async findOwned(id: string, ownerId: string): Promise<WebhookDeliveryRow | undefined> {
    const [row] = await this.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.ownerId, ownerId)));
    return row;
  }

  list(ownerId: string, query: WebhookDeliveryListQuery): Promise<WebhookDeliveryRow[]> {
    return this.db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.ownerId, ownerId),
          query.jobId ? eq(webhookDeliveries.jobId, query.jobId) : undefined,
          query.endpointId ? eq(webhookDeliveries.endpointId, query.endpointId) : undefined,
          query.state ? eq(webhookDeliveries.state, query.state) : undefined,
          query.cursor
            ? afterCursor(webhookDeliveries.createdAt, webhookDeliveries.id, query.cursor)
            : undefined,
        ),
      )
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(query.limit + 1);
  }

  attemptsOf(deliveryId: string): Promise<WebhookAttemptRow[]> {
    return this.db
      .select()
      .from(webhookAttempts)
      .where(eq(webhookAttempts.deliveryId, deliveryId))
      .orderBy(asc(webhookAttempts.attempt));
  }

  /** Every delivery still to be sent: the reconciler queues them again (ids already queued are ignored). */
  pending(): Promise<QueuedDelivery[]> {
    return this.db.select(QUEUED).from(webhookDeliveries).where(eq(webhookDeliveries.state, 'pending'));
  }

  /**
   * Logs an attempt of the current round and moves the delivery to `state`, in one transaction. The
   * attempt number comes from the row, so it keeps counting across retries and redeliveries. False when
   * the delivery is no longer pending in this round (nothing is written then).
   */
  async recordAttempt(
    delivery: QueuedDelivery,
    result: WebhookAttemptResult,
    state: WebhookDeliveryState,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(webhookDeliveries)
        .set({
          state,
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastStatus: result.status,
          lastError: result.error,
          updatedAt: sql`now()`,
          deliveredAt: state === 'succeeded' ? sql`now()` : null,
        })
        .where(this.current(delivery))
        .returning({ attempts: webhookDeliveries.attempts });
      if (!row) return false;
      await tx.insert(webhookAttempts).values({
        deliveryId: delivery.id,
        attempt: row.attempts,
        statusCode: result.status,
        latencyMs: result.latencyMs,
        error: result.error,
      });
      return true;
    });
  }

  /** Ends the delivery without an attempt, e.g. because its endpoint was disabled. */
  async fail(delivery: QueuedDelivery, reason: string): Promise<boolean> {
    const rows = await this.db
      .update(webhookDeliveries)
      .set({ state: 'failed', lastError: reason, updatedAt: sql`now()` })
      .where(this.current(delivery))
      .returning(QUEUED);
    return rows.length > 0;
  }

  /** A finished delivery of the owner starts a new round. Undefined when none is found or it is pending. */
  async restart(id: string, ownerId: string): Promise<WebhookDeliveryRow | undefined> {
    const [row] = await this.db
      .update(webhookDeliveries)
      .set({
        state: 'pending',
        round: sql`${webhookDeliveries.round} + 1`,
        updatedAt: sql`now()`,
        deliveredAt: null,
      })
      .where(
        and(
          eq(webhookDeliveries.id, id),
          eq(webhookDeliveries.ownerId, ownerId),
          ne(webhookDeliveries.state, 'pending'),
        ),
      )
      .returning();
    return row;
  }

  private current({ id, round }: QueuedDelivery) {
    return and(
      eq(webhookDeliveries.id, id),
      eq(webhookDeliveries.round, round),
      eq(webhookDeliveries.state, 'pending'),
    );
  }
}
