import { type ApiKey } from '@draftbench/contracts';
import { type ApiKeyRow } from '@draftbench/db';
import { visiblePrefix } from './api-key-token.js';

/** The public shape: the visible prefix, never the secret or its hash. */
export function apiKeyFromRow(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: visiblePrefix(row.publicId),
    scopes: row.scopes,
    rateLimitPerMinute: row.rateLimitPerMinute,
    maxConcurrentJobs: row.maxConcurrentJobs,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
