import { type Job, type JobCreateInput } from '@draftbench/contracts';
import { estimateTokens } from '@draftbench/llm';
import {
  startFakeOpenAIServer,
  type FakeBehaviour,
  type FakeOpenAIServer,
  type RecordedRequest,
} from '@draftbench/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

const BACKENDS: Backend[] = ['redis', 'postgres'];
const ok: FakeBehaviour = { kind: 'stream', deltas: ['Fine ', 'copy.'] };
const slow: FakeBehaviour = { kind: 'stream', deltas: ['Slow ', 'and ', 'steady.'], delayMs: 60 };
const tooMany = (retryAfterSeconds: number): FakeBehaviour => ({
  kind: 'error',
  status: 429,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: { error: { message: 'Rate limit reached for requests' } },
});
const serverError: FakeBehaviour = {
  kind: 'error',
  status: 500,
  body: { error: { message: 'upstream broke' } },
};
const cutStream: FakeBehaviour = { kind: 'stream', deltas: ['Half ', 'a '], truncate: true };
const garbage: FakeBehaviour = { kind: 'stream', deltas: ['Bad ', 'data'], garbageAfter: 1 };
const stall: FakeBehaviour = { kind: 'stream', deltas: ['Then ', 'silence ', 'here'], stallAfter: 2 };

interface Harness {
  db: TestDatabase;
  provider: FakeOpenAIServer;
  /** API and worker. */
  app: TestApp;
  /** Further worker-only instances on the same database and queue, each calling with its own key. */
  workers: TestApp[];
}

async function startHarness(
  backend: Backend,
  label: string,
  env: Record<string, string>,
  extraWorkers = 0,
): Promise<Harness> {
  const provider = await startFakeOpenAIServer(ok);
  const db = await createTestDatabase(`${label}_${backend}`);
  const shared = {
    DATABASE_URL: db.url,
    REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
    QUEUE_PREFIX: uniquePrefix(`${label}-${backend}`),
    OPENAI_BASE_URL: provider.baseURL,
    OPENAI_MODELS: 'fake-model:1:2',
    ...env,
  };
  const app = await startTestApp({ ...shared, OPENAI_API_KEY: 'sk-faults-key-app' });
  const workers = await Promise.all(
    Array.from({ length: extraWorkers }, (_, i) =>
      startTestApp({ ...shared, APP_ROLES: 'worker', OPENAI_API_KEY: `sk-faults-key-worker-${i}` }),
    ),
  );
  return { db, provider, app, workers };
}

async function stopHarness(h: Harness | undefined): Promise<void> {
  await Promise.all([h?.app.close(), ...(h?.workers ?? []).map((w) => w.close())]);
  await h?.provider.close();
  await h?.db.drop();
}

const TITLE = /Provider fault: ([a-z0-9-]+)/;
const chats = (provider: FakeOpenAIServer) =>
  provider.requests.filter((r) => r.url.endsWith('/chat/completions'));
const scenarioOf = (r: RecordedRequest) => TITLE.exec(JSON.stringify(r.body?.messages ?? ''))?.[1];
const callsOf = (provider: FakeOpenAIServer, scenario: string) =>
  chats(provider).filter((r) => scenarioOf(r) === scenario);

async function createJob(app: TestApp, scenario: string, parameters: JobCreateInput['parameters'] = {}) {
  const brief = await app.client.briefs.create({ ...copyBrief('en'), title: `Provider fault: ${scenario}` });
  return app.client.jobs.create({ briefId: brief.id, provider: 'openai', model: 'fake-model', parameters });
}

/** Follows a job's event stream to its result, or to the first state that `stop` accepts. */
async function follow(app: TestApp, jobId: string, stop: (job: Job) => boolean = () => false): Promise<Job> {
  const controller = new AbortController();
  try {
    for await (const event of app.client.jobs.stream(jobId, { signal: controller.signal })) {
      if (event.type === 'result') return event.job;
      if ((event.type === 'state' || event.type === 'snapshot') && stop(event.job)) return event.job;
    }
  } finally {
    controller.abort();
  }
  throw new Error(`the event stream of job ${jobId} ended without a result`);
}

const budgetWait = (job: Job) => job.state === 'queued' && job.error?.code === 'budget_wait';

/** The fault matrix and the adaptive concurrency run in the worker itself: Redis only, to stay fast. */
describe('provider faults on the redis backend', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('redis', 'faults', {
      OPENAI_TIMEOUT_MS: '800',
      OPENAI_IDLE_TIMEOUT_MS: '300',
      JOB_ATTEMPTS: '3',
      PROVIDER_RATE_LIMITED_ROUNDS: '2',
      WORKER_CONCURRENCY: '4',
      OPENAI_MAX_CONCURRENCY: '2',
    });
  });
  afterAll(() => stopHarness(h));

  it('keeps at most OPENAI_MAX_CONCURRENCY calls open, and halves that after a 429', async () => {
    const { app, provider } = h;
    provider.resetPeak();
    const first = await Promise.all([1, 2, 3, 4].map(() => createJob(app, 'slow')));
    provider.setDefault(slow);
    await Promise.all(first.map((j) => follow(app, j.id)));
    // Four worker slots, but only two calls at once.
    expect(provider.peakOpenChats).toBe(2);

    provider.setDefault(ok);
    provider.enqueue(tooMany(0.05));
    expect((await follow(app, (await createJob(app, 'refused-once')).id)).state).toBe('succeeded');
    provider.setDefault(slow);
    provider.resetPeak();
    const after = await Promise.all([1, 2, 3, 4].map(() => createJob(app, 'slow')));
    await Promise.all(after.map((j) => follow(app, j.id)));
    expect(provider.peakOpenChats).toBe(1);
    provider.setDefault(ok);
  });

  /**
   * Each scenario scripts the provider's answers to one job's calls (then it answers normally). `rounds`
   * are 429s waited out without using an attempt, so every call is either an attempt or a round.
   */
  const SCENARIOS: {
    name: string;
    script: FakeBehaviour[];
    forever?: FakeBehaviour;
    state: 'succeeded' | 'failed';
    attempts: number;
    rounds: number;
    code?: string;
  }[] = [
    { name: 'burst-429', script: [tooMany(0.1), tooMany(0.1)], state: 'succeeded', attempts: 1, rounds: 2 },
    // Two rounds waited out, then every 429 is an ordinary attempt: the job still ends.
    {
      name: 'always-429',
      script: [],
      forever: tooMany(0.1),
      state: 'failed',
      attempts: 3,
      rounds: 2,
      code: 'rate_limited',
    },
    { name: '500-then-ok', script: [serverError, serverError], state: 'succeeded', attempts: 3, rounds: 0 },
    {
      name: 'always-500',
      script: [],
      forever: serverError,
      state: 'failed',
      attempts: 3,
      rounds: 0,
      code: 'provider_error',
    },
    { name: 'timeout', script: [{ kind: 'hang' }], state: 'succeeded', attempts: 2, rounds: 0 },
    {
      name: 'always-hang',
      script: [],
      forever: { kind: 'hang' },
      state: 'failed',
      attempts: 3,
      rounds: 0,
      code: 'timeout',
    },
    { name: 'cut-stream', script: [cutStream], state: 'succeeded', attempts: 2, rounds: 0 },
    { name: 'malformed-sse', script: [garbage], state: 'succeeded', attempts: 2, rounds: 0 },
    { name: 'hang-after-chunks', script: [stall], state: 'succeeded', attempts: 2, rounds: 0 },
    {
      name: 'bad-request',
      script: [{ kind: 'error', status: 400 }],
      state: 'failed',
      attempts: 1,
      rounds: 0,
      code: 'bad_request',
    },
    {
      name: 'mixed',
      script: [tooMany(0.1), serverError, stall, cutStream],
      state: 'failed',
      attempts: 3,
      rounds: 1,
      code: 'malformed_response',
    },
  ];

  it('ends every job of a fault storm succeeded or failed with its reason, every call accounted for', async () => {
    const { app, provider } = h;
    const served = new Map<string, number>();
    provider.setDefault({
      kind: 'reply',
      with: (request) => {
        const scenario = SCENARIOS.find((s) => s.name === scenarioOf(request));
        if (!scenario) return ok;
        const n = served.get(scenario.name) ?? 0;
        served.set(scenario.name, n + 1);
        return scenario.script[n] ?? scenario.forever ?? ok;
      },
    });
    const jobs = await Promise.all(SCENARIOS.map((s) => createJob(app, s.name)));
    const results = await Promise.all(jobs.map((j) => follow(app, j.id)));
    provider.setDefault(ok);

    const summary = SCENARIOS.map((s, i) => ({
      name: s.name,
      state: results[i]!.state,
      attempts: results[i]!.attempts,
      code: results[i]!.error?.code,
      calls: callsOf(provider, s.name).length,
    }));
    expect(summary).toEqual(
      SCENARIOS.map((s) => ({
        name: s.name,
        state: s.state,
        attempts: s.attempts,
        code: s.code,
        calls: s.attempts + s.rounds,
      })),
    );
    for (const job of results.filter((j) => j.state === 'failed')) expect(job.error?.message).toBeTruthy();

    // Nothing crashed: the same app still serves and generates.
    expect((await follow(app, (await createJob(app, 'afterwards')).id)).state).toBe('succeeded');
  });

  it('retries only the variant an attempt did not store, and sums every variant into the job', async () => {
    const { app, provider } = h;
    // The attempt's two calls run side by side: whichever comes second fails, once.
    const script = [ok, serverError];
    provider.setDefault({
      kind: 'reply',
      with: (request) => (scenarioOf(request) === 'one-variant-fails' ? (script.shift() ?? ok) : ok),
    });
    const brief = await app.client.briefs.create({
      ...copyBrief('en'),
      title: 'Provider fault: one-variant-fails',
    });
    const created = await app.client.jobs.create({
      briefId: brief.id,
      provider: 'openai',
      model: 'fake-model',
      variants: 2,
    });
    const job = await follow(app, created.id);
    provider.setDefault(ok);

    expect(job).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(callsOf(provider, 'one-variant-fails')).toHaveLength(3);
    const { drafts } = await app.client.jobs.get(job.id);
    expect(drafts.map((d) => d.variant)).toEqual([0, 1]);
    const sum = (key: 'promptTokens' | 'completionTokens') =>
      drafts.reduce((acc, d) => acc + (d.usage?.[key] ?? 0), 0);
    expect(job.usage).toMatchObject({
      promptTokens: sum('promptTokens'),
      completionTokens: sum('completionTokens'),
    });
    expect(sum('completionTokens')).toBeGreaterThan(0);
  });
});

/** Waits that go through the queue (delayed jobs, a rate-limited queue), on both backends. */
describe.each(BACKENDS)('provider limits on the %s backend', (backend) => {
  describe('request budget and Retry-After, across two worker processes', () => {
    let h: Harness;
    beforeAll(async () => {
      // 120 requests a minute, counted over a rolling second: two calls a second, for both workers together.
      h = await startHarness(
        backend,
        'rpm',
        {
          OPENAI_REQUESTS_PER_MINUTE: '120',
          BUDGET_WINDOW_SECONDS: '1',
          PROVIDER_RATE_LIMITED_ROUNDS: '2',
          WORKER_CONCURRENCY: '1',
        },
        1,
      );
    });
    afterAll(() => stopHarness(h));

    it('holds calls over the budget back until earlier calls leave the window, without using attempts', async () => {
      const { app, provider } = h;
      const jobs = await Promise.all([1, 2, 3, 4, 5].map(() => createJob(app, 'rpm')));
      const results = await Promise.all(jobs.map((j) => follow(app, j.id)));
      expect(results.map((j) => [j.state, j.attempts])).toEqual(jobs.map(() => ['succeeded', 1]));
      const calls = callsOf(provider, 'rpm');
      // Both processes called the provider (each with its own key)…
      expect(new Set(calls.map((r) => r.headers.authorization)).size).toBe(2);
      const at = calls.map((r) => r.at).sort((a, b) => a - b);
      expect(at).toHaveLength(5);
      // …yet drew on one budget: call 3 waits for call 1 to leave the window, call 5 for call 3 (less some
      // latency between logging a call and its arrival here). With a budget per process, four calls would fit
      // the first second.
      expect(at[2]! - at[0]!).toBeGreaterThanOrEqual(700);
      expect(at[4]! - at[0]!).toBeGreaterThanOrEqual(1700);
    });

    it('stops handing out work for the Retry-After of a 429, without using an attempt', async () => {
      const { app, provider } = h;
      provider.enqueue(tooMany(1.5));
      const refused = await createJob(app, 'pause-first');
      const waiting = await follow(app, refused.id, (j) => j.error?.code === 'rate_limited');
      expect(waiting.state).toBe('queued');
      expect(waiting.error?.message).toMatch(/waiting 1500 ms without using an attempt \(round 1 of 2\)/);
      expect(waiting.attempts).toBe(0);
      // Another job, created during the pause, is not handed to either worker before it ends.
      const other = await createJob(app, 'pause-other');
      const [done, otherDone] = await Promise.all([follow(app, refused.id), follow(app, other.id)]);
      expect(done).toMatchObject({ state: 'succeeded', attempts: 1 });
      expect(otherDone.state).toBe('succeeded');
      const [refusedAt, retriedAt] = callsOf(provider, 'pause-first').map((r) => r.at);
      const [otherAt] = callsOf(provider, 'pause-other').map((r) => r.at);
      expect(retriedAt! - refusedAt!).toBeGreaterThanOrEqual(1450);
      expect(otherAt! - refusedAt!).toBeGreaterThanOrEqual(1450);
    });
  });

  describe('tokens per rolling minute', () => {
    const TOKENS_PER_MINUTE = 5000;
    const MAX_TOKENS = 3000;
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(backend, 'tpm', {
        OPENAI_TOKENS_PER_MINUTE: String(TOKENS_PER_MINUTE),
        WORKER_CONCURRENCY: '1',
      });
    });
    afterAll(() => stopHarness(h));

    it('charges the estimate up front and gives back what the reported usage did not use', async () => {
      const { app, provider } = h;
      // Each call is estimated at prompt + max_tokens: one fits the minute's budget, two do not…
      for (let i = 0; i < 3; i++) {
        const job = await createJob(app, 'tpm-small', { maxTokens: MAX_TOKENS });
        // …yet each reports 13 tokens, so the next one fits again and no call waits.
        expect(await follow(app, job.id, budgetWait)).toMatchObject({ state: 'succeeded', attempts: 1 });
      }
      const [request] = callsOf(provider, 'tpm-small');
      const [system, user] = request!.body!.messages as { content: string }[];
      const estimate = estimateTokens(`${system!.content}\n${user!.content}`) + MAX_TOKENS;
      expect(estimate).toBeLessThanOrEqual(TOKENS_PER_MINUTE);
      expect(2 * estimate).toBeGreaterThan(TOKENS_PER_MINUTE);
    });

    it('charges reported usage above the estimate, so the next job waits without using an attempt', async () => {
      const { app, provider } = h;
      provider.enqueue({
        kind: 'stream',
        deltas: ['Long ', 'answer.'],
        usage: { prompt_tokens: 20_000, completion_tokens: 30_000, total_tokens: 50_000 },
      });
      const heavy = await createJob(app, 'tpm-heavy', { maxTokens: MAX_TOKENS });
      expect((await follow(app, heavy.id)).state).toBe('succeeded');

      const next = await createJob(app, 'tpm-next', { maxTokens: MAX_TOKENS });
      const waiting = await follow(app, next.id, budgetWait);
      expect(waiting).toMatchObject({ state: 'queued', attempts: 0 });
      // The budget keeps 1% back for estimates in flight.
      expect(waiting.error?.message).toContain(`${TOKENS_PER_MINUTE * 0.99} tokens per rolling 60 s`);
      expect(callsOf(provider, 'tpm-next')).toHaveLength(0);
      expect((await app.client.jobs.cancel(next.id)).state).toBe('cancelled');
    });
  });
});
