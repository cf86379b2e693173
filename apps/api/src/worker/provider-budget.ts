import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type RateLimitStore } from '../common/rate-limit-store.js';

/** Per-minute limits of one provider, as providers state them; 0 means unlimited. */
export interface BudgetLimits {
  requestsPerMinute: number;
  tokensPerMinute: number;
}

/** The budget has no room for this call before `waitMs` has passed (the current window ends). */
export class BudgetExhausted extends Error {
  constructor(
    readonly provider: string,
    readonly kind: 'requests' | 'tokens',
    budget: string,
    readonly waitMs: number,
  ) {
    super(`${provider}: the budget of ${budget} is spent; the call waits ${waitMs} ms.`);
  }
}

/** What one call was charged; settle it once the provider has said what the call really used. */
export interface BudgetReservation {
  /** Charges the difference between the reported tokens and the estimate (penalty or reward). */
  settle(reportedTokens: number): Promise<void>;
}

const NOTHING: BudgetReservation = { settle: async () => undefined };

/**
 * Requests and tokens per minute per provider, counted in the store every worker process shares (Redis
 * when REDIS_URL is set, else PostgreSQL), so the budget holds however many workers call the provider.
 * A call is charged one request and its estimated tokens before it starts; afterwards the estimate is
 * corrected with the usage the provider reported. Counting is in fixed windows of `windowSeconds`, the
 * per-minute limits scaled to it: a shorter window spreads a minute's budget instead of allowing it
 * all in one burst.
 */
export class ProviderBudget {
  private readonly requests = new Map<string, Counter>();
  private readonly tokens = new Map<string, Counter>();

  constructor(
    limits: Readonly<Record<string, BudgetLimits>>,
    windowSeconds: number,
    createLimiter: (name: string, points: number, windowSeconds: number) => RateLimiterAbstract,
  ) {
    const counter = (kind: 'requests' | 'tokens', perMinute: number): Counter => {
      const points = Math.max(1, Math.floor((perMinute * windowSeconds) / 60));
      const limiter = createLimiter(`provider-${kind}:${points}/${windowSeconds}s`, points, windowSeconds);
      return { limiter, points, kind, budget: `${points} ${kind} per ${windowSeconds} s` };
    };
    for (const [provider, { requestsPerMinute, tokensPerMinute }] of Object.entries(limits)) {
      if (requestsPerMinute > 0) this.requests.set(provider, counter('requests', requestsPerMinute));
      if (tokensPerMinute > 0) this.tokens.set(provider, counter('tokens', tokensPerMinute));
    }
  }

  /** Charges one call, or throws BudgetExhausted (with nothing charged) when it does not fit. */
  async reserve(provider: string, estimatedTokens: number): Promise<BudgetReservation> {
    const requests = this.requests.get(provider);
    const tokens = this.tokens.get(provider);
    if (requests) await take(requests, provider, 1);
    if (!tokens) return NOTHING;
    // A call bigger than a whole window would never fit: it may take the whole window instead.
    const charged = Math.max(1, Math.min(Math.ceil(estimatedTokens), tokens.points));
    let window: RateLimiterRes;
    try {
      window = await take(tokens, provider, charged);
    } catch (error) {
      await requests?.limiter.reward(provider, 1);
      throw error;
    }
    const windowEnds = Date.now() + window.msBeforeNext;
    return {
      settle: async (reportedTokens) => {
        const difference = Math.ceil(reportedTokens) - charged;
        // Over-use counts whichever window is current; a refund only makes sense in the window it was charged to.
        if (difference > 0) await tokens.limiter.penalty(provider, difference);
        else if (difference < 0 && Date.now() < windowEnds)
          await tokens.limiter.reward(provider, -difference);
      },
    };
  }
}

interface Counter {
  limiter: RateLimiterAbstract;
  /** Points per window. */
  points: number;
  kind: 'requests' | 'tokens';
  budget: string;
}

/** Consumes `points`; a refusal is undone (the store counts refused points too) and becomes BudgetExhausted. */
async function take(counter: Counter, provider: string, points = 1): Promise<RateLimiterRes> {
  try {
    return await counter.limiter.consume(provider, points);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    await counter.limiter.reward(provider, points);
    throw new BudgetExhausted(provider, counter.kind, counter.budget, Math.max(1, refusal.msBeforeNext));
  }
}

export function createProviderBudget(
  store: RateLimitStore,
  prefix: string,
  limits: Record<string, BudgetLimits>,
  windowSeconds: number,
): ProviderBudget {
  return new ProviderBudget(limits, windowSeconds, (name, points, duration) =>
    store.limiter(`${prefix}:${name}`, points, duration),
  );
}
