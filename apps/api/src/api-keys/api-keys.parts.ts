import { type Provider, type Type } from '@nestjs/common';
import { sessionOnly, type RouteRule } from '../auth/route-rule.js';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { ApiKeyCache } from './api-key-cache.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { RequestRateLimit } from './request-rate-limit.js';

/** Everything the API keys area adds to the app; wired in app.module.ts and access-policy.ts. */
export const API_KEYS_CONTROLLERS: Type[] = [ApiKeysController];
export const API_KEYS_PROVIDERS: Provider[] = [
  ApiKeysRepository,
  ApiKeysService,
  RequestRateLimit,
  {
    provide: ApiKeyCache,
    useFactory: (env: Env) => new ApiKeyCache(env.API_KEY_CACHE_TTL_MS),
    inject: [ENV],
  },
];
/**
 * Keys are for services that call the job API on behalf of leads and editors. Only people manage them:
 * a leaked key cannot mint more keys.
 */
export const API_KEYS_ACCESS: Record<string, RouteRule> = {
  'POST /v1/api-keys': sessionOnly(['lead', 'editor']),
  'GET /v1/api-keys': sessionOnly(['lead', 'editor']),
  'POST /v1/api-keys/:id/revoke': sessionOnly(['lead', 'editor']),
};
