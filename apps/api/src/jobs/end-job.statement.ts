import { type WebhookEventType } from '@draftbench/contracts';
import { apiKeys, generationJobs, type Database, type JobRow } from '@draftbench/db';
import { sql, type SQL } from 'drizzle-orm';
import { prepareRaw, rowFromDriver } from '../common/driver-row.js';
import { deliveriesForEndedJobs, type QueuedDelivery } from '../webhooks/webhook-deliveries.repository.js';

/**
 * Ends one job in one statement: `update` (a conditional UPDATE … RETURNING of generation_jobs from an
 * active state) with, in the same statement and so the same transaction, its webhook deliveries (the
 * outbox) and the return of its API key's job slot. A job ends at every attempt's last step; as a
 * transaction this took six round trips (BEGIN, update, two inserts, slot, COMMIT), now it takes one.
 *
 * Prepared as `name`: `update` holds placeholders for its values, and the outbox's event id is the
 * placeholder `eventId`. The returned function runs it with those values; undefined when the update
 * matched no row (the job had already left the states it ends from).
 */
export function prepareEndJob(
  db: Database,
  name: string,
  update: { getSQL(): SQL },
  eventType: WebhookEventType,
): (values: Record<string, unknown>) => Promise<{ row: JobRow; deliveries: QueuedDelivery[] } | undefined> {
  const run = prepareRaw<Record<string, unknown> & { deliveries: QueuedDelivery[] }>(
    db,
    sql`
      with ended as (${update.getSQL()}),
      slot as (
        update ${apiKeys} k set active_jobs = k.active_jobs - 1
        from ended where k.id = ended.api_key_id
      ),
      ${deliveriesForEndedJobs(sql.placeholder('eventId'), eventType)}
      select ended.*,
        coalesce((select json_agg(json_build_object('id', d.id, 'round', d.round)) from deliveries d), '[]')
          as deliveries
      from ended`,
    name,
  );
  return async (values) => {
    const [raw] = await run(values);
    return raw && { row: rowFromDriver(generationJobs, raw), deliveries: raw.deliveries };
  };
}
