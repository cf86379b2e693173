import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchProgress, createTemplateBatch } from './support/batch-progress.js';
import { spawnWorker, type SpawnedApp } from './support/spawn-app.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
  deleteRedisKeys,
} from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

const JOBS = 300;
const VARIANTS = 2;

/**
 * A worker process killed with SIGKILL (no shutdown hooks, locks left behind) three times while a
 * 300-job batch runs: BullMQ's stall check hands the dead worker's jobs to the next one, the
 * reconciler covers what the stall limit gives up on, and the unique (job, variant) key keeps
 * retried writes from doubling drafts.
 */
describe('fault: the worker process is SIGKILLed three times during a 300-job batch', () => {
  let db: TestDatabase;
  let api: TestApp;
  let progress: BatchProgress;
  let cwd: string;
  let worker: SpawnedApp | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase('fault_worker_kill');
    cwd = await mkdtemp(join(tmpdir(), 'draftbench-kill-'));
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: uniquePrefix('kill'),
      TEMPLATE_CHUNK_DELAY_MS: '3',
      WORKER_CONCURRENCY: '8',
      WORKER_LOCK_MS: '1500',
      RECONCILE_INTERVAL_MS: '1000',
      RECONCILE_GRACE_MS: '2000',
      JOB_BACKOFF_MS: '50',
      LOG_LEVEL: 'error',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    api = await startTestApp({ ...env, APP_ROLES: 'api' });
    progress = new BatchProgress(db.url);
  });
  afterAll(async () => {
    if (worker?.child.exitCode === null) await worker.stop('SIGKILL');
    await api?.close();
    await progress?.close();
    await db?.drop();
    if (env) await deleteRedisKeys(env.QUEUE_PREFIX!);
    await rm(cwd, { recursive: true, force: true });
  });

  it('finishes every job with exactly one draft per variant', async () => {
    const batch = await createTemplateBatch(api.client, JOBS, VARIANTS);
    expect(batch.acceptedRows).toBe(JOBS);
    worker = await spawnWorker(env, cwd);

    for (const share of [0.2, 0.45, 0.7]) {
      // Kill mid-stream: once a share of the batch is done, while the next jobs are in flight.
      await waitFor(`${share * 100}% of the batch`, async () => {
        const done = await progress.succeeded(batch.id);
        return done >= JOBS * share && done < JOBS;
      });
      await worker.stop('SIGKILL');
      worker = await spawnWorker(env, cwd);
    }

    const counts = await waitFor('every job to end', () => progress.finished(batch.id, JOBS), {
      timeoutMs: 120_000,
    });
    expect(counts).toEqual({ succeeded: JOBS });
    // Each kill caught jobs mid-attempt; they ran again elsewhere.
    expect(await progress.retried(batch.id)).toBeGreaterThanOrEqual(3);
    expect(await progress.drafts(batch.id)).toEqual({ drafts: JOBS * VARIANTS, distinct: JOBS * VARIANTS });
  });
});
