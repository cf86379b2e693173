import { z } from 'zod';
import { Id, Timestamp, page, text } from './common.js';

/**
 * What an API key may do, on top of its owner's roles (a key never exceeds them). `admin` grants every
 * scope; `jobs:write` includes `jobs:read`.
 */
export const Scope = z.enum([
  'jobs:write',
  'jobs:read',
  'briefs:write',
  'ratings:read',
  'exports:read',
  'admin',
]);
export type Scope = z.infer<typeof Scope>;

const INCLUDED: Partial<Record<Scope, readonly Scope[]>> = { 'jobs:write': ['jobs:read'] };

/** Whether a key holding `held` may act where `needed` is required. */
export function grantsScope(held: readonly Scope[], needed: Scope): boolean {
  return held.some((scope) => scope === 'admin' || scope === needed || INCLUDED[scope]?.includes(needed));
}

/** Every key starts with this, then its 8-character public id, then the secret: `dbk_<id>_<secret>`. */
export const API_KEY_PREFIX = 'dbk_';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

export const ApiKey = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe('The visible start of the key, e.g. dbk_k3x9q2mf: enough to recognise it'),
  scopes: z.array(Scope),
  rateLimitPerMinute: z
    .number()
    .int()
    .nullable()
    .describe('Requests per minute; null: the server default (API_KEY_RATE_LIMIT_PER_MINUTE)'),
  maxConcurrentJobs: z
    .number()
    .int()
    .nullable()
    .describe('Jobs queued or running at once; null: the server default (API_KEY_MAX_CONCURRENT_JOBS)'),
  expiresAt: Timestamp.nullable(),
  lastUsedAt: Timestamp.nullable().describe('Updated at most once a minute'),
  revokedAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyCreate = z.object({
  name: text(80),
  scopes: z
    .array(Scope)
    .min(1, 'Choose at least one scope')
    .max(Scope.options.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, 'List each scope once'),
  expiresAt: Timestamp.optional()
    .refine((value) => value === undefined || Date.parse(value) > Date.now(), 'Choose a time in the future')
    .describe('Omit for a key that does not expire'),
  rateLimitPerMinute: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe('Only admins may set more than the server default'),
  maxConcurrentJobs: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe('Only admins may set more than the server default'),
});
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;
export type ApiKeyCreateInput = z.input<typeof ApiKeyCreate>;

export const ApiKeyCreated = ApiKey.extend({
  secret: z
    .string()
    .describe('The whole key, to send as `Authorization: Bearer <secret>`. Shown once: only a hash is kept'),
});
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

export const ApiKeyPage = page(ApiKey);
export type ApiKeyPage = z.infer<typeof ApiKeyPage>;
