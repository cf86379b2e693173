import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { type Job, type JobCreateInput, type Problem } from '@draftbench/contracts';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyJanitor } from '../src/idempotency/idempotency.janitor.js';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, uniquePrefix, type TestDatabase } from './support/test-database.js';

const EXAMPLE_CSV = new URL('../../../docs/examples/briefs.csv', import.meta.url);

describe('Idempotency-Key on creating POSTs', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  /** Two API processes on one database, as production runs them. */
  let apps: TestApp[] = [];
  let lead: DraftbenchClient;
  let secret: string;
  let briefId: string;

  beforeAll(async () => {
    db = await createTestDatabase('idempotency');
    const env = { DATABASE_URL: db.url, QUEUE_PREFIX: uniquePrefix('idem'), APP_ROLES: 'api' };
    apps = [await startTestApp(env), await startTestApp(env)];
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    lead = await clientWithRoles(apps[0]!, ['lead']);
    ({ secret } = await lead.apiKeys.create({ name: 'service', scopes: ['jobs:write', 'briefs:write'] }));
    briefId = (await lead.briefs.create(copyBrief())).id;
  });
  afterAll(async () => {
    await sql?.end();
    await Promise.all(apps.map((app) => app.close()));
    await db?.drop();
  });

  const postJob = (app: TestApp, key: string, body: JobCreateInput) =>
    fetch(`${app.url}/v1/jobs`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
    });
  const jobsWithKey = async (key: string) =>
    (await sql.query<{ id: string }>('select id from generation_jobs where idempotency_key = $1', [key]))
      .rows;

  it('creates exactly one job for 50 concurrent identical requests, and answers each with it', async () => {
    const key = randomUUID();
    const body = { briefId, provider: 'template', variants: 2 };
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => postJob(apps[i % 2]!, key, body)),
    );
    const texts = await Promise.all(responses.map((response) => response.text()));

    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(202));
    expect(new Set(texts).size).toBe(1);
    const job = JSON.parse(texts[0]!) as Job;
    expect(job).toMatchObject({ briefId, variants: 2, idempotencyKey: key });
    expect(await jobsWithKey(key)).toEqual([{ id: job.id }]);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
  });

  it('answers 409 to the same key with another body', async () => {
    const key = randomUUID();
    const first = await postJob(apps[0]!, key, { briefId, provider: 'template' });
    expect(first.status).toBe(202);
    const other = await postJob(apps[1]!, key, { briefId, provider: 'template', variants: 3 });
    expect(other.status).toBe(409);
    expect(((await other.json()) as Problem).detail).toContain('already used with a different request');
    expect(await jobsWithKey(key)).toHaveLength(1);
  });

  it('keeps keys apart per caller: a session and a key may use the same one', async () => {
    const key = randomUUID();
    const byKey = (await (await postJob(apps[0]!, key, { briefId, provider: 'template' })).json()) as Job;
    const bySession = await lead.jobs.create({ briefId, provider: 'template' }, { idempotencyKey: key });
    expect(bySession.id).not.toBe(byKey.id);
    await expect(
      lead.jobs.create({ briefId, provider: 'template' }, { idempotencyKey: key }),
    ).resolves.toEqual(bySession);
  });

  it('stores nothing for a failed request, so the key can be retried', async () => {
    const key = randomUUID();
    const missing = await postJob(apps[0]!, key, { briefId: randomUUID(), provider: 'template' });
    expect(missing.status).toBe(404);
    const retried = await postJob(apps[0]!, key, { briefId, provider: 'template' });
    expect(retried.status).toBe(202);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('forgets a key after 24 hours: it then creates anew, and the janitor deletes expired keys', async () => {
    const key = randomUUID();
    const body = { briefId, provider: 'template' };
    const first = (await (await postJob(apps[0]!, key, body)).json()) as Job;
    const { rows } = await sql.query<{ hours: number }>(
      `select extract(epoch from expires_at - created_at) / 3600 as hours from idempotency_keys where key = $1`,
      [key],
    );
    expect(Number(rows[0]?.hours)).toBe(24);

    await sql.query(`update idempotency_keys set expires_at = now() - interval '1 second' where key = $1`, [
      key,
    ]);
    const second = (await (await postJob(apps[1]!, key, body)).json()) as Job;
    expect(second.id).not.toBe(first.id);
    expect((await jobsWithKey(key)).map((r) => r.id).sort()).toEqual([first.id, second.id].sort());

    await sql.query(`update idempotency_keys set expires_at = now() - interval '1 second' where key = $1`, [
      key,
    ]);
    expect(await apps[0]!.running.app.get(IdempotencyJanitor).sweep()).toBeGreaterThanOrEqual(1);
    const left = await sql.query('select 1 from idempotency_keys where key = $1', [key]);
    expect(left.rowCount).toBe(0);
  });

  it('recognises a re-sent CSV upload whatever its multipart boundary, and refuses another file', async () => {
    const bytes = new Uint8Array(await readFile(EXAMPLE_CSV));
    const service = createDraftbenchClient({ baseUrl: apps[0]!.url, apiKey: secret });
    const settings = { targets: [{ provider: 'template' }], variants: 1 };
    const key = randomUUID();
    const first = await service.batches.upload(bytes, settings, { idempotencyKey: key });
    const again = await service.batches.upload(bytes, settings, { idempotencyKey: key });
    expect(again).toEqual(first);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain('清风');
    const changed = new TextEncoder().encode(text.replace('清风', '微风'));
    await expect(service.batches.upload(changed, settings, { idempotencyKey: key })).rejects.toMatchObject({
      status: 409,
    });
    expect(await jobsWithKey(key)).toHaveLength(first.acceptedRows);
  });

  it('refuses a body too large to be remembered with a 413 problem', async () => {
    const response = await fetch(`${apps[0]!.url}/v1/batches`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'text/csv', 'idempotency-key': 'big' },
      body: 'x'.repeat(13 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a malformed key with 400', async () => {
    const response = await postJob(apps[0]!, 'x'.repeat(256), { briefId, provider: 'template' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).title).toBe('Invalid Idempotency-Key');
  });
});
