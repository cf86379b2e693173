import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { hasHashTag, type RedisTarget } from '../common/redis-client.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Every environment variable the API and worker read. `.env.example` lists the same set. */
const EnvFields = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  APP_ROLES: z
    .string()
    .default('api,worker')
    .transform((v) =>
      v
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['api', 'worker'])).min(1)),
  DATABASE_URL: optionalString,
  DATA_DIR: z.string().default('.data'),
  REDIS_URL: optionalString,
  /** Seed nodes of a Redis Cluster, comma-separated `redis://` or `rediss://` URLs: instead of REDIS_URL. */
  REDIS_CLUSTER_NODES: optionalString
    .transform((v) => v?.split(',').map((node) => node.trim()))
    .pipe(
      z.array(z.url({ protocol: /^rediss?$/, error: 'each node is a redis:// or rediss:// URL' })).optional(),
    ),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w{}:-]+$/)
    .default('draftbench'),
  PG_QUEUE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('bullmq'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  JOB_BACKOFF_MS: z.coerce.number().int().min(0).default(2000),
  /** A job whose worker stops renewing its lock for this long is handed to another worker (BullMQ stall check). */
  WORKER_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  /** Rows younger than this may still be on their way into the queue; the reconciler leaves them alone. */
  RECONCILE_GRACE_MS: z.coerce.number().int().min(0).default(120_000),
  /** Liveness fails when jobs wait this long while this process's worker has free slots and takes none. */
  LIVENESS_STALL_MS: z.coerce.number().int().min(100).default(60_000),
  /** At shutdown, in-flight jobs get this long to finish before they are handed back to the queue. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  /** Worker-only processes serve /healthz and /readyz on this port when set. */
  HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  DEFAULT_PROVIDER: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODELS: z.string().default('gpt-4o-mini:0.15:0.6'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  OPENAI_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  OPENAI_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(0),
  OPENAI_TOKENS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
  OPENAI_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  BUDGET_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  PROVIDER_RATE_LIMITED_ROUNDS: z.coerce.number().int().min(0).max(100).default(5),
  OPENAI_MODERATION_MODEL: optionalString,
  OPENAI_MODERATION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  MODERATION_REFUSE_SCORE: z.coerce.number().gt(0).max(1).default(0.8),
  TEMPLATE_CHUNK_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(15),
  TEMPLATE_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(0),
  TEMPLATE_TOKENS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
  WEB_DIST_DIR: optionalString,
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('warn'),
  /** `json`: one JSON object per line (level, timestamp, context, message, requestId, jobId) for log shippers. */
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  SERVE_WEB: bool.default(true),
  ADMIN_EMAIL: z.email().default('admin@draftbench.local'),
  ADMIN_PASSWORD: optionalString.pipe(
    z.string().min(10, 'ADMIN_PASSWORD needs at least 10 characters').optional(),
  ),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(168),
  COOKIE_SECURE: bool.default(false),
  API_KEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  API_KEY_MAX_CONCURRENT_JOBS: z.coerce.number().int().min(1).max(10_000).default(20),
  API_KEY_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /** Load shedding (observability/load-shedding.ts): 0 leaves a limit off; both off by default. */
  LOAD_SHED_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  LOAD_SHED_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0),
  LOAD_SHED_SAMPLE_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  UGC_MAX_SUBMISSIONS_PER_BRIEF: z.coerce.number().int().min(1).max(100).default(3),
  RATERS_PER_PAIR: z.coerce.number().int().min(1).max(20).default(3),
  RATING_DAILY_CAP: z.coerce.number().int().min(1).max(10_000).default(200),
  JUDGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  HUMAN_EDIT_THRESHOLD: z.coerce.number().gt(0).max(1).default(0.3),
  WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(7),
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(0).default(60_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_ALLOWED_ADDRESSES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .refine(
            (entry) => (entry.includes('/') ? ipaddr.isValidCIDR(entry) : ipaddr.isValid(entry)),
            'not an IP address or CIDR block (e.g. 10.0.0.5 or 10.0.0.0/8)',
          ),
      ),
    ),
});

export const EnvSchema = EnvFields.superRefine((env, ctx) => {
  if (!env.REDIS_CLUSTER_NODES) return;
  if (env.REDIS_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_CLUSTER_NODES'],
      message: 'set REDIS_URL (one Redis server) or REDIS_CLUSTER_NODES (a Redis Cluster), not both',
    });
  }
  if (!hasHashTag(env.QUEUE_PREFIX)) {
    ctx.addIssue({
      code: 'custom',
      path: ['QUEUE_PREFIX'],
      message:
        `"${env.QUEUE_PREFIX}" has no hash tag; on a Redis Cluster use one such as {${env.QUEUE_PREFIX}} ` +
        "(braces included), so that each queue's keys share a hash slot as BullMQ's scripts require",
    });
  }
});
export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The Redis the queue, the event bus and the shared counters use; none means all three run on PostgreSQL. */
export function redisTargetOf(env: Pick<Env, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>): RedisTarget | undefined {
  if (env.REDIS_CLUSTER_NODES) return { kind: 'cluster', nodes: env.REDIS_CLUSTER_NODES };
  return env.REDIS_URL ? { kind: 'server', url: env.REDIS_URL } : undefined;
}
