import type { ApiKey } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { apiKeyStatus, expiresAtFor } from './model';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const key = (overrides: Partial<ApiKey> = {}): ApiKey => ({
  id: '5c2f1a9e-3d4b-4e8a-8b7c-6a5d4c3b2a19',
  name: 'CMS',
  prefix: 'dbk_k3x9q2mf',
  scopes: ['jobs:write'],
  rateLimitPerMinute: null,
  maxConcurrentJobs: null,
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  createdAt: '2026-11-01T12:00:00.000Z',
  ...overrides,
});

describe('API key model', () => {
  it('tells active, expired and revoked keys apart, revocation first', () => {
    expect(apiKeyStatus(key(), NOW)).toBe('active');
    expect(apiKeyStatus(key({ expiresAt: '2026-11-29T00:00:00.000Z' }), NOW)).toBe('active');
    expect(apiKeyStatus(key({ expiresAt: '2026-11-28T11:59:59.000Z' }), NOW)).toBe('expired');
    expect(
      apiKeyStatus(
        key({ expiresAt: '2026-11-28T11:00:00.000Z', revokedAt: '2026-11-20T00:00:00.000Z' }),
        NOW,
      ),
    ).toBe('revoked');
  });

  it('turns a lifetime into an expiry time, or none', () => {
    expect(expiresAtFor('30', NOW)).toBe('2026-12-28T12:00:00.000Z');
    expect(expiresAtFor('never', NOW)).toBeUndefined();
  });
});
