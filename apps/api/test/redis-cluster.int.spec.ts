import { type JobEvent } from '@draftbench/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { startPrivateRedisCluster, type PrivateRedisCluster } from './support/redis-cluster.js';
import { ADMIN, rawLogin, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, uniquePrefix, type TestDatabase } from './support/test-database.js';
import { waitFor } from './support/wait-for.js';

const PER_MINUTE = 3;

/**
 * A three-node Redis Cluster, and an app given only one node that does not serve its prefix's hash slot:
 * a plain client would be answered MOVED at its first queue command; the cluster client follows.
 */
describe('on a Redis Cluster', () => {
  let cluster: PrivateRedisCluster;
  let db: TestDatabase;
  let app: TestApp;
  const prefix = `{${uniquePrefix('cluster')}}`;

  beforeAll(async () => {
    cluster = await startPrivateRedisCluster();
    db = await createTestDatabase('redis_cluster');
    const owner = await cluster.ownerOf(prefix);
    const seed = cluster.nodes.find((node) => node !== owner)!;
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_CLUSTER_NODES: seed.url,
      QUEUE_PREFIX: prefix,
      API_KEY_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
      // Provider budgets count every call in a Lua script on the cluster.
      TEMPLATE_REQUESTS_PER_MINUTE: '1000',
    });
  });
  afterAll(async () => {
    await app?.close();
    await cluster?.stop();
    await db?.drop();
  });

  it('queues, generates, streams and stores a job', async () => {
    expect(app.running.infra.queueBackend.kind).toBe('redis');
    const brief = await app.client.briefs.create(copyBrief('en', 60));
    const job = await app.client.jobs.create({ briefId: brief.id, provider: 'template', variants: 2 });

    const events: JobEvent[] = [];
    for await (const event of app.client.jobs.stream(job.id)) events.push(event);
    const result = events.at(-1);
    expect(result?.type === 'result' && result.job.state).toBe('succeeded');
    // Progress crossed the cluster's pub/sub: the worker's signals reached this stream.
    expect(events.some((event) => event.type === 'state')).toBe(true);
    expect((await app.client.jobs.get(job.id)).drafts).toHaveLength(2);
  });

  it('reports the queue from the cluster in /metrics and the dashboard', async () => {
    // The job's row is settled before BullMQ moves its entry on: wait until the queue has caught up.
    await waitFor('the completed job in /metrics', async () => {
      const body = await (await fetch(`${app.url}/metrics`)).text();
      return /^draftbench_queue_jobs\{[^}]*queue="generation"[^}]*state="completed"[^}]*\} 1$/m.test(body);
    });
    const { cookie } = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const response = await fetch(
      `${app.url}/admin/queues/api/queues?activeQueue=generation&status=completed`,
      {
        headers: { cookie },
      },
    );
    const { queues } = (await response.json()) as {
      queues: { name: string; counts: Record<string, number> }[];
    };
    expect(queues.find((queue) => queue.name === 'generation')?.counts).toMatchObject({ completed: 1 });
  });

  it('counts an API key’s requests on the cluster', async () => {
    const { secret } = await app.client.apiKeys.create({ name: 'cluster', scopes: ['jobs:read'] });
    const statuses = [];
    for (let i = 0; i <= PER_MINUTE; i++) {
      const response = await fetch(`${app.url}/v1/jobs`, { headers: { authorization: `Bearer ${secret}` } });
      await response.body?.cancel();
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(200), 429]);
  });

  it('keeps every key it writes in its prefix’s hash slot, on one node', async () => {
    const owner = await cluster.ownerOf(prefix);
    const keysByNode = await Promise.all(cluster.nodes.map((node) => node.client.keys('*')));
    for (const [i, node] of cluster.nodes.entries()) {
      if (node !== owner) expect(keysByNode[i]).toEqual([]);
    }
    const owned = keysByNode[cluster.nodes.indexOf(owner)]!;
    for (const part of [':generation:', ':api-key-rpm:', ':provider-calls:']) {
      expect(owned.some((key) => key.includes(part))).toBe(true);
    }
  });
});
