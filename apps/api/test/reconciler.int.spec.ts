import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenerationQueue } from '../src/queue/generation.queue.js';
import { JobsReconciler } from '../src/reconciler/jobs.reconciler.js';
import { copyBrief } from './support/fixtures.js';
import { startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
  deleteRedisKeys,
} from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

/**
 * Rows PostgreSQL holds as active whose queue entries are gone: the reconciler re-queues the one with
 * attempts left and expires the one without, and leaves rows whose entries are in the queue alone.
 */
describe.each<Backend>(['redis', 'postgres'])('reconciler (%s queue)', (backend) => {
  let db: TestDatabase;
  let api: TestApp;
  let sql: pg.Client;
  let env: Record<string, string | undefined>;
  const prefix = uniquePrefix('reconcile');

  beforeAll(async () => {
    db = await createTestDatabase(`reconciler_${backend}`);
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: prefix,
      RECONCILE_GRACE_MS: '0',
    };
    // No worker yet: jobs stay in the queue as the API put them there.
    api = await startTestApp({ ...env, APP_ROLES: 'api' });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
    await deleteRedisKeys(prefix);
  });

  const row = async (id: string) =>
    (
      await sql.query<{ state: string; error: { code: string } | null }>(
        'SELECT state, error FROM generation_jobs WHERE id = $1',
        [id],
      )
    ).rows[0]!;

  it('re-queues a lost job with attempts left, expires one without, and keeps the rest', async () => {
    const briefId = (await api.client.briefs.create(copyBrief('en'))).id;
    const [lost, exhausted, intact] = await Promise.all(
      [0, 1, 2].map(() => api.client.jobs.create({ briefId })),
    );
    const queue = api.running.app.get(GenerationQueue);
    await queue.remove(lost!.id);
    await queue.remove(exhausted!.id);
    // The worker that ran its last attempt died with the queue entry.
    await sql.query(`UPDATE generation_jobs SET state = 'running', attempts = 3 WHERE id = $1`, [
      exhausted!.id,
    ]);
    expect(await queue.entryState(lost!.id)).toBe('unknown');

    const worker = await startTestApp({ ...env, APP_ROLES: 'worker', RECONCILE_INTERVAL_MS: '3600000' });
    try {
      // The pass at boot did the work; a second pass finds nothing left to do.
      await waitFor('both jobs to finish', async () => {
        const states = await Promise.all([lost, intact].map(async (job) => (await row(job!.id)).state));
        return states.every((state) => state === 'succeeded');
      });
      expect(await row(exhausted!.id)).toMatchObject({ state: 'failed', error: { code: 'worker_lost' } });
      expect(await worker.running.app.get(JobsReconciler).runOnce()).toEqual({
        checked: 0,
        requeued: 0,
        expired: 0,
        slotsRecounted: 0,
      });
    } finally {
      await worker.close();
    }
  });
});
