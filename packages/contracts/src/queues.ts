import { z } from 'zod';
import { Id } from './common.js';

/**
 * Every queue, with the payload its jobs carry. Producer and worker both import this file, so a
 * queue name or payload shape cannot drift between them.
 */
export const QUEUES = {
  generation: {
    name: 'generation',
    /** `rateLimitedRounds`: 429s with Retry-After this job has waited out without using an attempt. */
    payload: z.object({ jobId: Id, rateLimitedRounds: z.number().int().min(0).optional() }),
  },
  judge: {
    name: 'judge',
    payload: z.object({ runId: Id }),
  },
  webhookDelivery: {
    name: 'webhook-delivery',
    /** `round`: 1, plus one per manual redelivery; a queue entry of an earlier round does nothing. */
    payload: z.object({ deliveryId: Id, round: z.number().int().min(1) }),
  },
} as const;

export type QueueKey = keyof typeof QUEUES;
export type QueuePayload<K extends QueueKey> = z.infer<(typeof QUEUES)[K]['payload']>;
