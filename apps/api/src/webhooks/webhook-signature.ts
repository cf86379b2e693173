import { WEBHOOK_SECRET_PREFIX } from '@draftbench/contracts';
import { createHmac, randomBytes } from 'node:crypto';

/** `whsec_` and 32 random bytes: what a registered endpoint signs with, shown to its owner once. */
export const newWebhookSecret = (): string => WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64url');

/**
 * The `Draftbench-Signature` value for `body` sent at `timestamp` (unix seconds): HMAC-SHA256 over
 * "<t>.<body>". Signing the time too lets a receiver refuse a replayed old delivery.
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}
