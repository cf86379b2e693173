import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type RateLimitStore } from '../common/rate-limit-store.js';

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
 * Requests per minute per API key, counted in the store every API process shares (Redis when one
 * is configured, else PostgreSQL), so the limit holds however many processes serve the key.
 */
export class ApiKeyRateLimiter {
  /** One limiter per limit value: rate-limiter-flexible fixes the limit per limiter. */
  private readonly limiters = new Map<number, RateLimiterAbstract>();

  constructor(private readonly createLimiter: (points: number) => RateLimiterAbstract) {}

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
}

function stateOf(result: RateLimiterRes, limit: number, allowed: boolean): RateLimitState {
  return {
    allowed,
    limit,
    remaining: result.remainingPoints,
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  };
}

export function createApiKeyRateLimiter(store: RateLimitStore, prefix: string): ApiKeyRateLimiter {
  return new ApiKeyRateLimiter((points) =>
    store.limiter(`${prefix}:api-key-rpm:${points}`, points, WINDOW_SECONDS),
  );
}
