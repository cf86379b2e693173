import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { Queue } from 'bullmq';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '@draftbench/contracts';
import { GenerationWorker } from '../src/worker/generation.worker.js';
import { copyBrief } from './support/fixtures.js';
import { spawnApp, spawnWorker } from './support/spawn-app.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
  deleteRedisKeys,
} from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

async function signIn(url: string): Promise<DraftbenchClient> {
  const client = createDraftbenchClient({ baseUrl: url });
  await client.auth.login(ADMIN);
  return client;
}

/** Resolves once the job streams its first chunk, i.e. a worker is inside the provider call. */
async function untilStreaming(client: DraftbenchClient, jobId: string): Promise<void> {
  const abort = new AbortController();
  try {
    for await (const event of client.jobs.stream(jobId, { signal: abort.signal }))
      if (event.type === 'delta') return;
  } finally {
    abort.abort();
  }
  throw new Error('the job ended before it streamed');
}

/** Nest re-raises the signal once its shutdown hooks finished; a crash would exit with a code instead. */
const cleanExit = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) =>
  code === 0 || (code === null && signal === 'SIGTERM');

const probe = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as { detail?: string } };
};

describe('probes', () => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('probes');
    app = await startTestApp({ DATABASE_URL: db.url, WORKER_CONCURRENCY: '2', LIVENESS_STALL_MS: '300' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('readiness checks the database and the queue', async () => {
    expect(await probe(`${app.url}/readyz`)).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('liveness fails while jobs wait on a worker that stopped consuming', async () => {
    expect((await probe(`${app.url}/healthz`)).status).toBe(200);
    // A consumer that stopped while the process lives on, as a crashed fetch loop would leave it.
    await app.running.app.get(GenerationWorker)['worker']!.close();
    const brief = await app.client.briefs.create(copyBrief('en'));
    const job = await app.client.jobs.create({ briefId: brief.id });
    const failing = await waitFor('liveness to fail', async () => {
      const result = await probe(`${app.url}/healthz`);
      return result.status === 503 ? result : undefined;
    });
    expect(failing.body.detail).toMatch(/1 jobs are waiting but this worker has taken none .* 2 free slots/);
    expect((await app.client.jobs.get(job.id)).state).toBe('queued');
  });
});

describe('a worker-only process', () => {
  let db: TestDatabase;
  let cwd: string;

  beforeAll(async () => {
    db = await createTestDatabase('worker_probes');
    cwd = await mkdtemp(join(tmpdir(), 'draftbench-probes-'));
  });
  afterAll(async () => {
    await db?.drop();
    await rm(cwd, { recursive: true, force: true });
  });

  it('serves liveness, readiness and metrics on HEALTH_PORT', async () => {
    const worker = await spawnWorker({ DATABASE_URL: db.url, HEALTH_PORT: '0', LOG_LEVEL: 'log' }, cwd);
    try {
      const base = await waitFor(
        'the probe address',
        async () => /Health probes at (http:\/\/\S+)\/healthz/.exec(worker.output())?.[1],
      );
      expect(await probe(`${base}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(`${base}/readyz`)).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await (await fetch(`${base}/metrics`)).text()).toContain(
        'draftbench_queue_jobs{queue="generation"',
      );
      expect((await fetch(`${base}/other`)).status).toBe(404);
    } finally {
      await worker.stop('SIGTERM');
    }
  });
});

/**
 * SIGTERM drains in order: no new connections, in-flight jobs finish within SHUTDOWN_GRACE_MS or go
 * back to the queue without spending an attempt, then queues and connections close.
 */
describe('shutdown', () => {
  let db: TestDatabase;
  let cwd: string;
  let env: Record<string, string>;
  let queue: Queue;
  const prefix = uniquePrefix('shutdown');

  beforeAll(async () => {
    db = await createTestDatabase('shutdown');
    cwd = await mkdtemp(join(tmpdir(), 'draftbench-shutdown-'));
    env = {
      PORT: '0',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      SERVE_WEB: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // About three seconds per draft: long enough to be caught mid-stream.
      TEMPLATE_CHUNK_DELAY_MS: '60',
    };
    queue = new Queue(QUEUES.generation.name, { connection: { url: TEST_REDIS_URL }, prefix });
  });
  afterAll(async () => {
    await queue?.close();
    await deleteRedisKeys(prefix);
    await db?.drop();
    await rm(cwd, { recursive: true, force: true });
  });

  const jobRow = async (id: string) => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string; attempts: number }>(
        'SELECT state, attempts FROM generation_jobs WHERE id = $1',
        [id],
      );
      return rows[0]!;
    } finally {
      await client.end();
    }
  };

  it('stops taking connections first, then lets the running job finish', async () => {
    const app = await spawnApp({ ...env, SHUTDOWN_GRACE_MS: '30000' }, cwd);
    const client = await signIn(app.url);
    const brief = await client.briefs.create(copyBrief('en'));
    const job = await client.jobs.create({ briefId: brief.id });
    await untilStreaming(client, job.id);

    const exited = app.stop('SIGTERM');
    await waitFor('the listener to close', async () =>
      fetch(`${app.url}/healthz`).then(
        () => false,
        (error: Error) => (error.cause as { code?: string })?.code === 'ECONNREFUSED',
      ),
    );
    // Refused while the job still streams: HTTP went first, the worker is still draining. The probe reuses a
    // kept-alive connection when it can, as clients do: draining must close those too.
    expect((await jobRow(job.id)).state).toBe('running');
    expect(app.child.exitCode).toBeNull();
    expect(cleanExit(await exited)).toBe(true);
    expect(await jobRow(job.id)).toEqual({ state: 'succeeded', attempts: 1 });
  });

  it('hands a job that outlasts the grace back to the queue without spending an attempt', async () => {
    const app = await spawnApp({ ...env, SHUTDOWN_GRACE_MS: '100' }, cwd);
    const client = await signIn(app.url);
    const brief = await client.briefs.create(copyBrief('en'));
    const job = await client.jobs.create({ briefId: brief.id });
    await untilStreaming(client, job.id);
    expect(cleanExit(await app.stop('SIGTERM'))).toBe(true);

    expect(await jobRow(job.id)).toEqual({ state: 'running', attempts: 1 });
    const entry = await queue.getJob(job.id);
    expect(await entry!.getState()).toBe('waiting');
    expect(entry!.attemptsMade).toBe(0);

    const worker = await spawnWorker({ ...env, TEMPLATE_CHUNK_DELAY_MS: '0' }, cwd);
    try {
      await waitFor('the next worker to finish it', async () => (await jobRow(job.id)).state === 'succeeded');
      // BullMQ counts the attempt that completed; the handed-back one is not counted.
      expect((await queue.getJob(job.id))!.attemptsMade).toBe(1);
    } finally {
      await worker.stop('SIGTERM');
    }
  });
});
