import { ProblemException } from '../common/problem.exception.js';
import { WebhookTargetError } from './ssrf-guard.js';
import { type WebhookHttpClient } from './webhook-http.client.js';

/**
 * Refuses, when it is given, a webhook URL that could never be delivered to (a literal private address,
 * credentials in it), so the caller learns now rather than from a failed delivery. Names are checked
 * at each delivery, on the addresses they resolve to then.
 */
export function assertWebhookUrl(http: WebhookHttpClient, url: string, field: string): void {
  try {
    http.checkUrl(url);
  } catch (error) {
    if (!(error instanceof WebhookTargetError || error instanceof TypeError)) throw error;
    const message = error instanceof WebhookTargetError ? error.message : 'This is not a valid URL.';
    throw new ProblemException(400, 'Webhook URL refused', `${field}: ${message}`, [
      { path: field, message },
    ]);
  }
}
