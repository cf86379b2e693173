import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { JobWithDrafts } from './jobs.js';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. More than one
 * `v1` may appear while a secret is being rotated; any one matching is enough.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'Draftbench-Signature';

export const WebhookEventType = z.enum(['job.succeeded', 'job.failed', 'job.refused', 'job.cancelled']);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** The body of every webhook delivery. `id` is the same on every retry of one event: deduplicate by it. */
export const WebhookEvent = z.object({
  id: Id,
  type: WebhookEventType,
  createdAt: Timestamp,
  data: z.object({ job: JobWithDrafts }),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;
