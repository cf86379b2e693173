import { type Provider, type Type } from '@nestjs/common';
import { rule, type RouteRule } from '../auth/route-rule.js';
import { BatchesController } from './batches.controller.js';
import { BatchesRepository } from './batches.repository.js';
import { BatchesService } from './batches.service.js';

/** Everything the batches area adds to the app; wired in app.module.ts and access-policy.ts. */
export const BATCHES_CONTROLLERS: Type[] = [BatchesController];
export const BATCHES_PROVIDERS: Provider[] = [BatchesRepository, BatchesService];
export const BATCHES_ACCESS: Record<string, RouteRule> = {
  // A batch writes briefs and their jobs, so a key needs both scopes.
  'POST /v1/batches': rule(['lead'], 'briefs:write', 'jobs:write'),
  'GET /v1/batches': rule(['lead'], 'jobs:read'),
  'GET /v1/batches/:id': rule(['lead'], 'jobs:read'),
  'GET /v1/batches/:id/jobs': rule(['lead'], 'jobs:read'),
};
