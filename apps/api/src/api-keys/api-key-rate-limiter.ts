import { Redis } from 'ioredis';
import type pg from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Where one key stands in its current one-minute window. */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

const WINDOW_SECONDS = 60;

/**
 * Requests per minute per API key, counted in the store every API process shares (Redis when REDIS_URL
 * is set, else PostgreSQL), so the limit holds however many processes serve the key.
 */
export class ApiKeyRateLimiter {
  /** One limiter per limit value: rate-limiter-flexible fixes the limit per limiter. */
  private readonly limiters = new Map<number, RateLimiterAbstract>();

  constructor(
    private readonly createLimiter: (points: number) => RateLimiterAbstract,
    private readonly closeStore: () => Promise<void> = async () => undefined,
  ) {}

  /** Counts one request of the key; errors of the store itself are thrown. */
  async consume(apiKeyId: string, perMinute: number): Promise<RateLimitState> {
    let limiter = this.limiters.get(perMinute);
    if (!limiter) this.limiters.set(perMinute, (limiter = this.createLimiter(perMinute)));
    try {
      return stateOf(await limiter.consume(apiKeyId), perMinute, true);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return stateOf(rejection, perMinute, false);
      throw rejection;
    }
  }

  close(): Promise<void> {
    return this.closeStore();
  }
}

function stateOf(result: RateLimiterRes, limit: number, allowed: boolean): RateLimitState {
  return {
    allowed,
    limit,
    remaining: result.remainingPoints,
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  };
}

export function createApiKeyRateLimiter(options: {
  redisUrl?: string;
  prefix: string;
  pool: pg.Pool;
}): ApiKeyRateLimiter {
  const keyPrefix = (points: number) => `${options.prefix}:api-key-rpm:${points}`;
  if (options.redisUrl) {
    // Lazy: a worker-only process never counts requests, so never opens this connection.
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
    redis.on('error', () => undefined); // ioredis reconnects; a failed count surfaces where it is awaited
    return new ApiKeyRateLimiter(
      (points) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: keyPrefix(points),
          points,
          duration: WINDOW_SECONDS,
        }),
      async () => redis.disconnect(),
    );
  }
  return new ApiKeyRateLimiter(
    (points) =>
      new RateLimiterPostgres({
        storeClient: options.pool,
        storeType: 'pool',
        // Created by the migrations (packages/db schema `apiKeyRateLimits`), not at run time.
        tableName: 'api_key_rate_limits',
        tableCreated: true,
        keyPrefix: keyPrefix(points),
        points,
        duration: WINDOW_SECONDS,
      }),
  );
}
