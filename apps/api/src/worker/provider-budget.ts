import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type RateLimitStore } from '../common/rate-limit-store.js';

/** Per-minute limits of one provider; 0 means unlimited. */
export interface BudgetLimits {
  requestsPerMinute: number;
  tokensPerMinute: number;
}

/** The budget has no room for this call before `waitMs` has passed (the current window ends). */
export class BudgetExhausted extends Error {
  constructor(
    readonly provider: string,
    readonly kind: 'requests' | 'tokens',
    readonly limit: number,
    readonly waitMs: number,
  ) {
    super(
      `${provider}: the budget of ${limit} ${kind} per minute is spent; the call waits ${Math.ceil(waitMs / 1000)} s.`,
    );
  }
}

/** What one call was charged; settle it once the provider has said what the call really used. */
export interface BudgetReservation {
  /** Charges the difference between the reported tokens and the estimate (penalty or reward). */
  settle(reportedTokens: number): Promise<void>;
}

const WINDOW_SECONDS = 60;
const NOTHING: BudgetReservation = { settle: async () => undefined };

/**
 * Requests and tokens per minute per provider, counted in the store every worker process shares (Redis
 * when REDIS_URL is set, else PostgreSQL), so the budget holds however many workers call the provider.
 * A call is charged one request and its estimated tokens before it starts; afterwards the estimate is
 * corrected with the usage the provider reported.
 */
export class ProviderBudget {
  private readonly requests = new Map<string, RateLimiterAbstract>();
  private readonly tokens = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly limits: Readonly<Record<string, BudgetLimits>>,
    createLimiter: (name: string, points: number) => RateLimiterAbstract,
  ) {
    for (const [provider, { requestsPerMinute, tokensPerMinute }] of Object.entries(limits)) {
      if (requestsPerMinute > 0)
        this.requests.set(provider, createLimiter(`provider-rpm:${requestsPerMinute}`, requestsPerMinute));
      if (tokensPerMinute > 0)
        this.tokens.set(provider, createLimiter(`provider-tpm:${tokensPerMinute}`, tokensPerMinute));
    }
  }

  /** Charges one call, or throws BudgetExhausted (with nothing charged) when it does not fit. */
  async reserve(provider: string, estimatedTokens: number): Promise<BudgetReservation> {
    const requests = this.requests.get(provider);
    const tokens = this.tokens.get(provider);
    if (!requests && !tokens) return NOTHING;
    const limits = this.limits[provider]!;
    if (requests) await take(requests, provider, 1, limits.requestsPerMinute, 'requests');
    if (!tokens) return NOTHING;
    // A call bigger than a whole window would never fit: it may take the whole window instead.
    const charged = Math.max(1, Math.min(Math.ceil(estimatedTokens), limits.tokensPerMinute));
    let window: RateLimiterRes;
    try {
      window = await take(tokens, provider, charged, limits.tokensPerMinute, 'tokens');
    } catch (error) {
      await requests?.reward(provider, 1);
      throw error;
    }
    const windowEnds = Date.now() + window.msBeforeNext;
    return {
      settle: async (reportedTokens) => {
        const difference = Math.ceil(reportedTokens) - charged;
        // Over-use counts whichever window is current; a refund only makes sense in the window it was charged to.
        if (difference > 0) await tokens.penalty(provider, difference);
        else if (difference < 0 && Date.now() < windowEnds) await tokens.reward(provider, -difference);
      },
    };
  }
}

/** Consumes `points`; a refusal is undone (the store counts refused points too) and becomes BudgetExhausted. */
async function take(
  limiter: RateLimiterAbstract,
  provider: string,
  points: number,
  limit: number,
  kind: 'requests' | 'tokens',
): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(provider, points);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    await limiter.reward(provider, points);
    throw new BudgetExhausted(provider, kind, limit, Math.max(1, refusal.msBeforeNext));
  }
}

export function createProviderBudget(
  store: RateLimitStore,
  prefix: string,
  limits: Record<string, BudgetLimits>,
): ProviderBudget {
  return new ProviderBudget(limits, (name, points) =>
    store.limiter(`${prefix}:${name}`, points, WINDOW_SECONDS),
  );
}
