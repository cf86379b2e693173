import { type Provider, type Type } from '@nestjs/common';
import { type Access } from '../auth/access-policy.js';

/** Everything the templates area adds to the app; wired in app.module.ts and access-policy.ts. */
export const TEMPLATES_CONTROLLERS: Type[] = [];
export const TEMPLATES_PROVIDERS: Provider[] = [];
export const TEMPLATES_ACCESS: Record<string, Access> = {};
