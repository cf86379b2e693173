import type { ApiKey, Scope } from '@draftbench/contracts';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

export function apiKeyStatus(key: ApiKey, now = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The lifetimes the form offers; `never` is a key without an expiry. */
export const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const expiresAtFor = (choice: ExpiryChoice, now = Date.now()): string | undefined =>
  choice === 'never' ? undefined : new Date(now + Number(choice) * 86_400_000).toISOString();

/** Translation keys of the scopes: i18next reads `:` as a namespace separator, so the keys use `_`. */
export const SCOPE_TEXT = {
  'jobs:write': 'apiKeys.scopes.jobs_write',
  'jobs:read': 'apiKeys.scopes.jobs_read',
  'briefs:write': 'apiKeys.scopes.briefs_write',
  'ratings:read': 'apiKeys.scopes.ratings_read',
  'exports:read': 'apiKeys.scopes.exports_read',
  admin: 'apiKeys.scopes.admin',
} as const satisfies Record<Scope, string>;
