// Plain BullMQ on either backend, with nothing of Draftbench around it: the baseline the queue benches
// compare the app with. The app's own backend (apps/api/src/queue/queue-backend.ts) is built the same
// way, so both sides use the same connections, prefix or schema, and job options.
import { Queue, Worker, createPostgresBackend, runMigrations, withBackend } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * `{ kind: 'redis', redisUrl, prefix }` or `{ kind: 'postgres', databaseUrl, schema }` → the BullMQ
 * classes bound to that backend and the options each needs, as the app makes them.
 */
export async function rawBackend(target) {
  if (target.kind === 'redis') {
    const connections = [];
    const connect = (options) => {
      const c = new Redis(target.redisUrl, options);
      connections.push(c);
      return c;
    };
    return {
      queue: (name) =>
        new Queue(name, {
          connection: connect({ enableOfflineQueue: false, maxRetriesPerRequest: 3 }),
          prefix: target.prefix,
        }),
      worker: (name, processor, opts) =>
        new Worker(name, processor, {
          ...opts,
          connection: connect({ maxRetriesPerRequest: null }),
          prefix: target.prefix,
        }),
      close: () => Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect()))),
    };
  }
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    await runMigrations(client, target.schema);
  } finally {
    await client.end();
  }
  const classes = withBackend(createPostgresBackend);
  const connection = { connectionString: target.databaseUrl, schema: target.schema, max: 5 };
  return {
    queue: (name) => new classes.Queue(name, { connection }),
    worker: (name, processor, opts) => new classes.Worker(name, processor, { ...opts, connection }),
    close: async () => undefined,
  };
}

/** The options the app gives every generation job (apps/api/src/queue/generation.queue.ts), fixed backoff. */
export const jobOptions = (jobId) => ({
  jobId,
  attempts: 3,
  backoff: { type: 'fixed', delay: 2000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
});

/** Jobs the queue still has to run (0 once a no-op worker has drained it). */
export async function unfinished(queue) {
  const counts = await queue.getJobCounts('wait', 'paused', 'active', 'delayed', 'prioritized');
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
