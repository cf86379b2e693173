import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ProviderRegistry } from '@draftbench/llm';
import { ApiKeyRateLimiter } from './api-keys/api-key-rate-limiter.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { API_KEYS_CONTROLLERS, API_KEYS_PROVIDERS } from './api-keys/api-keys.parts.js';
import { JobSlotsRecount } from './api-keys/job-slots-recount.js';
import { AssignmentsController } from './assignments/assignments.controller.js';
import { AssignmentsRepository } from './assignments/assignments.repository.js';
import { AssignmentsService } from './assignments/assignments.service.js';
import { AssistedEditsController } from './assisted/assisted-edits.controller.js';
import { AssistedEditsService } from './assisted/assisted-edits.service.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthService } from './auth/auth.service.js';
import { RoutePolicyCheck } from './auth/route-policy.check.js';
import { SessionsRepository } from './auth/sessions.repository.js';
import { BATCHES_CONTROLLERS, BATCHES_PROVIDERS } from './batches/batches.parts.js';
import { BriefsController } from './briefs/briefs.controller.js';
import { BriefsRepository } from './briefs/briefs.repository.js';
import { DraftsRepository } from './drafts/drafts.repository.js';
import { JobEventBus } from './events/job-event-bus.js';
import { type Env } from './config/env.schema.js';
import { HealthController } from './health/health.controller.js';
import { HealthServer } from './health/health-server.js';
import { HealthService } from './health/health.service.js';
import { WorkerLiveness } from './health/worker-liveness.js';
import { HttpDrain } from './lifecycle/http-drain.js';
import { JobsReconciler } from './reconciler/jobs.reconciler.js';
import { Metrics } from './observability/metrics.js';
import { MetricsController } from './observability/metrics.controller.js';
import { IDEMPOTENCY_PROVIDERS } from './idempotency/idempotency.parts.js';
import { type Infrastructure } from './infrastructure/infrastructure.js';
import { InfrastructureLifecycle } from './infrastructure/infrastructure.lifecycle.js';
import { DB, ENV, INFRASTRUCTURE, PG_POOL, QUEUE_BACKEND } from './infrastructure/tokens.js';
import { JobEventsStream } from './jobs/job-events.stream.js';
import { JUDGE_CONTROLLERS, JUDGE_PROVIDERS, JUDGE_WORKER_PROVIDERS } from './judge/judge.parts.js';
import { JobsController } from './jobs/jobs.controller.js';
import { JobsRepository } from './jobs/jobs.repository.js';
import { JobsService } from './jobs/jobs.service.js';
import { ProvidersController } from './providers/providers.controller.js';
import { GenerationQueue } from './queue/generation.queue.js';
import { AdminBootstrap } from './users/admin-bootstrap.js';
import { UsersController } from './users/users.controller.js';
import { UsersRepository } from './users/users.repository.js';
import { UsersService } from './users/users.service.js';
import { WebAppController } from './web/web-app.controller.js';
import { DraftExportController } from './exports/draft-export.controller.js';
import { ExportsController } from './exports/exports.controller.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { ExportsRepository } from './exports/exports.repository.js';
import { ExportsService } from './exports/exports.service.js';
import { EconomicsService } from './leaderboard/economics.service.js';
import { LeaderboardController } from './leaderboard/leaderboard.controller.js';
import { LeaderboardRepository } from './leaderboard/leaderboard.repository.js';
import { LeaderboardService } from './leaderboard/leaderboard.service.js';
import { IntegrityService } from './ratings/integrity.service.js';
import { RatingsController } from './ratings/ratings.controller.js';
import { RatingsRepository } from './ratings/ratings.repository.js';
import { RatingsService } from './ratings/ratings.service.js';
import { SAFETY_CONTROLLERS, SAFETY_PROVIDERS, SAFETY_SHARED_PROVIDERS } from './safety/safety.parts.js';
import { SubmissionScreen } from './submissions/submission-screen.js';
import { SubmissionsController } from './submissions/submissions.controller.js';
import { SubmissionsService } from './submissions/submissions.service.js';
import {
  TEMPLATES_CONTROLLERS,
  TEMPLATES_PROVIDERS,
  TEMPLATES_WORKER_PROVIDERS,
} from './templates/templates.parts.js';
import { WEB_DIST } from './web/web-dist.js';
import {
  WEBHOOKS_CONTROLLERS,
  WEBHOOKS_PROVIDERS,
  WEBHOOKS_SHARED_PROVIDERS,
  WEBHOOKS_WORKER_PROVIDERS,
} from './webhooks/webhooks.parts.js';
import { GenerationProcessor } from './worker/generation.processor.js';
import { ProviderBudget } from './worker/provider-budget.js';
import { ProviderLimits } from './worker/provider-limits.js';
import { GenerationWorker } from './worker/generation.worker.js';

export interface AppModuleOptions {
  infra: Infrastructure;
  roles: ReadonlyArray<'api' | 'worker'>;
  webDist?: string;
}

/** One codebase, two roles: `api` adds the HTTP surface, `worker` adds the queue consumers. */
@Module({})
export class AppModule {
  static register({ infra, roles, webDist }: AppModuleOptions): DynamicModule {
    const shared: Provider[] = [
      { provide: INFRASTRUCTURE, useValue: infra },
      InfrastructureLifecycle,
      { provide: ENV, useValue: infra.env },
      { provide: DB, useValue: infra.db },
      { provide: PG_POOL, useValue: infra.pool },
      { provide: QUEUE_BACKEND, useValue: infra.queueBackend },
      { provide: JobEventBus, useValue: infra.eventBus },
      { provide: ProviderRegistry, useValue: infra.providers },
      { provide: Metrics, useValue: infra.metrics },
      BriefsRepository,
      DraftsRepository,
      JobsRepository,
      GenerationQueue,
      HealthService,
      ...SAFETY_SHARED_PROVIDERS,
      ...WEBHOOKS_SHARED_PROVIDERS,
    ];
    const api: Provider[] = [
      HttpDrain, // first: its onModuleDestroy stops new connections before streams end
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: ApiKeyRateLimiter, useValue: infra.rateLimiter },
      { provide: LoginThrottle, useValue: infra.loginThrottle },
      AuthService,
      SessionsRepository,
      UsersRepository,
      UsersService,
      AdminBootstrap,
      RoutePolicyCheck,
      AssignmentsRepository,
      AssignmentsService,
      SubmissionScreen,
      SubmissionsService,
      AssistedEditsService,
      RatingsRepository,
      RatingsService,
      IntegrityService,
      ExportsRepository,
      ExportsService,
      LeaderboardRepository,
      LeaderboardService,
      EconomicsService,
      JobsService,
      JobEventsStream,
      { provide: WEB_DIST, useValue: webDist },
      ...TEMPLATES_PROVIDERS,
      ...BATCHES_PROVIDERS,
      ...JUDGE_PROVIDERS,
      ...API_KEYS_PROVIDERS,
      ...IDEMPOTENCY_PROVIDERS,
      ...SAFETY_PROVIDERS,
      ...WEBHOOKS_PROVIDERS,
    ];
    const controllers: Type[] = [
      HealthController,
      MetricsController,
      AuthController,
      UsersController,
      BriefsController,
      JobsController,
      ProvidersController,
      AssignmentsController,
      SubmissionsController,
      AssistedEditsController,
      RatingsController,
      ExportsController,
      DraftExportController,
      LeaderboardController,
      OpenApiController,
      ...TEMPLATES_CONTROLLERS,
      ...BATCHES_CONTROLLERS,
      ...JUDGE_CONTROLLERS,
      ...API_KEYS_CONTROLLERS,
      ...SAFETY_CONTROLLERS,
      ...WEBHOOKS_CONTROLLERS,
    ];
    if (webDist) controllers.push(WebAppController); // last: its catch-all must not shadow API routes
    const worker: Provider[] = [
      {
        provide: WorkerLiveness,
        useFactory: (env: Env) => new WorkerLiveness(env.WORKER_CONCURRENCY, env.LIVENESS_STALL_MS),
        inject: [ENV],
      },
      { provide: ProviderBudget, useValue: infra.providerBudget },
      ProviderLimits,
      GenerationProcessor,
      GenerationWorker,
      JobsReconciler,
      JobSlotsRecount,
      ...(roles.includes('api') ? [] : [HealthServer]),
      ...TEMPLATES_WORKER_PROVIDERS,
      ...JUDGE_WORKER_PROVIDERS,
      ...WEBHOOKS_WORKER_PROVIDERS,
    ];
    return {
      module: AppModule,
      imports: [DiscoveryModule],
      controllers: roles.includes('api') ? controllers : [],
      providers: [
        ...shared,
        ...(roles.includes('api') ? api : []),
        ...(roles.includes('worker') ? worker : []),
      ],
    };
  }
}
