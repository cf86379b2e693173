import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchProgress, createTemplateBatch, OBSERVER_APPLICATION } from './support/batch-progress.js';
import { startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  TEST_SERVER_URL,
  uniquePrefix,
  type TestDatabase,
  deleteRedisKeys,
} from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

const JOBS = 80;
const VARIANTS = 2;

/** Ends every connection of the app to the database, as a failover or an admin would (the test's observer stays). */
async function terminateConnections(database: string): Promise<number> {
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name <> $2`,
      [database, OBSERVER_APPLICATION],
    );
    return rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

/**
 * PostgreSQL connections killed mid-batch (twice): pools replace them, attempts that lost a query
 * are retried, and on the PostgreSQL queue backend the queue's own connections recover too.
 */
describe.each<Backend>(['postgres', 'redis'])(
  'fault: PostgreSQL connections terminated mid-batch (%s queue)',
  (backend) => {
    let db: TestDatabase;
    let app: TestApp;
    let progress: BatchProgress;
    const prefix = uniquePrefix('pgterm');

    beforeAll(async () => {
      db = await createTestDatabase(`fault_pg_${backend}`);
      app = await startTestApp({
        DATABASE_URL: db.url,
        REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
        QUEUE_PREFIX: prefix,
        TEMPLATE_CHUNK_DELAY_MS: '3',
        WORKER_CONCURRENCY: '4',
        JOB_ATTEMPTS: '5',
        WORKER_LOCK_MS: '1500',
        RECONCILE_INTERVAL_MS: '500',
        RECONCILE_GRACE_MS: '1000',
        SHUTDOWN_GRACE_MS: '2000', // teardown: in-flight jobs get 2 s, then go back to the queue
        LOG_LEVEL: 'error',
      });
      progress = new BatchProgress(db.url);
    });
    afterAll(async () => {
      await app?.close();
      await progress?.close();
      await db?.drop();
      await deleteRedisKeys(prefix);
    });

    it('recovers and completes every job exactly once', async () => {
      const batch = await createTemplateBatch(app.client, JOBS, VARIANTS);
      const name = new URL(db.url).pathname.slice(1);
      for (const share of [0.25, 0.5]) {
        await waitFor(
          `${share * 100}% of the batch`,
          async () => (await progress.succeeded(batch.id)) >= JOBS * share,
        );
        expect(await terminateConnections(name)).toBeGreaterThan(0);
      }
      const counts = await waitFor('every job to end', () => progress.finished(batch.id, JOBS), {
        timeoutMs: 90_000,
      });
      expect(counts).toEqual({ succeeded: JOBS });
      expect(await progress.drafts(batch.id)).toEqual({ drafts: JOBS * VARIANTS, distinct: JOBS * VARIANTS });
      // The API answers on fresh connections.
      await expect(app.client.batches.get(batch.id)).resolves.toMatchObject({ done: true });
    });
  },
);
