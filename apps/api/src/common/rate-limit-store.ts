import { Redis } from 'ioredis';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Where counters live that every API and worker process must share: Redis when REDIS_URL is set, else the
 * PostgreSQL the data lives in (table `api_key_rate_limits`, the layout rate-limiter-flexible reads).
 */
export interface RateLimitStore {
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract;
  close(): Promise<void>;
}

export function createRateLimitStore(options: { redisUrl?: string; pool: pg.Pool }): RateLimitStore {
  if (options.redisUrl) {
    // Lazy: a process that counts nothing (a worker without provider budgets) never opens this connection.
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
    redis.on('error', () => undefined); // ioredis reconnects; a failed count surfaces where it is awaited
    return {
      limiter: (keyPrefix, points, duration) =>
        new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration }),
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
    close: async () => undefined,
  };
}
