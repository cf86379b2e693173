import { type JobEvent } from '@draftbench/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

async function collect(stream: AsyncIterable<JobEvent>): Promise<JobEvent[]> {
  const events: JobEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe.each<Backend>(['redis', 'postgres'])('generation jobs on the %s queue backend', (backend) => {
  let db: TestDatabase;
  let app: TestApp;
  let env: Record<string, string | undefined>;
  /** Settings for extra app instances that must not share the main app's queue. */
  const ownQueue = () => {
    const prefix = uniquePrefix(backend);
    return { ...env, QUEUE_PREFIX: prefix, PG_QUEUE_SCHEMA: prefix.replace(/-/g, '_') };
  };

  beforeAll(async () => {
    db = await createTestDatabase(`gen_${backend}`);
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: uniquePrefix(backend),
    };
    app = await startTestApp(env);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('uses the backend it was configured with', () => {
    expect(app.running.infra.queueBackend.kind).toBe(backend);
  });

  it('creates a job, streams token deltas per variant and stores every variant as an aigc draft', async () => {
    const brief = await app.client.briefs.create(copyBrief('en', 60));
    const job = await app.client.jobs.create({
      briefId: brief.id,
      provider: 'template',
      variants: 3,
      parameters: { seed: 7 },
    });
    expect(job.state).toBe('queued');

    const events = await collect(app.client.jobs.stream(job.id));
    expect(events[0]?.type).toBe('snapshot');
    const result = events.at(-1);
    expect(result?.type).toBe('result');
    if (result?.type !== 'result') throw new Error('no result');
    expect(result.job.state).toBe('succeeded');
    expect(result.job.drafts).toHaveLength(3);

    const stored = await app.client.jobs.get(job.id);
    expect(stored.state).toBe('succeeded');
    expect(stored.attempts).toBe(1);
    expect(stored.usage?.totalTokens).toBeGreaterThan(0);
    for (const draft of stored.drafts) {
      expect(draft.origin).toBe('aigc');
      expect(draft.author).toMatchObject({ kind: 'model', provider: 'template', ruleBased: true });
      expect(draft.usage?.completionTokens).toBeGreaterThan(0);
      expect(draft.latencyMs).toBeGreaterThanOrEqual(0);
      expect(draft.costUsd).toBe(0);
      // The deltas of a variant, in order, are exactly the stored text (a late subscriber may miss
      // some, but this stream subscribed before the worker could start).
      const streamed = events
        .filter(
          (e): e is Extract<JobEvent, { type: 'delta' }> => e.type === 'delta' && e.variant === draft.variant,
        )
        .map((e) => e.text)
        .join('');
      if (events[0]?.type === 'snapshot' && events[0].job.state === 'queued')
        expect(streamed).toBe(draft.body);
    }
    expect(new Set(stored.drafts.map((d) => d.body)).size).toBe(3);

    const items = await app.client.briefs.drafts(brief.id);
    expect(items.map((d) => d.id).sort()).toEqual(stored.drafts.map((d) => d.id).sort());
  });

  it('gives a client that connects after the end the current state and result', async () => {
    const brief = await app.client.briefs.create(copyBrief('zh', 120));
    const job = await app.client.jobs.create({ briefId: brief.id, provider: 'template', variants: 1 });
    await collect(app.client.jobs.stream(job.id));
    const late = await collect(app.client.jobs.stream(job.id));
    expect(late.map((e) => e.type)).toEqual(['snapshot', 'result']);
    if (late[0]?.type !== 'snapshot') throw new Error('no snapshot');
    expect(late[0].job.state).toBe('succeeded');
    expect(late[0].job.drafts).toHaveLength(1);
  });

  it('cancels a running job mid-stream: the provider call is aborted and the job ends cancelled', async () => {
    // A slow stream so the cancel lands while tokens are flowing.
    const slow = await startTestApp({ ...ownQueue(), TEMPLATE_CHUNK_DELAY_MS: '40' });
    try {
      const brief = await slow.client.briefs.create(copyBrief('en', 600));
      const job = await slow.client.jobs.create({ briefId: brief.id, provider: 'template', variants: 2 });
      const events: JobEvent[] = [];
      let cancelled = false;
      for await (const event of slow.client.jobs.stream(job.id)) {
        events.push(event);
        if (event.type === 'delta' && !cancelled) {
          cancelled = true;
          const answer = await slow.client.jobs.cancel(job.id);
          expect(answer.state).toBe('cancelled');
        }
      }
      const result = events.at(-1);
      expect(result?.type).toBe('result');
      if (result?.type !== 'result') throw new Error('no result');
      expect(result.job.state).toBe('cancelled');
      expect(result.job.drafts).toHaveLength(0);
      // Nothing the aborted attempt still had in flight may overwrite the cancellation.
      const after = await slow.client.jobs.get(job.id);
      expect(after.state).toBe('cancelled');
      await expect(slow.client.jobs.cancel(job.id)).rejects.toMatchObject({ status: 409 });
    } finally {
      await slow.close();
    }
  });

  it('runs the api and worker roles as separate instances that meet through the queue and the bus', async () => {
    const queue = ownQueue();
    const api = await startTestApp({ ...queue, APP_ROLES: 'api' });
    const worker = await startTestApp({ ...queue, APP_ROLES: 'worker' });
    try {
      expect(worker.running.url).toBeUndefined();
      const brief = await api.client.briefs.create(copyBrief('en', 50));
      const job = await api.client.jobs.create({ briefId: brief.id, variants: 2 });
      const events = await collect(api.client.jobs.stream(job.id));
      const result = events.at(-1);
      if (result?.type !== 'result') throw new Error('no result');
      expect(result.job.state).toBe('succeeded');
      expect(result.job.drafts).toHaveLength(2);
    } finally {
      await Promise.all([api.close(), worker.close()]);
    }
  });

  it('keeps briefs, jobs and drafts across a restart', async () => {
    const brief = await app.client.briefs.create(copyBrief('en', 40));
    const job = await app.client.jobs.create({ briefId: brief.id, variants: 2 });
    await collect(app.client.jobs.stream(job.id));
    await app.close();
    app = await startTestApp(env);
    expect((await app.client.briefs.get(brief.id)).title).toBe(brief.title);
    const again = await app.client.jobs.get(job.id);
    expect(again.state).toBe('succeeded');
    expect(again.drafts).toHaveLength(2);
  });
});
