import { type WebhookEventType } from '@draftbench/contracts';
import { apiKeys, generationJobs, type Database, type JobRow } from '@draftbench/db';
import { sql, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { rowFromDriver } from '../common/driver-row.js';
import { deliveriesForEndedJobs, type QueuedDelivery } from '../webhooks/webhook-deliveries.repository.js';

/**
 * Ends one job in one statement: `update` (a conditional UPDATE … RETURNING of generation_jobs from an
 * active state) with, in the same statement and so the same transaction, its webhook deliveries (the
 * outbox) and the return of its API key's job slot. A job ends at every attempt's last step; as a
 * transaction this took six round trips (BEGIN, update, two inserts, slot, COMMIT), now it takes one.
 * Undefined when the update matched no row (the job had already left `from`).
 */
export async function endJob(
  db: Pick<Database, 'execute'>,
  update: { getSQL(): SQL },
  eventType: WebhookEventType,
): Promise<{ row: JobRow; deliveries: QueuedDelivery[] } | undefined> {
  const { rows } = await db.execute<Record<string, unknown> & { deliveries: QueuedDelivery[] }>(sql`
    with ended as (${update.getSQL()}),
    slot as (
      update ${apiKeys} k set active_jobs = k.active_jobs - 1
      from ended where k.id = ended.api_key_id
    ),
    ${deliveriesForEndedJobs(randomUUID(), eventType)}
    select ended.*,
      coalesce((select json_agg(json_build_object('id', d.id, 'round', d.round)) from deliveries d), '[]')
        as deliveries
    from ended`);
  const raw = rows[0];
  return raw && { row: rowFromDriver(generationJobs, raw), deliveries: raw.deliveries };
}
