import { applyMigrations, createPool } from '@draftbench/db';
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
    store = createRateLimitStore({ redisUrl: backend === 'redis' ? TEST_REDIS_URL : undefined, pool });
  });

  afterAll(async () => {
    await store?.close();
    await pool?.end();
    await db?.drop();
  });

  /** Two processes' budgets over one shared counter. */
  function processes(limits: Partial<BudgetLimits>) {
    const prefix = uniquePrefix(`budget-${backend}`);
    const config = { openai: { requestsPerMinute: 0, tokensPerMinute: 0, ...limits } };
    return [createProviderBudget(store, prefix, config, 60), createProviderBudget(store, prefix, config, 60)];
  }

  it('shares the request budget between processes and says how long to wait', async () => {
    const [a, b] = processes({ requestsPerMinute: 2 });
    await a!.reserve('openai', 0);
    await b!.reserve('openai', 0);
    const refusal = await a!.reserve('openai', 0).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BudgetExhausted);
    expect((refusal as BudgetExhausted).waitMs).toBeGreaterThan(0);
    expect((refusal as BudgetExhausted).waitMs).toBeLessThanOrEqual(60_000);
    // Providers without a budget are never held back.
    await expect(a!.reserve('template', 10_000)).resolves.toBeDefined();
  });

  it('charges nothing for a refused call', async () => {
    const [a, b] = processes({ tokensPerMinute: 100 });
    await a!.reserve('openai', 60);
    await expect(b!.reserve('openai', 60)).rejects.toBeInstanceOf(BudgetExhausted);
    await expect(b!.reserve('openai', 40)).resolves.toBeDefined();
    await expect(a!.reserve('openai', 1)).rejects.toBeInstanceOf(BudgetExhausted);
  });

  it('gives back what the reported usage did not use, and charges what it used beyond the estimate', async () => {
    const [a, b] = processes({ tokensPerMinute: 100 });
    await (await a!.reserve('openai', 80)).settle(10);
    const second = await b!.reserve('openai', 80); // 10 + 80: fits only because 70 came back
    await second.settle(200); // 10 + 200
    await expect(a!.reserve('openai', 1)).rejects.toBeInstanceOf(BudgetExhausted);
  });

  it('lets a call bigger than a whole window take the whole window', async () => {
    const [a] = processes({ tokensPerMinute: 100 });
    await a!.reserve('openai', 1_000);
    await expect(a!.reserve('openai', 1)).rejects.toBeInstanceOf(BudgetExhausted);
  });

  it('gives the request back when the token budget refuses the call', async () => {
    const [a] = processes({ requestsPerMinute: 2, tokensPerMinute: 100 });
    const first = await a!.reserve('openai', 100);
    await expect(a!.reserve('openai', 1)).rejects.toMatchObject({ kind: 'tokens' });
    await first.settle(0); // its tokens come back; its request stays spent
    // Had the refused call kept its request, this one would find both requests spent.
    await expect(a!.reserve('openai', 1)).resolves.toBeDefined();
  });
});
