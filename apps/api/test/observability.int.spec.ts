import { type JobWithDrafts } from '@draftbench/contracts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { waitFor } from './support/wait-for.js';
import {
  ADMIN,
  clientWithRoles,
  rawLogin,
  startTestApp,
  type Backend,
  type TestApp,
} from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
  deleteRedisKeys,
} from './support/test-database.js';

/** The value of one sample line of a Prometheus text exposition, e.g. `name{a="b"}`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    const found = Object.fromEntries([...body.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe.each<Backend>(['redis', 'postgres'])('metrics and the queue dashboard (%s queue)', (backend) => {
  let db: TestDatabase;
  let app: TestApp;
  let provider: FakeOpenAIServer;
  const prefix = uniquePrefix('obs');

  beforeAll(async () => {
    provider = await startFakeOpenAIServer({
      kind: 'stream',
      deltas: ['Hello', ' world'],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    });
    db = await createTestDatabase(`observability_${backend}`);
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: prefix,
      OPENAI_API_KEY: 'sk-test-observability',
      OPENAI_BASE_URL: provider.baseURL,
      OPENAI_MODELS: 'fake-large:2:8',
      DEFAULT_PROVIDER: 'template',
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await db?.drop();
    await deleteRedisKeys(prefix);
  });

  async function run(input: { provider: string; model?: string; variants?: number }): Promise<JobWithDrafts> {
    const brief = await app.client.briefs.create(copyBrief('en'));
    const job = await app.client.jobs.create({ briefId: brief.id, ...input });
    for await (const event of app.client.jobs.stream(job.id)) if (event.type === 'result') return event.job;
    throw new Error('no result');
  }

  it('exposes queue depth, job and provider timings, tokens, cost, errors and HTTP latency', async () => {
    expect((await run({ provider: 'template', variants: 2 })).state).toBe('succeeded');
    expect((await run({ provider: 'openai', model: 'fake-large' })).state).toBe('succeeded');
    provider.enqueue({ kind: 'error', status: 400, body: { error: { message: 'bad max_tokens' } } });
    expect((await run({ provider: 'openai', model: 'fake-large' })).state).toBe('failed');

    // The row is settled before BullMQ moves the entry on: wait until the queue has caught up.
    const text = await waitFor('the queue to settle', async () => {
      const response = await fetch(`${app.url}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const body = await response.text();
      const failed = sample(body, 'draftbench_queue_job_duration_seconds_count', {
        queue: 'generation',
        outcome: 'failed',
      });
      return failed === 1 &&
        sample(body, 'draftbench_queue_jobs', { queue: 'generation', state: 'active' }) === 0
        ? body
        : undefined;
    });
    // The 400 ended its job at once: BullMQ holds it as failed.
    expect(sample(text, 'draftbench_queue_jobs', { queue: 'generation', state: 'completed' })).toBe(2);
    expect(sample(text, 'draftbench_queue_jobs', { queue: 'generation', state: 'failed' })).toBe(1);
    expect(sample(text, 'draftbench_queue_jobs', { queue: 'generation', state: 'waiting' })).toBe(0);
    expect(
      sample(text, 'draftbench_queue_job_duration_seconds_count', {
        queue: 'generation',
        outcome: 'completed',
      }),
    ).toBe(2);
    expect(
      sample(text, 'draftbench_queue_job_duration_seconds_count', { queue: 'generation', outcome: 'failed' }),
    ).toBe(1);
    expect(
      sample(text, 'draftbench_provider_request_duration_seconds_count', {
        provider: 'template',
        outcome: 'ok',
      }),
    ).toBe(2);
    const openai = { provider: 'openai', model: 'fake-large' };
    expect(sample(text, 'draftbench_provider_tokens_total', { ...openai, kind: 'prompt' })).toBe(100);
    expect(sample(text, 'draftbench_provider_tokens_total', { ...openai, kind: 'completion' })).toBe(20);
    // 100 prompt tokens at $2 and 20 completion tokens at $8 per million.
    expect(sample(text, 'draftbench_provider_cost_usd_total', openai)).toBeCloseTo(0.00036, 10);
    expect(sample(text, 'draftbench_provider_first_token_seconds_count', openai)).toBe(1);
    expect(
      sample(text, 'draftbench_provider_errors_total', { provider: 'openai', code: 'bad_request' }),
    ).toBe(1);
    expect(sample(text, 'draftbench_jobs_failed_total', { code: 'bad_request' })).toBe(1);
    expect(
      sample(text, 'draftbench_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/v1/jobs',
        status: '2xx',
      }),
    ).toBe(3);
    expect(text).toContain('draftbench_process_resident_memory_bytes');
  });

  it('serves the queue dashboard to admins only', async () => {
    const dashboard = `${app.url}/admin/queues`;
    expect((await fetch(dashboard)).status).toBe(401);
    const rater = await clientWithRoles(app, ['rater']);
    const raterEmail = (await rater.auth.session()).user.email;
    const raterSession = await rawLogin(app.url, raterEmail, 'password-for-tests');
    expect((await fetch(dashboard, { headers: { cookie: raterSession.cookie } })).status).toBe(403);

    const admin = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const page = await fetch(dashboard, { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('__UI_CONFIG__');
    const api = await fetch(`${dashboard}/api/queues?activeQueue=generation&status=completed&page=1`, {
      headers: { cookie: admin.cookie },
    });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(queues.map((q) => q.name).sort()).toEqual(['generation', 'judge', 'webhook-delivery']);
    expect(queues.find((q) => q.name === 'generation')!.counts).toMatchObject({ completed: 2, failed: 1 });
  });
});
