import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  deleteRedisKeys,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from '../../test/support/test-database.js';
import { type JobEventBus } from './job-event-bus.js';
import { topicsForRoles, type JobSignal, type SignalTopic } from './job-signal.js';
import { PostgresJobEventBus } from './postgres-event-bus.js';
import { RedisJobEventBus } from './redis-event-bus.js';

/** The signals a bus receives, and a promise for the first one that matches. */
function recorder(bus: JobEventBus) {
  const received: JobSignal[] = [];
  const waiters: { match: (s: JobSignal) => boolean; resolve: () => void }[] = [];
  bus.subscribe((signal) => {
    received.push(signal);
    for (const w of waiters.filter((w) => w.match(signal))) w.resolve();
  });
  const until = (match: (s: JobSignal) => boolean) =>
    new Promise<void>((resolve) => {
      if (received.some(match)) resolve();
      else waiters.push({ match, resolve });
    });
  return { received, until };
}

describe.each(['redis', 'postgres'] as const)('job event bus on %s', (backend) => {
  let db: TestDatabase;
  const prefix = uniquePrefix('bus');
  const buses: JobEventBus[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(`bus_${backend}`);
  });

  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await db?.drop();
    await deleteRedisKeys(prefix);
  });

  async function bus(topics: readonly SignalTopic[]): Promise<JobEventBus> {
    const created =
      backend === 'redis'
        ? new RedisJobEventBus({ kind: 'server', url: TEST_REDIS_URL }, prefix, topics)
        : new PostgresJobEventBus(db.url, topics);
    buses.push(created);
    await created.start();
    return created;
  }

  it('delivers cancels to workers only and progress to API processes only, in order', async () => {
    const api = recorder(await bus(topicsForRoles(['api'])));
    const worker = recorder(await bus(topicsForRoles(['worker'])));
    const both = recorder(await bus(topicsForRoles(['api', 'worker'])));
    const publisher = await bus([]);

    // One publisher keeps its order across topics: had the worker received progress, it would have come
    // before the cancel, and the API's cancel before the last state.
    await publisher.publish({ kind: 'state', jobId: 'j1' });
    await publisher.publish({ kind: 'delta', jobId: 'j1', variant: 0, text: '你好' });
    await publisher.publish({ kind: 'cancel', jobId: 'j1' });
    await publisher.publish({ kind: 'state', jobId: 'j2' });

    await worker.until((s) => s.kind === 'cancel');
    await api.until((s) => s.jobId === 'j2');
    await both.until((s) => s.jobId === 'j2');
    expect(worker.received).toEqual([{ kind: 'cancel', jobId: 'j1' }]);
    expect(api.received).toEqual([
      { kind: 'state', jobId: 'j1' },
      { kind: 'delta', jobId: 'j1', variant: 0, text: '你好' },
      { kind: 'state', jobId: 'j2' },
    ]);
    expect(both.received.map((s) => s.kind)).toEqual(['state', 'delta', 'cancel', 'state']);
  });

  it('delivers signals published at once, more than one NOTIFY payload holds, all and in order', async () => {
    const api = recorder(await bus(topicsForRoles(['api'])));
    const worker = recorder(await bus(topicsForRoles(['worker'])));
    const publisher = await bus([]);
    // 40 jobs' signals without waiting in between, as a worker running them at once publishes them: 1,400
    // CJK characters per delta (4.2 kB), so the PostgreSQL bus must split what it sends together.
    const sent: JobSignal[] = Array.from({ length: 40 }, (_, i): JobSignal[] => [
      { kind: 'state', jobId: `m${i}` },
      { kind: 'delta', jobId: `m${i}`, variant: 0, text: `${i}${'文'.repeat(1400)}` },
      ...(i === 20 ? [{ kind: 'cancel', jobId: 'm20' } as const] : []),
      { kind: 'draft', jobId: `m${i}`, draftId: `d${i}` },
    ]).flat();
    await Promise.all(sent.map((signal) => publisher.publish(signal)));

    await api.until((s) => s.jobId === 'm39' && s.kind === 'draft');
    await worker.until((s) => s.kind === 'cancel');
    expect(api.received.filter((s) => s.jobId.startsWith('m'))).toEqual(
      sent.filter((s) => s.kind !== 'cancel'),
    );
    expect(worker.received.filter((s) => s.jobId.startsWith('m'))).toEqual([
      { kind: 'cancel', jobId: 'm20' },
    ]);
  });
});
