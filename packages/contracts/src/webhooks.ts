import { z } from 'zod';
import { Id, PageQuery, Timestamp, page, text } from './common.js';
import { JobWithDrafts } from './jobs.js';
import { WebhookUrl } from './webhook-target.js';

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

/** Secrets of registered endpoints start with this, e.g. `whsec_Xk2…`. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export const WebhookEndpoint = z.object({
  id: Id,
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(WebhookEventType),
  apiKeyId: Id.nullable().describe(
    'Events of jobs created with this API key; null: of the jobs you create while signed in',
  ),
  createdAt: Timestamp,
  disabledAt: Timestamp.nullable().describe('A disabled endpoint receives nothing more'),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const WebhookEndpointCreate = z.object({
  url: WebhookUrl,
  events: z
    .array(WebhookEventType)
    .min(1, 'Choose at least one event')
    .max(WebhookEventType.options.length)
    .refine((events) => new Set(events).size === events.length, 'List each event once')
    .default([...WebhookEventType.options]),
  description: text(200).optional(),
  apiKeyId: Id.optional().describe(
    'One of your API keys: the endpoint receives events of the jobs it creates. Omitted: the key making this request, or — signed in — the jobs you create while signed in',
  ),
});
export type WebhookEndpointCreate = z.infer<typeof WebhookEndpointCreate>;
export type WebhookEndpointCreateInput = z.input<typeof WebhookEndpointCreate>;

export const WebhookEndpointCreated = WebhookEndpoint.extend({
  secret: z
    .string()
    .describe('Verify each delivery’s Draftbench-Signature with it. Shown in this answer only'),
});
export type WebhookEndpointCreated = z.infer<typeof WebhookEndpointCreated>;

export const WebhookEndpointPage = page(WebhookEndpoint);
export type WebhookEndpointPage = z.infer<typeof WebhookEndpointPage>;

export const WebhookDeliveryState = z.enum(['pending', 'succeeded', 'failed']);
export type WebhookDeliveryState = z.infer<typeof WebhookDeliveryState>;

/** One event sent to one target; `GET /v1/webhooks/deliveries/:id` adds its attempts. */
export const WebhookDelivery = z.object({
  id: Id,
  eventId: Id.describe('The `id` in the body: the same for every attempt and every target of one event'),
  eventType: WebhookEventType,
  jobId: Id,
  endpointId: Id.nullable().describe("null: the job's own webhook, given when it was created"),
  url: z.string(),
  state: WebhookDeliveryState.describe(
    'pending: being sent or waiting to retry; succeeded: a 2xx answer; failed: every attempt failed',
  ),
  attempts: z.number().int().min(0),
  lastStatus: z.number().int().nullable().describe('HTTP status of the last attempt; null: no answer'),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deliveredAt: Timestamp.nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookAttempt = z.object({
  attempt: z.number().int().min(1),
  at: Timestamp,
  statusCode: z
    .number()
    .int()
    .nullable()
    .describe('null: no answer (refused target, network error, timeout)'),
  latencyMs: z.number().int().min(0),
  error: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

export const WebhookDeliveryWithAttempts = WebhookDelivery.extend({
  attemptLog: z.array(WebhookAttempt).describe('Every attempt, first to last'),
});
export type WebhookDeliveryWithAttempts = z.infer<typeof WebhookDeliveryWithAttempts>;

export const WebhookDeliveryListQuery = PageQuery.extend({
  jobId: Id.optional(),
  endpointId: Id.optional(),
  state: WebhookDeliveryState.optional(),
});
export type WebhookDeliveryListQuery = z.infer<typeof WebhookDeliveryListQuery>;
