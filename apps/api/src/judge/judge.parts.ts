import { type Provider, type Type } from '@nestjs/common';
import { rule, type RouteRule } from '../auth/route-rule.js';
import { JudgeQueue } from '../queue/judge.queue.js';
import { JudgeProcessor } from '../worker/judge.processor.js';
import { JudgeWorker } from '../worker/judge.worker.js';
import { JudgeAgreementService } from './judge-agreement.service.js';
import { JudgeLeaderboardRepository } from './judge-leaderboard.repository.js';
import { JudgeRunsRepository } from './judge-runs.repository.js';
import { JudgeVerdictsRepository } from './judge-verdicts.repository.js';
import { JudgeController } from './judge.controller.js';
import { JudgeService } from './judge.service.js';

/** Everything the AI judge adds to the app; wired in app.module.ts and access-policy.ts. */
export const JUDGE_CONTROLLERS: Type[] = [JudgeController];
/** API role: starting and reporting runs, agreement, and the verdicts the leaderboard ranks. */
export const JUDGE_PROVIDERS: Provider[] = [
  JudgeRunsRepository,
  JudgeVerdictsRepository,
  JudgeLeaderboardRepository,
  JudgeQueue,
  JudgeService,
  JudgeAgreementService,
];
/** Worker role: the consumer of the `judge` queue. */
export const JUDGE_WORKER_PROVIDERS: Provider[] = [
  JudgeRunsRepository,
  JudgeVerdictsRepository,
  JudgeProcessor,
  JudgeWorker,
];
/** Whoever reads the leaderboard reads the judge; leads start runs (they spend model tokens). */
/** Judge verdicts are ratings: reading them needs `ratings:read`; a run spends model tokens, so `admin`. */
export const JUDGE_ACCESS: Record<string, RouteRule> = {
  'GET /v1/judge/status': rule(['lead', 'editor'], 'ratings:read'),
  'GET /v1/judge/runs': rule(['lead', 'editor'], 'ratings:read'),
  'GET /v1/judge/runs/:id': rule(['lead', 'editor'], 'ratings:read'),
  'POST /v1/judge/runs': rule(['lead'], 'admin'),
  'GET /v1/judge/agreement': rule(['lead', 'editor'], 'ratings:read'),
};
