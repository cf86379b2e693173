import { type WebhookAttempt, type WebhookDelivery, type WebhookEndpoint } from '@draftbench/contracts';
import { type WebhookAttemptRow, type WebhookDeliveryRow, type WebhookEndpointRow } from '@draftbench/db';

/** Never the secret: it is shown once, in the answer that creates the endpoint. */
export function webhookEndpointFromRow(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    apiKeyId: row.apiKeyId,
    createdAt: row.createdAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
  };
}

export function webhookDeliveryFromRow(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    jobId: row.jobId,
    endpointId: row.endpointId,
    url: row.url,
    state: row.state,
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

export function webhookAttemptFromRow(row: WebhookAttemptRow): WebhookAttempt {
  return {
    attempt: row.attempt,
    at: row.at.toISOString(),
    statusCode: row.statusCode,
    latencyMs: row.latencyMs,
    error: row.error,
  };
}
