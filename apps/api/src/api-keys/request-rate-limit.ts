import { Inject, Injectable, Logger } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { ProblemException } from '../common/problem.exception.js';
import { ApiKeyRateLimiter } from './api-key-rate-limiter.js';
import { type AuthenticatedApiKey } from './api-keys.service.js';

/** Applies a key's requests-per-minute limit and tells the caller where it stands (RateLimit-* headers). */
@Injectable()
export class RequestRateLimit {
  private readonly logger = new Logger(RequestRateLimit.name);

  constructor(@Inject(ApiKeyRateLimiter) private readonly limiter: ApiKeyRateLimiter) {}

  async admit(key: AuthenticatedApiKey, reply: FastifyReply): Promise<void> {
    let state;
    try {
      state = await this.limiter.consume(key.id, key.rateLimitPerMinute);
    } catch (error) {
      // The limit protects the service; a store outage should not also take the API down with it.
      this.logger.warn(
        `Rate limit store unavailable, request of ${key.prefix} let through: ${String(error)}`,
      );
      return;
    }
    void reply
      .header('ratelimit-limit', state.limit)
      .header('ratelimit-remaining', state.remaining)
      .header('ratelimit-reset', state.resetSeconds);
    if (state.allowed) return;
    throw new ProblemException(
      429,
      'Too many requests',
      `The API key ${key.prefix} may make ${state.limit} requests per minute. Wait ${state.resetSeconds} s ` +
        '(Retry-After) before the next one, or ask an admin for a key with a higher limit.',
    ).withHeaders({ 'retry-after': state.resetSeconds });
  }
}
