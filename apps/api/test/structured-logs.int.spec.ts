import { createDraftbenchClient } from '@draftbench/client';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { spawnApp, type SpawnedApp } from './support/spawn-app.js';
import { ADMIN, rawLogin } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

interface LogLine {
  level: string;
  context?: string;
  message: string;
  requestId?: string;
  jobId?: string;
}

/** LOG_FORMAT=json: every line is one JSON object, and lines about a request or a job carry its id. */
describe('structured JSON logs (spawned app)', () => {
  let dir: string;
  let db: TestDatabase;
  let provider: FakeOpenAIServer;
  let app: SpawnedApp;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'draftbench-json-logs-'));
    db = await createTestDatabase('json_logs');
    provider = await startFakeOpenAIServer({
      kind: 'error',
      status: 400,
      body: { error: { message: 'no' } },
    });
    app = await spawnApp(
      {
        PORT: '0',
        DATABASE_URL: db.url,
        SERVE_WEB: 'false',
        LOG_LEVEL: 'log',
        LOG_FORMAT: 'json',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        OPENAI_API_KEY: 'sk-json-logs-test',
        OPENAI_BASE_URL: provider.baseURL,
        OPENAI_MODELS: 'fake-large:2:8',
        DEFAULT_PROVIDER: 'template',
        TEMPLATE_CHUNK_DELAY_MS: '0',
      },
      dir,
    );
  });
  afterAll(async () => {
    await app?.stop('SIGTERM');
    await provider?.close();
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const lines = (): LogLine[] =>
    app
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);

  it('writes only JSON lines, with the request id and the job id on the lines about them', async () => {
    const client = createDraftbenchClient({ baseUrl: app.url });
    await client.auth.login(ADMIN);

    // A batch: its service logs while serving the request the caller traced.
    const session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const batchResponse = await fetch(`${app.url}/v1/batches`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-4711',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify({ briefs: [copyBrief('en')], targets: [{ provider: 'template' }], variants: 1 }),
    });
    expect(batchResponse.status).toBe(201);
    expect(batchResponse.headers.get('x-request-id')).toBe('trace-4711');
    // A request without an id gets one.
    expect((await fetch(`${app.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    // A job that fails: the worker's line names it.
    const brief = await client.briefs.create(copyBrief('en'));
    const job = await client.jobs.create({ briefId: brief.id, provider: 'openai', model: 'fake-large' });

    const failure = await waitFor('the worker to log the failure', async () =>
      lines().find((l) => l.jobId === job.id && l.context === 'GenerationProcessor'),
    );
    expect(failure).toMatchObject({ level: 'warn', message: expect.stringContaining('bad_request') });
    const all = lines(); // parsing every line is the first assertion: none is plain text
    expect(all.find((l) => l.context === 'BatchesService')).toMatchObject({
      requestId: 'trace-4711',
      message: expect.stringMatching(/^Batch .*: 1 briefs, 1 jobs/),
    });
    expect(all).toContainEqual(
      expect.objectContaining({
        context: 'HTTP',
        requestId: 'trace-4711',
        message: expect.stringMatching(/^POST \/v1\/batches 201 /),
      }),
    );
    expect(all.find((l) => l.message.startsWith('Draftbench is ready at'))).toMatchObject({ level: 'log' });
  });
});
