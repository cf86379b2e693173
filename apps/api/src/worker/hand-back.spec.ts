import { ProviderError } from '@draftbench/llm';
import { describe, expect, it } from 'vitest';
import { attemptOutcome, HandBack } from './hand-back.js';
import { BudgetExhausted } from './provider-budget.js';

const tooMany = (retryAfterMs?: number) =>
  new ProviderError('rate_limited', 'openai: rate limited (HTTP 429)', true, 429, retryAfterMs);
const serverError = new ProviderError('provider_error', 'openai: server error (HTTP 500)', true, 500);
const spent = (waitMs: number) => new BudgetExhausted('openai', 'tokens', '100 tokens per 60 s', waitMs);
const fresh = { used: 0, allowed: 2 };

describe('attemptOutcome', () => {
  it('waits out a 429 with Retry-After on the queue, naming the round', () => {
    const outcome = attemptOutcome([tooMany(300), tooMany(900)], fresh);
    expect(outcome).toBeInstanceOf(HandBack);
    expect(outcome).toMatchObject({ mode: 'rate_limit', waitMs: 900, reason: { code: 'rate_limited' } });
    expect((outcome as HandBack).reason.message).toContain('round 1 of 2');
  });

  it('makes a 429 an ordinary failure once the job has used its rounds, or without Retry-After', () => {
    const refused = tooMany(300);
    expect(attemptOutcome([refused], { used: 2, allowed: 2 })).toBe(refused);
    const bare = tooMany();
    expect(attemptOutcome([bare], fresh)).toBe(bare);
  });

  it('delays the job alone when only the budget stood in the way, for the longest wait', () => {
    const outcome = attemptOutcome([spent(200), spent(700)], fresh);
    expect(outcome).toMatchObject({ mode: 'delay', waitMs: 700, reason: { code: 'budget_wait' } });
  });

  it('prefers the queue pause when a 429 and a spent budget meet in one attempt', () => {
    expect(attemptOutcome([spent(5000), tooMany(100)], fresh)).toMatchObject({ mode: 'rate_limit' });
  });

  it('lets any real fault win, so it uses an attempt', () => {
    expect(attemptOutcome([tooMany(100), serverError, spent(10)], fresh)).toBe(serverError);
  });
});
