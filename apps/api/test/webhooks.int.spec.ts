import { createDraftbenchClient, verifyWebhook, type DraftbenchClient } from '@draftbench/client';
import {
  type Job,
  type JobCreateInput,
  type WebhookDelivery,
  type WebhookEndpointCreated,
} from '@draftbench/contracts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobEventBus } from '../src/events/job-event-bus.js';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from './support/webhook-receiver.js';

/** The caller's own secret for the webhooks given with its jobs. */
const JOB_SECRET = 'the-callers-own-secret-0001';

async function finished(client: DraftbenchClient, jobId: string): Promise<Job> {
  for await (const event of client.jobs.stream(jobId)) if (event.type === 'result') return event.job;
  throw new Error('no result');
}

/**
 * The job's deliveries once `expected` exist and none is pending. They are written with the job's end,
 * so they all exist once it has ended; each attempt signals on the bus, which wakes the next look.
 */
async function settled(app: TestApp, client: DraftbenchClient, jobId: string, expected: number) {
  let wake = () => {};
  const unsubscribe = app.running.app.get(JobEventBus).subscribe((signal) => {
    if (signal.kind === 'webhook') wake();
  });
  try {
    for (;;) {
      const signalled = new Promise<void>((resolve) => (wake = resolve));
      const { items } = await client.webhooks.deliveries.list({ jobId });
      if (items.length === expected && items.every((d) => d.state !== 'pending')) return items;
      await signalled;
    }
  } finally {
    unsubscribe();
  }
}

const ownOf = (deliveries: WebhookDelivery[]) => deliveries.find((d) => d.endpointId === null)!;
const jobIdIn = (hit: ReceivedWebhook) =>
  (JSON.parse(hit.body) as { data: { job: { id: string } } }).data.job.id;

describe.each<Backend>(['redis', 'postgres'])('webhooks on the %s backend', (backend) => {
  let db: TestDatabase;
  let app: TestApp;
  let provider: FakeOpenAIServer;
  let receiver: WebhookReceiver;
  let sql: pg.Client;
  let lead: DraftbenchClient;
  let briefId: string;
  /** The lead's endpoint for every event of the jobs they create while signed in. */
  let endpoint: WebhookEndpointCreated;
  const prefix = uniquePrefix(`webhooks-${backend}`);
  const env = () => ({
    DATABASE_URL: db.url,
    REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
    QUEUE_PREFIX: prefix,
    OPENAI_API_KEY: 'sk-test-webhooks',
    OPENAI_BASE_URL: provider.baseURL,
    OPENAI_MODELS: 'fake-model:1:2',
    WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
    WEBHOOK_ATTEMPTS: '4',
    WEBHOOK_BACKOFF_MS: '20',
  });

  /** Runs a job with its own webhook at `path` to its end, and waits for both of its deliveries. */
  async function run(path: string, input: Partial<JobCreateInput> = {}) {
    const created = await lead.jobs.create({
      briefId,
      provider: 'template',
      webhook: { url: `${receiver.url}${path}`, secret: JOB_SECRET },
      ...input,
    });
    const job = await finished(lead, created.id);
    return { job, deliveries: await settled(app, lead, job.id, 2) };
  }

  /** Both targets received one event for the job, each verified with its own secret: the same event. */
  async function expectDelivered(job: Job, path: string, type: string) {
    const [own] = await receiver.waitFor(path, 1);
    const atEndpoint = receiver.received.filter((hit) => hit.path === '/endpoint' && jobIdIn(hit) === job.id);
    expect(atEndpoint).toHaveLength(1);
    const event = await verifyWebhook(own!.body, own!.signature, JOB_SECRET);
    expect(await verifyWebhook(atEndpoint[0]!.body, atEndpoint[0]!.signature, endpoint.secret)).toEqual(
      event,
    );
    // Each target has its own secret.
    await expect(verifyWebhook(own!.body, own!.signature, endpoint.secret)).rejects.toMatchObject({
      reason: 'mismatch',
    });
    expect(event).toMatchObject({ type, data: { job: { id: job.id, state: job.state } } });
    return event;
  }

  beforeAll(async () => {
    provider = await startFakeOpenAIServer();
    receiver = await startWebhookReceiver();
    db = await createTestDatabase(`webhooks_${backend}`);
    app = await startTestApp(env());
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    lead = await clientWithRoles(app, ['lead']);
    briefId = (await lead.briefs.create(copyBrief())).id;
    endpoint = await lead.webhooks.endpoints.create({ url: `${receiver.url}/endpoint`, description: 'CMS' });
  });
  afterAll(async () => {
    await sql?.end();
    await app?.close();
    await db?.drop();
    await receiver?.close();
    await provider?.close();
  });

  it('registers an endpoint with a whsec_ secret shown once, for every event by default', async () => {
    expect(endpoint).toMatchObject({
      secret: expect.stringMatching(/^whsec_[\w-]{43}$/),
      events: ['job.succeeded', 'job.failed', 'job.refused', 'job.cancelled'],
      apiKeyId: null,
      disabledAt: null,
    });
    const listed = (await lead.webhooks.endpoints.list()).items;
    expect(listed.map((e) => e.id)).toEqual([endpoint.id]);
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);
  });

  it('sends a signed job.succeeded with the job and its drafts to the endpoint and the job’s own webhook', async () => {
    const { job, deliveries } = await run('/succeeded', { variants: 2 });
    expect(job.state).toBe('succeeded');
    expect(deliveries.map((d) => [d.state, d.attempts, d.lastStatus])).toEqual([
      ['succeeded', 1, 204],
      ['succeeded', 1, 204],
    ]);
    const event = await expectDelivered(job, '/succeeded', 'job.succeeded');
    expect(event.data.job.drafts.map((d) => d.variant).sort()).toEqual([0, 1]);
    expect(deliveries.every((d) => d.eventId === event.id)).toBe(true);
    // The job's own secret is never given back.
    expect(JSON.stringify(await lead.jobs.get(job.id))).not.toContain(JOB_SECRET);
    expect(JSON.stringify(await lead.webhooks.deliveries.get(ownOf(deliveries).id))).not.toContain(
      JOB_SECRET,
    );
  });

  it('sends job.failed when the provider refuses the job, and job.cancelled when it is cancelled', async () => {
    provider.enqueue({ kind: 'error', status: 400 });
    const failed = await run('/failed', { provider: 'openai' });
    expect(failed.job.state).toBe('failed');
    await expectDelivered(failed.job, '/failed', 'job.failed');

    provider.enqueue({ kind: 'hang' });
    const calling = provider.waitForRequest(provider.requests.length + 1);
    const created = await lead.jobs.create({
      briefId,
      provider: 'openai',
      webhook: { url: `${receiver.url}/cancelled`, secret: JOB_SECRET },
    });
    await calling;
    await lead.jobs.cancel(created.id);
    const cancelled = await finished(lead, created.id);
    expect(cancelled.state).toBe('cancelled');
    await settled(app, lead, created.id, 2);
    await expectDelivered(cancelled, '/cancelled', 'job.cancelled');
  });

  it('retries a failing receiver with backoff and logs each attempt: 500, 503, then 200', async () => {
    receiver.respond('/flaky', (_hit, nth) => [500, 503][nth - 1] ?? 200);
    const { deliveries } = await run('/flaky');
    const own = ownOf(deliveries);
    expect(own).toMatchObject({ state: 'succeeded', attempts: 3, lastStatus: 200, lastError: null });
    expect(own.deliveredAt).not.toBeNull();
    const { attemptLog } = await lead.webhooks.deliveries.get(own.id);
    expect(attemptLog.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 503, 'HTTP 503'],
      [3, 200, null],
    ]);
    for (const attempt of attemptLog) expect(attempt.latencyMs).toBeGreaterThanOrEqual(0);
    // Each attempt is signed anew, and every one verifies.
    const hits = await receiver.waitFor('/flaky', 3);
    const events = await Promise.all(hits.map((hit) => verifyWebhook(hit.body, hit.signature, JOB_SECRET)));
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
  });

  it('gives up after the configured attempts and writes failed once, after the last', async () => {
    const seen: string[] = [];
    receiver.respond('/down', async (hit) => {
      const { items } = await lead.webhooks.deliveries.list({ jobId: jobIdIn(hit) });
      const own = ownOf(items);
      seen.push(`${own.state}/${own.attempts}`);
      return 500;
    });
    const { deliveries } = await run('/down');
    expect(seen).toEqual(['pending/0', 'pending/1', 'pending/2', 'pending/3']);
    const own = ownOf(deliveries);
    expect(own).toMatchObject({ state: 'failed', attempts: 4, lastStatus: 500, deliveredAt: null });
    const { attemptLog } = await lead.webhooks.deliveries.get(own.id);
    expect(attemptLog.map((a) => a.statusCode)).toEqual([500, 500, 500, 500]);
    expect(receiver.received.filter((hit) => hit.path === '/down')).toHaveLength(4);
    // The endpoint of the same event is a separate delivery, and it succeeded.
    expect(deliveries.find((d) => d.endpointId === endpoint.id)).toMatchObject({ state: 'succeeded' });
    await expect(lead.webhooks.deliveries.list({ state: 'failed' })).resolves.toMatchObject({
      items: [{ id: own.id }],
    });
  });

  it('redelivers a finished delivery with the same event id, and refuses while it is pending', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    receiver.respond('/held', async (_hit, nth) => {
      if (nth === 1) await held;
      return 200;
    });
    const created = await lead.jobs.create({
      briefId,
      provider: 'template',
      webhook: { url: `${receiver.url}/held`, secret: JOB_SECRET },
    });
    await receiver.waitFor('/held', 1);
    const own = ownOf((await lead.webhooks.deliveries.list({ jobId: created.id })).items);
    await expect(lead.webhooks.deliveries.redeliver(own.id)).rejects.toMatchObject({ status: 409 });
    release();
    expect(ownOf(await settled(app, lead, created.id, 2))).toMatchObject({ state: 'succeeded', attempts: 1 });

    await expect(lead.webhooks.deliveries.redeliver(own.id)).resolves.toMatchObject({
      id: own.id,
      state: 'pending',
    });
    const [first, second] = await receiver.waitFor('/held', 2);
    expect(ownOf(await settled(app, lead, created.id, 2))).toMatchObject({ state: 'succeeded', attempts: 2 });
    const [a, b] = await Promise.all(
      [first!, second!].map((hit) => verifyWebhook(hit.body, hit.signature, JOB_SECRET)),
    );
    expect(b!.id).toBe(a!.id);
    expect((await lead.webhooks.deliveries.get(own.id)).attemptLog).toHaveLength(2);
  });

  it('sends a key’s endpoint the events of that key’s jobs only, and nothing to a disabled endpoint', async () => {
    const key = await lead.apiKeys.create({ name: 'service', scopes: ['jobs:write'] });
    const service = createDraftbenchClient({ baseUrl: app.url, apiKey: key.secret });
    const keyEndpoint = await service.webhooks.endpoints.create({
      url: `${receiver.url}/key`,
      events: ['job.succeeded'],
    });
    expect(keyEndpoint.apiKeyId).toBe(key.id);
    const other = await lead.apiKeys.create({ name: 'other', scopes: ['jobs:read'] });
    await expect(
      service.webhooks.endpoints.create({ url: `${receiver.url}/x`, apiKeyId: other.id }),
    ).rejects.toMatchObject({ status: 403 });
    const disabled = await lead.webhooks.endpoints.create({ url: `${receiver.url}/disabled` });
    await expect(lead.webhooks.endpoints.disable(disabled.id)).resolves.toMatchObject({
      disabledAt: expect.any(String),
    });

    const byKey = await finished(lead, (await service.jobs.create({ briefId, provider: 'template' })).id);
    const bySession = await finished(lead, (await lead.jobs.create({ briefId, provider: 'template' })).id);
    const targets = async (jobId: string) =>
      (await lead.webhooks.deliveries.list({ jobId })).items.map((d) => d.endpointId);
    expect(await targets(byKey.id)).toEqual([keyEndpoint.id]);
    expect(await targets(bySession.id)).toEqual([endpoint.id]);
    const [hit] = await receiver.waitFor('/key', 1);
    await expect(verifyWebhook(hit!.body, hit!.signature, keyEndpoint.secret)).resolves.toMatchObject({
      data: { job: { id: byKey.id, apiKeyId: key.id } },
    });
    // The key reads its owner's delivery log, filtered by endpoint.
    const { items } = await service.webhooks.deliveries.list({ endpointId: keyEndpoint.id });
    expect(items.map((d) => d.jobId)).toEqual([byKey.id]);
  });

  it('sends a delivery that never reached the queue once a worker starts', async () => {
    const { job, deliveries } = await run('/recovered');
    const own = ownOf(deliveries);
    // As if the process died between committing a new round and queueing it.
    await sql.query(`update webhook_deliveries set state = 'pending', round = round + 1 where id = $1`, [
      own.id,
    ]);
    const worker = await startTestApp({ ...env(), APP_ROLES: 'worker' });
    try {
      await receiver.waitFor('/recovered', 2);
      expect(ownOf(await settled(app, lead, job.id, 2))).toMatchObject({ state: 'succeeded', attempts: 2 });
    } finally {
      await worker.close();
    }
  });
});

describe('webhook targets without an allow-list (SSRF guard)', () => {
  let db: TestDatabase;
  let app: TestApp;
  let receiver: WebhookReceiver;
  let lead: DraftbenchClient;
  let briefId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    db = await createTestDatabase('webhooks_ssrf');
    app = await startTestApp({ DATABASE_URL: db.url, QUEUE_PREFIX: uniquePrefix('webhooks-ssrf') });
    lead = await clientWithRoles(app, ['lead']);
    briefId = (await lead.briefs.create(copyBrief())).id;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await receiver?.close();
  });

  it.each([
    ['http://127.0.0.1:9/hook', 'loopback'],
    ['http://10.1.2.3/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://[::1]:9/hook', 'loopback'],
  ])('refuses %s (%s) when it is given, for an endpoint and for a job', async (url, range) => {
    await expect(lead.webhooks.endpoints.create({ url })).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'url', message: expect.stringContaining(range) }] },
    });
    await expect(lead.jobs.create({ briefId, webhook: { url, secret: JOB_SECRET } })).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'webhook.url', message: expect.stringContaining(range) }] },
    });
  });

  it('refuses URLs that are not http(s) or carry credentials, and short secrets', async () => {
    const invalid = (webhook: { url: string; secret: string }) =>
      lead.jobs.create({ briefId, webhook }).then(
        () => [],
        (error: { problem: { errors: { path: string }[] } }) => error.problem.errors.map((e) => e.path),
      );
    await expect(invalid({ url: 'ftp://example.com/hook', secret: JOB_SECRET })).resolves.toEqual([
      'webhook.url',
    ]);
    await expect(invalid({ url: 'https://user:pw@example.com/', secret: JOB_SECRET })).resolves.toEqual([
      'webhook.url',
    ]);
    await expect(invalid({ url: 'https://example.com/hook', secret: 'short' })).resolves.toEqual([
      'webhook.secret',
    ]);
  });

  it('fails a delivery at once, without connecting, when the name resolves to a loopback address', async () => {
    const url = `${receiver.url.replace('127.0.0.1', 'localhost')}/ssrf`;
    const created = await lead.jobs.create({ briefId, webhook: { url, secret: JOB_SECRET } });
    await finished(lead, created.id);
    const [delivery] = await settled(app, lead, created.id, 1);
    expect(delivery).toMatchObject({ state: 'failed', attempts: 1, lastStatus: null });
    expect(delivery!.lastError).toMatch(/loopback address; webhooks only go to public addresses/);
    expect(receiver.received).toEqual([]);
  });
});
