import {
  apiKeys,
  applyMigrations,
  briefs,
  createDatabase,
  createPool,
  generationJobs,
  users,
} from '@draftbench/db';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { waitFor } from '../../test/support/wait-for.js';
import { ProblemException } from '../common/problem.exception.js';
import { JobsRepository, type NewJob } from '../jobs/jobs.repository.js';
import { type Metrics } from '../observability/metrics.js';
import { type WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { JobSlotsRecount } from './job-slots-recount.js';
import { inSlotTransaction, type JobSlots } from './job-slots.js';

/** Webhooks and metrics are beside the point here: no endpoint exists, nothing to count. */
const outbox = {
  record: () => Promise.resolve([]),
  dispatch: () => Promise.resolve(),
} as unknown as WebhookOutbox;
const metrics = { jobsFailed: { inc: () => undefined } } as unknown as Metrics;
const usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 };

/** Two pools and two repositories stand for two API processes on one database. */
describe('job slots of an API key', () => {
  let db: TestDatabase;
  let pools: pg.Pool[];
  let repos: JobsRepository[];
  let recount: JobSlotsRecount;
  let sqlClient: pg.Client;
  let userId: string;
  let briefId: string;
  let slots: JobSlots;

  beforeAll(async () => {
    db = await createTestDatabase('job_slots');
    pools = [createPool(db.url), createPool(db.url)];
    await applyMigrations(pools[0]!);
    const [database, other] = pools.map(createDatabase);
    repos = [database!, other!].map((d) => new JobsRepository(d, outbox, metrics));
    recount = new JobSlotsRecount(database!);
    sqlClient = new pg.Client({ connectionString: db.url });
    await sqlClient.connect();
    const [user] = await database!
      .insert(users)
      .values({ email: 'slots@t.test', displayName: 'Slots', passwordHash: 'x', roles: ['lead'] })
      .returning();
    userId = user!.id;
    const [brief] = await database!
      .insert(briefs)
      .values({ contentType: 'copy', language: 'en', title: 'Slots', targetLength: 100, fields: {} })
      .returning();
    briefId = brief!.id;
  });
  afterAll(async () => {
    await sqlClient?.end();
    await Promise.all((pools ?? []).map((p) => p.end()));
    await db?.drop();
  });

  beforeEach(async () => {
    const [key] = await createDatabase(pools[0]!)
      .insert(apiKeys)
      .values({
        userId,
        name: 'k',
        publicId: Math.random().toString(36).slice(2, 10),
        secretHash: 'h',
        scopes: [],
      })
      .returning();
    slots = { apiKeyId: key!.id, prefix: 'dbk_test', maxConcurrentJobs: 7 };
  });

  const job = (): NewJob => ({
    briefId,
    provider: 'template',
    model: 'm',
    promptTemplate: 't',
    variants: 1,
    parameters: {},
    apiKeyId: slots.apiKeyId,
  });
  const create = (process: number) => repos[process % 2]!.create(job(), slots);
  const counter = async () =>
    (
      await sqlClient.query<{ n: number }>('SELECT active_jobs AS n FROM api_keys WHERE id = $1', [
        slots.apiKeyId,
      ])
    ).rows[0]!.n;
  const activeRows = async () =>
    Number(
      (
        await sqlClient.query<{ n: string }>(
          `SELECT count(*) AS n FROM generation_jobs WHERE api_key_id = $1 AND state IN ('queued', 'running')`,
          [slots.apiKeyId],
        )
      ).rows[0]!.n,
    );

  it('lets concurrent creations from two processes through exactly up to the limit', async () => {
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => create(i)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(refusals).toHaveLength(23);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(ProblemException);
      expect(refusal).toMatchObject({ status: 429, title: 'Too many running jobs' });
    }
    expect((refusals[0] as Error).message).toContain('may have 7 jobs queued or running at once; it has 7');
    expect(await counter()).toBe(7);
    expect(await activeRows()).toBe(7);
  });

  it('stores and returns each job as given, whichever columns it gives, as the query builder reads it', async () => {
    // The insert is prepared once per set of columns: the same set twice, then another set, then the first again.
    const plain = job();
    const withWebhook: NewJob = {
      ...job(),
      variants: 3,
      parameters: { temperature: 0.7, maxTokens: 300 },
      webhookUrl: 'https://hooks.test/jobs',
      webhookSecret: 'whsec_test',
      idempotencyKey: null,
      costUsd: 0.25,
    };
    const created = [];
    for (const given of [plain, plain, withWebhook, plain])
      created.push(await repos[0]!.create(given, slots));
    expect(new Set(created.map((c) => c.id)).size).toBe(4);
    for (const [i, given] of [plain, plain, withWebhook, plain].entries()) {
      const stored = await repos[1]!.findById(created[i]!.id);
      expect(created[i]).toEqual(stored);
      expect(stored).toMatchObject({ ...given, state: 'queued', attempts: 0, startedAt: null });
      expect(stored!.createdAt).toBeInstanceOf(Date);
    }
    expect(await counter()).toBe(4);
    const { rows } = await sqlClient.query(
      'SELECT parameters, webhook_url, cost_usd FROM generation_jobs WHERE id = $1',
      [created[2]!.id],
    );
    expect(rows).toEqual([
      {
        parameters: { temperature: 0.7, maxTokens: 300 },
        webhook_url: 'https://hooks.test/jobs',
        cost_usd: 0.25,
      },
    ]);
  });

  it('gives a slot back once when a job ends, however many times it is ended', async () => {
    const [first, second, third] = await Promise.all([create(0), create(1), create(0)]);
    expect(await counter()).toBe(3);
    // Cancelled from both processes while a late failure arrives: one of them ends it.
    const ends = await Promise.all([
      repos[0]!.cancel(first!.id),
      repos[1]!.cancel(first!.id),
      repos[1]!.markFailed(first!.id, { code: 'x', message: 'late' }),
    ]);
    expect(ends.filter(Boolean)).toHaveLength(1);
    expect(await counter()).toBe(2);
    // Running and waiting again keep the slot; success gives it back; success of a queued job is refused.
    await repos[0]!.markRunning(second!.id);
    await repos[0]!.markRetrying(second!.id, { code: 'x', message: 'retry' });
    expect(await repos[0]!.markSucceeded(second!.id, usage, 0)).toBeUndefined();
    expect(await counter()).toBe(2);
    await repos[1]!.markRunning(second!.id);
    const succeeded = await repos[1]!.markSucceeded(second!.id, usage, 0.5);
    await repos[0]!.markRunning(third!.id);
    const failed = await repos[0]!.markFailed(third!.id, { code: 'x', message: 'failed' });
    expect(await counter()).toBe(0);
    // The prepared state changes store their values as given: jsonb as objects, not as JSON text (which
    // drizzle's reads would parse back, hiding the difference), so the columns are read here as stored.
    expect(await repos[0]!.findById(second!.id)).toEqual(succeeded);
    expect(succeeded).toMatchObject({ state: 'succeeded', usage, costUsd: 0.5, error: null });
    expect(succeeded!.finishedAt).toBeInstanceOf(Date);
    expect(await repos[1]!.findById(third!.id)).toEqual(failed);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'x', message: 'failed' } });
    const stored = await sqlClient.query(
      'SELECT id, usage, error, cost_usd FROM generation_jobs WHERE id = ANY($1) ORDER BY id = $2 DESC',
      [[second!.id, third!.id], second!.id],
    );
    expect(stored.rows).toEqual([
      { id: second!.id, usage, error: null, cost_usd: 0.5 },
      { id: third!.id, usage: null, error: { code: 'x', message: 'failed' }, cost_usd: null },
    ]);
    expect(await activeRows()).toBe(0);
  });

  it('recounts a drifted counter and leaves a right one alone', async () => {
    await Promise.all([create(0), create(1)]);
    await sqlClient.query('UPDATE api_keys SET active_jobs = 6 WHERE id = $1', [slots.apiKeyId]);
    expect(await recount.run()).toEqual([slots.apiKeyId]);
    expect(await counter()).toBe(2);
    expect(await recount.run()).toEqual([]);
  });

  it('recounts right while another transaction holds a claim it has not committed', async () => {
    await create(0);
    await sqlClient.query('UPDATE api_keys SET active_jobs = 5 WHERE id = $1', [slots.apiKeyId]);
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO generation_jobs (brief_id, provider, model, prompt_template, variants, parameters, api_key_id)
         VALUES ($1, 'template', 'm', 't', 1, '{}', $2)`,
        [briefId, slots.apiKeyId],
      );
      await other.query('UPDATE api_keys SET active_jobs = active_jobs + 1 WHERE id = $1', [slots.apiKeyId]);
      const running = recount.run();
      // The recount waits on the key's row until the claim commits, then counts its job too.
      await waitFor('the recount to wait on the row lock', () => recountWaits(sqlClient));
      await other.query('COMMIT');
      expect(await running).toEqual([slots.apiKeyId]);
    } finally {
      await other.end();
    }
    expect(await counter()).toBe(2);
    expect(await activeRows()).toBe(2);
  });

  it('counts the jobs a batch adds, and refuses a batch that does not fit whole', async () => {
    const database = createDatabase(pools[0]!);
    await repos[0]!.create(job(), slots);
    const five = Array.from({ length: 5 }, job);
    await inSlotTransaction(database, slots, 5, (tx) => tx.insert(generationJobs).values(five));
    expect(await counter()).toBe(6);
    await expect(
      inSlotTransaction(database, slots, 2, (tx) => tx.insert(generationJobs).values([job(), job()])),
    ).rejects.toMatchObject({ status: 429 });
    expect(await counter()).toBe(6);
    expect(await activeRows()).toBe(6);
  });
});

/** Whether a session of this database waits on a lock in a statement on api_keys (the recount's SELECT … FOR NO KEY UPDATE). */
async function recountWaits(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity
     WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%api_keys%'`,
  );
  return Number(rows[0]!.n) > 0;
}
