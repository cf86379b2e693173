import { PageQuery, page } from '../common.js';
import {
  WebhookDelivery,
  WebhookDeliveryListQuery,
  WebhookDeliveryWithAttempts,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointCreated,
  WebhookEndpointPage,
} from '../webhooks.js';
import { IdParams, op } from './define.js';

const SIGNATURE =
  'Each delivery is a POST of a WebhookEvent with `Draftbench-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`; `verifyWebhook` in the client package checks it.';

/** Webhooks: endpoints per user or API key, and the log of every delivery. */
export const WEBHOOK_OPERATIONS = {
  createWebhookEndpoint: op({
    method: 'POST',
    path: '/v1/webhooks/endpoints',
    tag: 'Webhooks',
    summary: 'Register an endpoint for job events; its secret is in this answer only',
    description: `${SIGNATURE} Failed deliveries are retried with exponential backoff for about an hour. Only public addresses receive webhooks unless the server's WEBHOOK_ALLOWED_ADDRESSES names them.`,
    body: WebhookEndpointCreate,
    example: {
      url: 'https://cms.example.com/hooks/draftbench',
      events: ['job.succeeded', 'job.failed'],
      description: 'CMS import',
    },
    status: 201,
    response: WebhookEndpointCreated,
    errors: [404],
  }),
  listWebhookEndpoints: op({
    method: 'GET',
    path: '/v1/webhooks/endpoints',
    tag: 'Webhooks',
    summary: 'My webhook endpoints, newest first (never the secret)',
    status: 200,
    query: PageQuery,
    response: WebhookEndpointPage,
  }),
  disableWebhookEndpoint: op({
    method: 'DELETE',
    path: '/v1/webhooks/endpoints/:id',
    tag: 'Webhooks',
    summary: 'Disable an endpoint: it receives nothing more, and its delivery log stays',
    params: IdParams,
    status: 200,
    response: WebhookEndpoint,
    errors: [404],
  }),
  listWebhookDeliveries: op({
    method: 'GET',
    path: '/v1/webhooks/deliveries',
    tag: 'Webhooks',
    summary: 'Deliveries to my endpoints and to the webhooks of my jobs, newest first',
    query: WebhookDeliveryListQuery,
    status: 200,
    response: page(WebhookDelivery),
  }),
  getWebhookDelivery: op({
    method: 'GET',
    path: '/v1/webhooks/deliveries/:id',
    tag: 'Webhooks',
    summary: 'One delivery with every attempt: time, status code, latency, error',
    params: IdParams,
    status: 200,
    response: WebhookDeliveryWithAttempts,
    errors: [404],
  }),
  redeliverWebhook: op({
    method: 'POST',
    path: '/v1/webhooks/deliveries/:id/redeliver',
    tag: 'Webhooks',
    summary: 'Send a finished delivery again, with a fresh round of attempts',
    description:
      'The event keeps its id, so a receiver that deduplicates by it ignores a copy it already handled. 409 while the delivery is still pending.',
    params: IdParams,
    status: 202,
    response: WebhookDelivery,
    errors: [404, 409],
  }),
} as const;
