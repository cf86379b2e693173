import { type Provider, type Type } from '@nestjs/common';
import { type Access } from '../auth/access-policy.js';
import { BatchesController } from './batches.controller.js';
import { BatchesRepository } from './batches.repository.js';
import { BatchesService } from './batches.service.js';

/** Everything the batches area adds to the app; wired in app.module.ts and access-policy.ts. */
export const BATCHES_CONTROLLERS: Type[] = [BatchesController];
export const BATCHES_PROVIDERS: Provider[] = [BatchesRepository, BatchesService];
export const BATCHES_ACCESS: Record<string, Access> = {
  'POST /v1/batches': ['lead'],
  'GET /v1/batches': ['lead'],
  'GET /v1/batches/:id': ['lead'],
  'GET /v1/batches/:id/jobs': ['lead'],
};
