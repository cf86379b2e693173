import { applyMigrations, createPool } from '@draftbench/db';
import { setTimeout as delay } from 'node:timers/promises';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from '../../test/support/test-database.js';
import { createRateLimitStore, type RateLimitStore } from '../common/rate-limit-store.js';
import { BudgetExhausted, createProviderBudget, type BudgetLimits } from './provider-budget.js';

/** Each budget is what one worker process builds; two on one store stand for two processes. */
describe.each(['redis', 'postgres'] as const)('provider budget in %s', (backend) => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let store: RateLimitStore;

  beforeAll(async () => {
    db = await createTestDatabase(`budget_${backend}`);
    pool = createPool(db.url);
    await applyMigrations(pool);
    store = createRateLimitStore({
      redis: backend === 'redis' ? { kind: 'server', url: TEST_REDIS_URL } : undefined,
      pool,
    });
  });

  afterAll(async () => {
    await store?.close();
    await pool?.end();
    await db?.drop();
  });

  /** Two processes' budgets over one shared log; budgets with only a request limit pass `tokensPerMinute: 0`. */
  function processes(limits: Partial<BudgetLimits>, windowSeconds = 60) {
    const prefix = uniquePrefix(`budget-${backend}`);
    const config = { openai: { requestsPerMinute: 0, tokensPerMinute: 0, ...limits } };
    const budget = () => createProviderBudget(store, prefix, config, windowSeconds);
    return [budget(), budget()];
  }

  it('shares the request budget between processes and says how long to wait', async () => {
    const [a, b] = processes({ requestsPerMinute: 2 });
    await a!.reserve('openai', 0);
    await b!.reserve('openai', 0);
    const refusal = await a!.reserve('openai', 0).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BudgetExhausted);
    expect(refusal).toMatchObject({ kind: 'requests' });
    // The first call leaves the (guarded) 60.6 s window that long after it came.
    expect((refusal as BudgetExhausted).waitMs).toBeGreaterThan(55_000);
    expect((refusal as BudgetExhausted).waitMs).toBeLessThanOrEqual(60_601);
    // Providers without a budget are never held back.
    await expect(a!.reserve('template', 10_000)).resolves.toBeDefined();
  });

  // 100 tokens per minute: the budget keeps 1% back for estimates still in flight, so 99 fit.
  it('logs nothing for a refused call', async () => {
    const [a, b] = processes({ tokensPerMinute: 100 });
    await a!.reserve('openai', 60);
    const refusal = (await b!.reserve('openai', 60).catch((e: unknown) => e)) as BudgetExhausted;
    expect(refusal).toMatchObject({ kind: 'tokens' });
    expect(refusal.waitMs).toBeGreaterThan(55_000); // until the 60 tokens leave the window
    await expect(b!.reserve('openai', 39)).resolves.toBeDefined();
    await expect(a!.reserve('openai', 1)).rejects.toBeInstanceOf(BudgetExhausted);
  });

  it('holds the reported usage in place of the estimate once a call is settled', async () => {
    const [a, b] = processes({ tokensPerMinute: 100 });
    await (await a!.reserve('openai', 80)).settle(10);
    const second = await b!.reserve('openai', 80); // 10 + 80: fits only because the first used 10
    await second.settle(200); // 10 + 200
    await expect(a!.reserve('openai', 1)).rejects.toBeInstanceOf(BudgetExhausted);
  });

  it('lets a call bigger than a whole window take the whole window', async () => {
    const [a] = processes({ tokensPerMinute: 100 });
    await a!.reserve('openai', 1_000);
    await expect(a!.reserve('openai', 1)).rejects.toBeInstanceOf(BudgetExhausted);
  });

  it('spends no request on a call the token budget refuses', async () => {
    const [a] = processes({ requestsPerMinute: 2, tokensPerMinute: 100 });
    const first = await a!.reserve('openai', 100);
    await expect(a!.reserve('openai', 1)).rejects.toMatchObject({ kind: 'tokens' });
    await first.settle(0); // a refused call's tokens go back; its request stays spent
    // Had the refused call spent a request, this one would find both requests spent.
    await expect(a!.reserve('openai', 1)).resolves.toBeDefined();
  });

  it('rolls: a call fits once the oldest has left the window, not when a fixed window would turn over', async () => {
    // 120 requests a minute in a window of 1 s: two calls per (guarded) 1.01 s.
    const [a, b] = processes({ requestsPerMinute: 120 }, 1);
    await a!.reserve('openai', 0);
    await delay(500); // the second call comes half a window later
    await b!.reserve('openai', 0);
    const refusal = (await a!.reserve('openai', 0).catch((e: unknown) => e)) as BudgetExhausted;
    expect(refusal).toBeInstanceOf(BudgetExhausted);
    expect(refusal.waitMs).toBeLessThan(600); // until the first call leaves, not a whole window
    await delay(refusal.waitMs);
    await expect(a!.reserve('openai', 0)).resolves.toBeDefined();
    // A fixed window would have turned over and had room for two; the rolling one still holds the second.
    await expect(b!.reserve('openai', 0)).rejects.toMatchObject({ kind: 'requests' });
  });
});
