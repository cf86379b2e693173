import {
  applyMigrations,
  createDatabase,
  createPool,
  startEmbeddedPostgres,
  type Database,
  type EmbeddedDatabase,
} from '@draftbench/db';
import { createProviderRegistry, parseModelList, ProviderRegistry } from '@draftbench/llm';
import { resolve } from 'node:path';
import type pg from 'pg';
import { createApiKeyRateLimiter, type ApiKeyRateLimiter } from '../api-keys/api-key-rate-limiter.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { createRateLimitStore } from '../common/rate-limit-store.js';
import { redisTargetOf, type Env } from '../config/env.schema.js';
import { type JobEventBus } from '../events/job-event-bus.js';
import { PostgresJobEventBus } from '../events/postgres-event-bus.js';
import { RedisJobEventBus } from '../events/redis-event-bus.js';
import { topicsForRoles } from '../events/job-signal.js';
import { MeteredProvider } from '../observability/metered-provider.js';
import { Metrics } from '../observability/metrics.js';
import { createQueueBackend, type QueueBackend } from '../queue/queue-backend.js';
import { createProviderBudget, type ProviderBudget } from '../worker/provider-budget.js';
import { providerBudgetLimits } from '../worker/provider-limits.js';
import { boundedClose } from '../lifecycle/bounded-close.js';

/** Connections and servers that live outside Nest's container and outlive any one module. */
export interface Infrastructure {
  env: Env;
  databaseUrl: string;
  pool: pg.Pool;
  db: Database;
  queueBackend: QueueBackend;
  eventBus: JobEventBus;
  rateLimiter: ApiKeyRateLimiter;
  loginThrottle: LoginThrottle;
  /** Requests and tokens per minute per provider, shared by every worker process. */
  providerBudget: ProviderBudget;
  providers: ProviderRegistry;
  metrics: Metrics;
  embedded?: EmbeddedDatabase;
  /**
   * Closes once, in dependency order: bus, rate limit store, queues and their connections, pool, then the
   * embedded server.
   */
  close(): Promise<void>;
}

export async function startInfrastructure(env: Env, log: (line: string) => void): Promise<Infrastructure> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = resolve(env.DATA_DIR);
    embedded = await startEmbeddedPostgres(dataDir);
    databaseUrl = embedded.url;
    log(`Embedded PostgreSQL started (data in ${dataDir})`);
  }
  try {
    const pool = createPool(databaseUrl);
    await applyMigrations(pool);
    const redis = redisTargetOf(env);
    const queueBackend = await createQueueBackend({
      redis,
      databaseUrl,
      prefix: env.QUEUE_PREFIX,
      pgSchema: env.PG_QUEUE_SCHEMA,
    });
    const topics = topicsForRoles(env.APP_ROLES);
    const eventBus = redis
      ? new RedisJobEventBus(redis, env.QUEUE_PREFIX, topics)
      : new PostgresJobEventBus(databaseUrl, topics);
    await eventBus.start();
    const rateLimits = createRateLimitStore({ redis, pool });
    const rateLimiter = createApiKeyRateLimiter(rateLimits, env.QUEUE_PREFIX);
    const loginThrottle = new LoginThrottle(rateLimits, env.QUEUE_PREFIX);
    const providerBudget = createProviderBudget(
      rateLimits,
      env.QUEUE_PREFIX,
      providerBudgetLimits(env),
      env.BUDGET_WINDOW_SECONDS,
    );
    const configured = createProviderRegistry({
      defaultProvider: env.DEFAULT_PROVIDER,
      templateChunkDelayMs: env.TEMPLATE_CHUNK_DELAY_MS,
      openai:
        env.OPENAI_API_KEY || env.OPENAI_BASE_URL
          ? {
              apiKey: env.OPENAI_API_KEY,
              baseURL: env.OPENAI_BASE_URL,
              models: parseModelList(env.OPENAI_MODELS),
              timeoutMs: env.OPENAI_TIMEOUT_MS,
              idleTimeoutMs: env.OPENAI_IDLE_TIMEOUT_MS,
            }
          : undefined,
    });
    const metrics = new Metrics();
    // Every provider call is measured at the boundary, whoever makes it (generation, judge).
    const providers = new ProviderRegistry(
      configured.names().map((name) => new MeteredProvider(configured.get(name), metrics)),
      configured.defaultProvider().info.name,
    );
    log(
      `Queue backend: ${queueBackend.kind}${redis?.kind === 'cluster' ? ' cluster' : ''}; default provider: ${providers.defaultProvider().info.name}`,
    );
    return {
      env,
      databaseUrl,
      pool,
      db: createDatabase(pool),
      queueBackend,
      eventBus,
      rateLimiter,
      loginThrottle,
      providerBudget,
      providers,
      metrics,
      embedded,
      close: once(async () => {
        await boundedClose('The event bus', eventBus.close());
        await boundedClose('The rate-limit store', rateLimits.close());
        await queueBackend.close(); // bounds each queue and worker itself
        // A client stuck on a killed connection would hold pool.end() forever.
        await boundedClose('The database pool', pool.end());
        await embedded?.stop();
      }),
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
