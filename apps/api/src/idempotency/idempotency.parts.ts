import { type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyJanitor } from './idempotency.janitor.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { IdempotencyService } from './idempotency.service.js';

/** API role: the global interceptor and what it needs; wired in app.module.ts (the body digest in bootstrap.ts). */
export const IDEMPOTENCY_PROVIDERS: Provider[] = [
  { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  IdempotencyRepository,
  IdempotencyService,
  IdempotencyJanitor,
];
