import { type Provider, type Type } from '@nestjs/common';
import { rule, type RouteRule } from '../auth/route-rule.js';
import { PromptTemplatesController } from './templates.controller.js';
import { PromptTemplatesRepository } from './templates.repository.js';
import { PromptTemplatesService } from './templates.service.js';

/** Everything the templates area adds to the app; wired in app.module.ts and access-policy.ts. */
export const TEMPLATES_CONTROLLERS: Type[] = [PromptTemplatesController];
/** API role: the repository, and the service (seeding at start, the routes, resolving a job's template). */
export const TEMPLATES_PROVIDERS: Provider[] = [PromptTemplatesRepository, PromptTemplatesService];
/** Worker role: the processor renders the version a job recorded, looked up through the repository. */
export const TEMPLATES_WORKER_PROVIDERS: Provider[] = [PromptTemplatesRepository];
export const TEMPLATES_ACCESS: Record<string, RouteRule> = {
  // Reading and previewing templates is part of choosing one for a job; changing them is not.
  'GET /v1/templates': rule(['lead', 'editor'], 'jobs:read'),
  'GET /v1/templates/:id': rule(['lead', 'editor'], 'jobs:read'),
  'POST /v1/templates': rule(['lead'], 'admin'),
  'POST /v1/templates/labels': rule(['lead'], 'admin'),
  'POST /v1/templates/preview': rule(['lead', 'editor'], 'jobs:read'),
};
