import { type Provider, type Type } from '@nestjs/common';
import { type Access } from '../auth/access-policy.js';

/** Everything the batches area adds to the app; wired in app.module.ts and access-policy.ts. */
export const BATCHES_CONTROLLERS: Type[] = [];
export const BATCHES_PROVIDERS: Provider[] = [];
export const BATCHES_ACCESS: Record<string, Access> = {};
