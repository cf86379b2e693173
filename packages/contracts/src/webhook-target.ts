import { z } from 'zod';

/**
 * Where a webhook goes: http(s) only. Whether the address may receive webhooks (public addresses only,
 * unless the server's allow-list names it) is checked by the server when the URL is given and again
 * when each delivery connects.
 */
export const WebhookUrl = z
  .url({ protocol: /^https?$/, error: 'Give an http:// or https:// URL' })
  .max(2000)
  .describe('An http(s) URL on a public address; redirects are not followed');

/** A job's own webhook target, given with the job. The secret is never returned. */
export const WebhookTarget = z.object({
  url: WebhookUrl,
  secret: z
    .string()
    .min(16, 'Use a secret of at least 16 characters')
    .max(200)
    .describe('Your secret: the signature is an HMAC-SHA256 with it. Never returned by the API'),
});
export type WebhookTarget = z.infer<typeof WebhookTarget>;
