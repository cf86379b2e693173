import { ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyPage } from '../api-keys.js';
import { PageQuery } from '../common.js';
import { IdParams, op } from './define.js';

/** Keys are managed by signed-in people only: a leaked key cannot mint or list more keys. */
export const API_KEY_OPERATIONS = {
  createApiKey: op({
    method: 'POST',
    path: '/v1/api-keys',
    tag: 'API keys',
    summary: 'Create an API key; its secret is in this answer only',
    description:
      'Send it as `Authorization: Bearer <secret>`. The key acts as you, limited to its scopes. Idempotency-Key is refused here: the answer carries the secret, which is never stored.',
    body: ApiKeyCreate,
    example: { name: 'CMS integration', scopes: ['briefs:write', 'jobs:write'], rateLimitPerMinute: 60 },
    idempotent: false,
    status: 201,
    response: ApiKeyCreated,
  }),
  listApiKeys: op({
    method: 'GET',
    path: '/v1/api-keys',
    tag: 'API keys',
    summary: 'My API keys (prefix, scopes, limits, last use; never the secret)',
    status: 200,
    query: PageQuery,
    response: ApiKeyPage,
  }),
  revokeApiKey: op({
    method: 'POST',
    path: '/v1/api-keys/:id/revoke',
    tag: 'API keys',
    summary: 'Revoke a key at once',
    params: IdParams,
    status: 200,
    response: ApiKey,
  }),
} as const;
