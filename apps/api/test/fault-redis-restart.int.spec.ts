import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchProgress, createTemplateBatch } from './support/batch-progress.js';
import { startPrivateRedis, type PrivateRedis } from './support/redis-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

const JOBS = 120;
const VARIANTS = 2;

/**
 * Redis without persistence restarted mid-batch loses every queued entry. PostgreSQL still says
 * which jobs are queued or running; the reconciler puts them back and they all finish.
 */
describe('fault: Redis restarts empty in the middle of a batch', () => {
  let db: TestDatabase;
  let redis: PrivateRedis;
  let app: TestApp;
  let progress: BatchProgress;

  beforeAll(async () => {
    db = await createTestDatabase('fault_redis_restart');
    redis = await startPrivateRedis();
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      TEMPLATE_CHUNK_DELAY_MS: '3',
      WORKER_CONCURRENCY: '4',
      WORKER_LOCK_MS: '1500',
      RECONCILE_INTERVAL_MS: '500',
      RECONCILE_GRACE_MS: '1000',
      LOG_LEVEL: 'error',
    });
    progress = new BatchProgress(db.url);
  });
  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await progress?.close();
    await db?.drop();
  });

  it('re-queues what the queue lost and completes every job exactly once', async () => {
    const batch = await createTemplateBatch(app.client, JOBS, VARIANTS);
    await waitFor('a quarter of the batch', async () => (await progress.succeeded(batch.id)) >= JOBS / 4);
    await redis.restartEmpty();

    const counts = await waitFor('every job to end', () => progress.finished(batch.id, JOBS), {
      timeoutMs: 90_000,
    });
    expect(counts).toEqual({ succeeded: JOBS });
    expect(await progress.drafts(batch.id)).toEqual({ drafts: JOBS * VARIANTS, distinct: JOBS * VARIANTS });
    // The API takes jobs again on the new, empty Redis.
    const job = await app.client.jobs.create({ briefId: (await app.client.briefs.create(batchBrief())).id });
    await waitFor('a job created after the restart', async () => {
      const { state } = await app.client.jobs.get(job.id);
      return state === 'succeeded' || undefined;
    });
  });
});

const batchBrief = () => ({
  contentType: 'marketing_copy' as const,
  language: 'en' as const,
  title: 'After the restart',
  targetLength: 60,
  fields: { productName: 'Aurora kettle', category: 'kitchen appliances', sellingPoints: ['quiet'] },
});
