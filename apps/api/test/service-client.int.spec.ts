import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

const EXAMPLE = fileURLToPath(new URL('../../../docs/examples/service-client.example.mjs', import.meta.url));

/** Runs the README's example program against `url` as a separate process, as another service would. */
async function runExample(url: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [EXAMPLE], {
    env: {
      ...process.env,
      DRAFTBENCH_URL: url,
      DRAFTBENCH_EMAIL: ADMIN.email,
      DRAFTBENCH_PASSWORD: ADMIN.password,
      JOBS: '100',
      RESEND: '20',
      TIMEOUT_SECONDS: '120',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

describe.each<Backend>(['redis', 'postgres'])('the service-client example on the %s backend', (backend) => {
  let db: TestDatabase;
  let app: TestApp;
  let sql: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase(`service_client_${backend}`);
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: uniquePrefix(`service-client-${backend}`),
      WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
    });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await app?.close();
    await db?.drop();
  });

  it('creates a key, submits 100 jobs (20 resent), verifies 100 webhooks and finds exactly 100 jobs', async () => {
    const { code, output } = await runExample(app.url);
    expect(output).toMatch(/OK: 100 jobs, 20 resent, 100 webhooks verified, 100 jobs found in [\d.]+ s/);
    expect(code, output).toBe(0);
    // What the server holds agrees: one job per key, one delivered webhook per job, the key revoked.
    const { rows } = await sql.query<{ jobs: string; keys: string; delivered: string; revoked: string }>(`
      select (select count(*) from generation_jobs) as jobs,
             (select count(distinct idempotency_key) from generation_jobs) as keys,
             (select count(*) from webhook_deliveries where state = 'succeeded') as delivered,
             (select count(*) from api_keys where revoked_at is not null) as revoked`);
    expect(rows[0]).toEqual({ jobs: '100', keys: '100', delivered: '100', revoked: '1' });
  });
});
