import { type Provider, type Type } from '@nestjs/common';
import { rule, type RouteRule } from '../auth/route-rule.js';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { WebhookDeliveryQueue } from '../queue/webhook-delivery.queue.js';
import { WebhookDeliveryProcessor } from '../worker/webhook-delivery.processor.js';
import { WebhookDeliveryWorker } from '../worker/webhook-delivery.worker.js';
import { WebhookDeliveriesController } from './webhook-deliveries.controller.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookEndpointsController } from './webhook-endpoints.controller.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { WebhookHttpClient } from './webhook-http.client.js';
import { WebhookOutbox } from './webhook-outbox.js';

/** Everything webhooks add to the app; wired in app.module.ts and access-policy.ts. */
export const WEBHOOKS_CONTROLLERS: Type[] = [WebhookEndpointsController, WebhookDeliveriesController];
/** Both roles: the outbox that JobsRepository writes to when a job ends, and the guarded HTTP client. */
export const WEBHOOKS_SHARED_PROVIDERS: Provider[] = [
  {
    provide: WebhookHttpClient,
    useFactory: (env: Env) => new WebhookHttpClient(env.WEBHOOK_ALLOWED_ADDRESSES, env.WEBHOOK_TIMEOUT_MS),
    inject: [ENV],
  },
  WebhookEndpointsRepository,
  WebhookDeliveriesRepository,
  WebhookDeliveryQueue,
  WebhookOutbox,
];
/** API role: endpoints and the delivery log. */
export const WEBHOOKS_PROVIDERS: Provider[] = [WebhookEndpointsService, WebhookDeliveriesService];
/** Worker role: the consumer of the `webhook-delivery` queue. */
export const WEBHOOKS_WORKER_PROVIDERS: Provider[] = [WebhookDeliveryProcessor, WebhookDeliveryWorker];
/** A webhook acts on jobs, so it follows the jobs' rules: leads create jobs, and keys need jobs:*. */
export const WEBHOOKS_ACCESS: Record<string, RouteRule> = {
  'POST /v1/webhooks/endpoints': rule(['lead'], 'jobs:write'),
  'GET /v1/webhooks/endpoints': rule(['lead'], 'jobs:read'),
  'DELETE /v1/webhooks/endpoints/:id': rule(['lead'], 'jobs:write'),
  'GET /v1/webhooks/deliveries': rule(['lead'], 'jobs:read'),
  'GET /v1/webhooks/deliveries/:id': rule(['lead'], 'jobs:read'),
  'POST /v1/webhooks/deliveries/:id/redeliver': rule(['lead'], 'jobs:write'),
};
