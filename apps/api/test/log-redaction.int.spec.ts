import { createDraftbenchClient } from '@draftbench/client';
import { SESSION_COOKIE } from '@draftbench/contracts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { spawnApp, type SpawnedApp } from './support/spawn-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const secret = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;
const OPENAI_API_KEY = `sk-${secret('proj')}`;
const ADMIN_PASSWORD = secret('admin-password');
const DB_PASSWORD = secret('db-password');
const PROXY_PASSWORD = secret('proxy-password');
const ADMIN_EMAIL = 'admin@draftbench.test';

/**
 * The built app in its own process, with secrets configured, driven through paths that put secrets in
 * front of its logs: a provider reached through a proxy URL with a password (fetch refuses it and quotes
 * the URL, and the worker logs the job's failure), a failing webhook endpoint, sign-ins, a wrong API key.
 * Everything it printed must be free of them.
 */
describe('log redaction (spawned app, verbose logs)', () => {
  let dir: string;
  let db: TestDatabase;
  let provider: FakeOpenAIServer;
  let receiver: WebhookReceiver;
  let app: SpawnedApp;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'draftbench-redaction-'));
    db = await createTestDatabase('redaction');
    // Only the address is used: fetch refuses the credentials in the URL before any request is sent.
    provider = await startFakeOpenAIServer();
    receiver = await startWebhookReceiver();
    receiver.respond('/failing', () => 500);
    // Trust authentication ignores the password, so the URL can carry one and still connect.
    app = await spawnApp(
      {
        PORT: '0',
        DATABASE_URL: withCredentials(db.url, 'postgres', DB_PASSWORD),
        SERVE_WEB: 'false',
        LOG_LEVEL: 'verbose',
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        OPENAI_API_KEY,
        OPENAI_BASE_URL: withCredentials(provider.baseURL, 'proxy', PROXY_PASSWORD),
        OPENAI_MODELS: 'fake-large:2:8',
        JOB_ATTEMPTS: '1',
        TEMPLATE_CHUNK_DELAY_MS: '0',
        WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
        WEBHOOK_ATTEMPTS: '1',
      },
      dir,
    );
  });

  afterAll(async () => {
    if (app?.child.exitCode === null) app.child.kill('SIGKILL');
    await Promise.all([provider?.close(), receiver?.close()]);
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('never prints a configured or issued secret, and shows where one was masked', async () => {
    const wrong = await fetch(`${app.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: `${ADMIN_PASSWORD}-wrong` }),
    });
    expect(wrong.status).toBe(401);
    const login = await fetch(`${app.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const sessionToken = login.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))!
      .split(';')[0]!
      .slice(SESSION_COOKIE.length + 1);

    const admin = createDraftbenchClient({ baseUrl: app.url });
    await admin.auth.login({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    const key = await admin.apiKeys.create({ name: 'redaction', scopes: ['admin'] });
    const client = createDraftbenchClient({ baseUrl: app.url, apiKey: key.secret });
    const endpoint = await client.webhooks.endpoints.create({ url: `${receiver.url}/failing` });
    const badKey = await fetch(`${app.url}/v1/jobs`, { headers: { authorization: `Bearer ${key.secret}x` } });
    expect(badKey.status).toBe(401);

    const brief = await client.briefs.create(copyBrief('en'));
    const job = await client.jobs.create({ briefId: brief.id, provider: 'openai', model: 'fake-large' });
    let finished;
    for await (const event of client.jobs.stream(job.id)) if (event.type === 'result') finished = event.job;
    expect(finished?.state).toBe('failed');
    await receiver.waitFor('/failing', 1);

    await app.stop('SIGTERM');
    const output = app.output();
    // The worker logged the provider's failure, which quoted the proxy URL: its password is masked there.
    expect(output).toMatch(new RegExp(`Job ${job.id} failed: .*//proxy:\\[REDACTED\\]@127\\.0\\.0\\.1`));
    for (const value of [
      PROXY_PASSWORD,
      OPENAI_API_KEY,
      OPENAI_API_KEY.slice(3),
      ADMIN_PASSWORD,
      DB_PASSWORD,
      key.secret,
      key.secret.slice(key.prefix.length + 1),
      endpoint.secret,
      sessionToken,
    ])
      expect(output).not.toContain(value);
  });
});

/** `url` with a user and password, as an operator would write it into DATABASE_URL or a proxy URL. */
function withCredentials(url: string, username: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = username;
  parsed.password = password;
  return parsed.toString();
}
