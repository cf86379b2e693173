import { type RateLimitStore } from '../common/rate-limit-store.js';
import { type WindowLimits } from '../common/rolling-window.js';
import { type SlidingWindowLog } from '../common/sliding-window-log.js';

/** Per-minute limits of one provider, as providers state them; 0 means unlimited. */
export interface BudgetLimits {
  requestsPerMinute: number;
  tokensPerMinute: number;
}

/**
 * The budget has no room for this call before `waitMs` has passed (enough earlier calls left the window),
 * or (`queue`) this worker's earlier calls are still waiting for it.
 */
export class BudgetExhausted extends Error {
  constructor(
    readonly provider: string,
    readonly kind: 'requests' | 'tokens' | 'queue',
    budget: string,
    readonly waitMs: number,
  ) {
    super(
      kind === 'queue'
        ? `${provider}: this worker's earlier calls are still waiting for the budget; the call waits ${waitMs} ms.`
        : `${provider}: the budget of ${budget} is spent; the call waits ${waitMs} ms.`,
    );
  }
}

/** What one call was charged; settle it once the provider has said what the call really used. */
export interface BudgetReservation {
  /** Replaces the call's estimate with the tokens the provider reported (0 for a call it refused). */
  settle(reportedTokens: number): Promise<void>;
}

const NOTHING: BudgetReservation = { settle: async () => undefined };

/**
 * A call reaches the provider a little after we log it, so the provider's window lets it go a little later
 * than ours would; and a call in flight counts its estimate until it is settled. The window is this much
 * longer, and the token limit this much lower, so neither ever puts us over the provider's count.
 */
const GUARD = 0.01;

/**
 * Requests and tokens per minute per provider, counted as providers count them: over a rolling window, in a
 * log every worker process shares (Redis when one is configured, else PostgreSQL), so the budget holds however
 * many workers call the provider. A call is logged with its estimated tokens before it starts; once the
 * provider reports its usage, the entry holds that instead. A rolling window never lets a burst at the turn
 * of a fixed window through, which the provider would answer with 429s.
 */
export class ProviderBudget {
  private readonly budgets = new Map<string, { limits: WindowLimits; description: string }>();
  private readonly log: SlidingWindowLog;

  constructor(
    limits: Readonly<Record<string, BudgetLimits>>,
    windowSeconds: number,
    createLog: (windowMs: number) => SlidingWindowLog,
    private readonly prefix: string,
  ) {
    const perWindow = (perMinute: number) => Math.floor((perMinute * windowSeconds) / 60);
    for (const [provider, { requestsPerMinute, tokensPerMinute }] of Object.entries(limits)) {
      if (requestsPerMinute <= 0 && tokensPerMinute <= 0) continue;
      const window: WindowLimits = {
        requests: requestsPerMinute > 0 ? Math.max(1, perWindow(requestsPerMinute)) : 0,
        tokens: tokensPerMinute > 0 ? Math.max(1, Math.floor(perWindow(tokensPerMinute) * (1 - GUARD))) : 0,
      };
      const parts = [
        window.requests > 0 ? `${window.requests} requests` : undefined,
        window.tokens > 0 ? `${window.tokens} tokens` : undefined,
      ];
      const description = `${parts.filter(Boolean).join(' and ')} per rolling ${windowSeconds} s`;
      this.budgets.set(provider, { limits: window, description });
    }
    this.log = createLog(Math.ceil(windowSeconds * 1000 * (1 + GUARD)));
  }

  /** Logs one call, or throws BudgetExhausted (with nothing logged) when it does not fit yet. */
  async reserve(provider: string, estimatedTokens: number): Promise<BudgetReservation> {
    const budget = this.budgets.get(provider);
    if (!budget) return NOTHING;
    const { limits, description } = budget;
    // A call bigger than a whole window would never fit: it may take the whole window instead.
    const limit = limits.tokens > 0 ? limits.tokens : Number.MAX_SAFE_INTEGER;
    const charged = Math.max(1, Math.min(Math.ceil(estimatedTokens), limit));
    const key = `${this.prefix}:provider-calls:${provider}`;
    const verdict = await this.log.admit(key, charged, limits);
    if (!verdict.admitted) throw new BudgetExhausted(provider, verdict.kind, description, verdict.waitMs);
    return {
      settle: (reportedTokens) => this.log.settle(key, verdict.id, Math.max(0, Math.ceil(reportedTokens))),
    };
  }
}

export function createProviderBudget(
  store: RateLimitStore,
  prefix: string,
  limits: Record<string, BudgetLimits>,
  windowSeconds: number,
): ProviderBudget {
  return new ProviderBudget(limits, windowSeconds, (windowMs) => store.slidingWindow(windowMs), prefix);
}
