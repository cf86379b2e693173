import { type Provider, type Type } from '@nestjs/common';
import { rule, type RouteRule } from '../auth/route-rule.js';
import { ModerationClient } from './moderation.client.js';
import { ReviewQueueController } from './review-queue.controller.js';
import { ReviewQueueService } from './review-queue.service.js';
import { SafetyGate } from './safety-gate.js';
import { SafetyRatesController } from './safety-rates.controller.js';
import { SafetyRatesRepository } from './safety-rates.repository.js';

/** Everything the safety gate adds to the app; wired in app.module.ts and access-policy.ts. */
export const SAFETY_CONTROLLERS: Type[] = [ReviewQueueController, SafetyRatesController];
/** Both roles: the API checks UGC, the worker checks briefs and outputs. */
export const SAFETY_SHARED_PROVIDERS: Provider[] = [ModerationClient, SafetyGate];
export const SAFETY_PROVIDERS: Provider[] = [ReviewQueueService, SafetyRatesRepository];
export const SAFETY_ACCESS: Record<string, RouteRule> = {
  // Leads decide what held drafts (UGC and AI) may be used; the queue shows origins, so not for raters.
  'GET /v1/moderation': rule(['lead'], 'admin'),
  'POST /v1/drafts/:id/moderation': rule(['lead'], 'admin'),
  // Read beside the leaderboard, by whoever reads it.
  'GET /v1/safety/rates': rule(['lead', 'editor'], 'ratings:read'),
};
