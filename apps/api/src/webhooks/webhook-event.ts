import { WebhookEvent } from '@draftbench/contracts';
import { type DraftRow, type JobRow, type WebhookDeliveryRow } from '@draftbench/db';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { jobFromRow } from '../jobs/job.mapper.js';

/** The body of a delivery: the event with the job and its drafts as `GET /v1/jobs/:id` shows them. */
export function webhookEventBody(delivery: WebhookDeliveryRow, job: JobRow, drafts: DraftRow[]): string {
  const event = WebhookEvent.parse({
    id: delivery.eventId,
    type: delivery.eventType,
    createdAt: delivery.createdAt.toISOString(),
    data: { job: { ...jobFromRow(job), drafts: drafts.map(draftFromRow) } },
  });
  return JSON.stringify(event);
}
