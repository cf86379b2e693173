import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ProblemException } from '../common/problem.exception.js';
import { type RateLimitStore } from '../common/rate-limit-store.js';

/** Failed sign-ins allowed per account and address in a window, before sign-in is refused for a while. */
export const LOGIN_FAILURES_ALLOWED = 10;
const WINDOW_SECONDS = 15 * 60;

/**
 * Slows password guessing: failed sign-ins are counted per (email, client address) in the store all API
 * processes share; past the limit that pair is refused with 429 — before the password is even checked —
 * until the window ends. A success clears the count. Counting per pair, not per account, means an
 * attacker elsewhere cannot lock a person out of their own account.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterAbstract;

  constructor(store: RateLimitStore, prefix: string) {
    this.failures = store.limiter(`${prefix}:login-failures`, LOGIN_FAILURES_ALLOWED, WINDOW_SECONDS);
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const state = await this.failures.get(key(email, address));
    if (state && state.consumedPoints >= LOGIN_FAILURES_ALLOWED) throw tooMany(state);
  }

  async failed(email: string, address: string): Promise<void> {
    await this.failures.consume(key(email, address)).catch((rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
  }

  async succeeded(email: string, address: string): Promise<void> {
    await this.failures.delete(key(email, address));
  }
}

const key = (email: string, address: string) => `${email.toLowerCase()}|${address}`;

function tooMany(state: RateLimiterRes): ProblemException {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new ProblemException(
    429,
    'Too many failed sign-ins',
    `${LOGIN_FAILURES_ALLOWED} sign-ins failed for this account from your address. Try again in ${Math.ceil(seconds / 60)} minutes, or ask an admin to reset your password.`,
  ).withHeaders({ 'retry-after': seconds });
}
