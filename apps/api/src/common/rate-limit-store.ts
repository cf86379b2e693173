import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRedisClient, type RedisTarget } from './redis-client.js';
import {
  postgresSlidingWindowLog,
  redisSlidingWindowLog,
  type SlidingWindowLog,
} from './sliding-window-log.js';

/**
 * Where counters live that every API and worker process must share: Redis when one is configured, else the
 * PostgreSQL the data lives in (tables `api_key_rate_limits`, the layout rate-limiter-flexible reads, and
 * `provider_call_log`).
 */
export interface RateLimitStore {
  /** Fixed-window counting (request rates of API keys, login attempts). */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract;
  /** Rolling-window call log (provider budgets: providers count a rolling minute). */
  slidingWindow(windowMs: number): SlidingWindowLog;
  close(): Promise<void>;
}

export function createRateLimitStore(options: { redis?: RedisTarget; pool: pg.Pool }): RateLimitStore {
  if (options.redis) {
    // Lazy: a process that counts nothing (a worker without provider budgets) never opens this connection.
    const redis = createRedisClient(options.redis, { maxRetriesPerRequest: 3, lazyConnect: true });
    redis.on('error', () => undefined); // ioredis reconnects; a failed count surfaces where it is awaited
    return {
      limiter: (keyPrefix, points, duration) =>
        new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration }),
      slidingWindow: (windowMs) => redisSlidingWindowLog(redis, windowMs),
      close: async () => redis.disconnect(),
    };
  }
  return {
    limiter: (keyPrefix, points, duration) =>
      new RateLimiterPostgres({
        storeClient: options.pool,
        storeType: 'pool',
        // Created by the migrations (packages/db schema `apiKeyRateLimits`), not at run time.
        tableName: 'api_key_rate_limits',
        tableCreated: true,
        keyPrefix,
        points,
        duration,
      }),
    slidingWindow: (windowMs) => postgresSlidingWindowLog(options.pool, windowMs),
    close: async () => undefined,
  };
}
