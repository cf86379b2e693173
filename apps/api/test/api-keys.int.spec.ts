import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { type Problem } from '@draftbench/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { ADMIN, clientWithRoles, rawLogin, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('API keys', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let app: TestApp;
  let lead: DraftbenchClient;
  let briefId: string;

  // No client retries: these tests are about what the server answers, and a retried 429 only waits out
  // its Retry-After (5 s, three times) before failing the same way.
  const withKey = (secret: string) =>
    createDraftbenchClient({ baseUrl: app.url, apiKey: secret, retry: { retries: 0 } });
  const problemOf = async (secret: string): Promise<Problem> => {
    const response = await fetch(`${app.url}/v1/jobs`, { headers: { authorization: `Bearer ${secret}` } });
    return (await response.json()) as Problem;
  };

  beforeAll(async () => {
    db = await createTestDatabase('api_keys');
    // API only: no worker, so jobs stay queued and a key's running jobs are exactly what the test made.
    app = await startTestApp({ DATABASE_URL: db.url, APP_ROLES: 'api', API_KEY_MAX_CONCURRENT_JOBS: '5' });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    lead = await clientWithRoles(app, ['lead']);
    briefId = (await lead.briefs.create(copyBrief())).id;
  });
  afterAll(async () => {
    await sql?.end();
    await app?.close();
    await db?.drop();
  });

  it('shows the secret once, lists the key by its prefix, and stores only a hash', async () => {
    const created = await lead.apiKeys.create({ name: 'CMS', scopes: ['jobs:write', 'briefs:write'] });
    expect(created.secret).toMatch(new RegExp(`^${created.prefix}_[A-Za-z0-9_-]{43}$`));
    expect(created).toMatchObject({ name: 'CMS', revokedAt: null, lastUsedAt: null, expiresAt: null });

    const listed = (await lead.apiKeys.list()).items;
    expect(listed.map((k) => k.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(created.prefix.length + 1));
    const { rows } = await sql.query('select * from api_keys where id = $1', [created.id]);
    expect(JSON.stringify(rows)).not.toContain(created.secret.slice(created.prefix.length + 1));
  });

  it('acts as its owner without a CSRF token, records itself on the job and its last use', async () => {
    const created = await lead.apiKeys.create({ name: 'worker', scopes: ['jobs:write'] });
    const service = withKey(created.secret);
    const job = await service.jobs.create({ briefId, provider: 'template' });
    const me = await lead.auth.session();
    expect(job).toMatchObject({ createdBy: me.user.id, apiKeyId: created.id, idempotencyKey: null });
    // jobs:write includes jobs:read.
    await expect(service.jobs.get(job.id)).resolves.toMatchObject({ id: job.id });
    const [listed] = (await lead.apiKeys.list()).items.filter((k) => k.id === created.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    // A person's job records the person and no key.
    await expect(lead.jobs.create({ briefId, provider: 'template' })).resolves.toMatchObject({
      createdBy: me.user.id,
      apiKeyId: null,
    });
  });

  it('answers 401 with the reason for a wrong, revoked or expired key and a disabled owner', async () => {
    const created = await lead.apiKeys.create({ name: 'doomed', scopes: ['jobs:read'] });
    const wrongSecret = `${created.prefix}_${'x'.repeat(43)}`;
    await expect(problemOf(wrongSecret)).resolves.toMatchObject({ status: 401, title: 'Invalid API key' });
    await expect(problemOf('not-a-key')).resolves.toMatchObject({ status: 401, title: 'Invalid API key' });

    const expiring = await lead.apiKeys.create({
      name: 'expiring',
      scopes: ['jobs:read'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await expect(withKey(expiring.secret).jobs.list()).resolves.toBeDefined();
    // Its time passing, faked in the row before the key's first use: a used key is cached (5 s) by the API.
    const expired = await lead.apiKeys.create({
      name: 'expired',
      scopes: ['jobs:read'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await sql.query(`update api_keys set expires_at = now() - interval '1 second' where id = $1`, [
      expired.id,
    ]);
    await expect(problemOf(expired.secret)).resolves.toMatchObject({
      status: 401,
      title: 'API key expired',
    });

    await expect(withKey(created.secret).jobs.list()).resolves.toBeDefined();
    const revoked = await lead.apiKeys.revoke(created.id);
    expect(revoked.revokedAt).not.toBeNull();
    await expect(problemOf(created.secret)).resolves.toMatchObject({ status: 401, title: 'API key revoked' });

    const email = `owner-${Date.now()}@t.test`;
    const owner = await app.client.users.create({
      email,
      displayName: 'Owner',
      password: 'password-123',
      roles: ['lead'],
    });
    const ownerClient = createDraftbenchClient({ baseUrl: app.url });
    await ownerClient.auth.login({ email, password: 'password-123' });
    const ownersKey = await ownerClient.apiKeys.create({ name: 'owned', scopes: ['jobs:read'] });
    await expect(withKey(ownersKey.secret).jobs.list()).resolves.toBeDefined();
    await app.client.users.update(owner.id, { disabled: true });
    const problem = await problemOf(ownersKey.secret);
    expect(problem).toMatchObject({ status: 401, title: 'API key owner disabled' });
    expect(problem.detail).toContain(ownersKey.prefix);
  });

  it("never exceeds its owner's roles, and keys cannot manage keys", async () => {
    const editor = await clientWithRoles(app, ['editor']);
    const key = await editor.apiKeys.create({ name: 'editor key', scopes: ['admin'] });
    await expect(withKey(key.secret).jobs.list()).resolves.toBeDefined();
    const refused = await withKey(key.secret)
      .jobs.create({ briefId, provider: 'template' })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 403 });
    expect((refused as Error).message).toContain("the key's owner has editor");
    await expect(withKey(key.secret).apiKeys.list()).rejects.toMatchObject({
      status: 403,
      problem: { title: 'Not for API keys' },
    });
  });

  it('lets only admins raise limits above the defaults, and refuses an Idempotency-Key', async () => {
    await expect(
      lead.apiKeys.create({ name: 'greedy', scopes: ['jobs:read'], rateLimitPerMinute: 10_000 }),
    ).rejects.toMatchObject({ status: 403, problem: { errors: [{ path: 'rateLimitPerMinute' }] } });
    await expect(
      lead.apiKeys.create({
        name: 'modest',
        scopes: ['jobs:read'],
        rateLimitPerMinute: 10,
        maxConcurrentJobs: 1,
      }),
    ).resolves.toMatchObject({ rateLimitPerMinute: 10, maxConcurrentJobs: 1 });
    await expect(
      app.client.apiKeys.create({ name: 'big', scopes: ['jobs:read'], maxConcurrentJobs: 500 }),
    ).resolves.toMatchObject({ maxConcurrentJobs: 500 });

    // Its answer carries the secret, which must never be stored for a replay.
    const { cookie, csrfToken } = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const response = await fetch(`${app.url}/v1/api-keys`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': 'k1',
        'x-csrf-token': csrfToken,
        cookie,
      },
      body: JSON.stringify({ name: 'x', scopes: ['jobs:read'] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).title).toBe('Idempotency-Key not supported');
  });

  it('refuses (429) jobs beyond the concurrency limit until one of them ends', async () => {
    const key = await lead.apiKeys.create({
      name: 'two at once',
      scopes: ['jobs:write', 'briefs:write'],
      maxConcurrentJobs: 2,
    });
    const service = withKey(key.secret);
    const first = await service.jobs.create({ briefId, provider: 'template' });
    await service.jobs.create({ briefId, provider: 'template' });
    const refused = await service.jobs.create({ briefId, provider: 'template' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 429, retryAfterSeconds: 5 });
    expect((refused as Error).message).toContain('may have 2 jobs queued or running at once; it has 2');
    // A batch of two more is refused whole; the person's own jobs never count against the key.
    await expect(
      service.batches.create({
        targets: [{ provider: 'template' }],
        variants: 1,
        briefs: [copyBrief(), copyBrief()],
      }),
    ).rejects.toMatchObject({ status: 429 });

    await service.jobs.cancel(first.id);
    await expect(service.jobs.create({ briefId, provider: 'template' })).resolves.toMatchObject({
      apiKeyId: key.id,
    });
  });

  it('lets many concurrent creations of one key through exactly up to its limit', async () => {
    const key = await lead.apiKeys.create({ name: 'burst', scopes: ['jobs:write'], maxConcurrentJobs: 3 });
    const service = withKey(key.secret);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => service.jobs.create({ briefId, provider: 'template' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => (r.reason as { status: number }).status),
    ).toEqual(Array(7).fill(429));
  });
});
