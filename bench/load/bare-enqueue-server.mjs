// The baseline of the API latency bench: a bare Fastify route that only adds a BullMQ job (the app's job
// options, Redis at REDIS_URL, prefix QUEUE_PREFIX), run as a process of its own as the API is.
// With DATABASE_URL it first inserts the job's row (one prepared INSERT into a table of its own): the least a
// route that writes the row before it enqueues (DESIGN.md §8) does, with no framework around it.
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { jobOptions, rawBackend } from './raw-bullmq.mjs';

const backend = await rawBackend({
  kind: 'redis',
  redisUrl: process.env.REDIS_URL,
  prefix: process.env.QUEUE_PREFIX,
});
const queue = backend.queue('bare-generation');
const pool = process.env.DATABASE_URL
  ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, min: 10 })
  : undefined;
await pool?.query(
  'CREATE TABLE IF NOT EXISTS bare_jobs (id uuid PRIMARY KEY, brief_id text, created_at timestamptz NOT NULL DEFAULT now())',
);
const insertRow = { name: 'bare-insert', text: 'INSERT INTO bare_jobs (id, brief_id) VALUES ($1, $2)' };
const app = Fastify();
app.post('/jobs', async (request, reply) => {
  const jobId = randomUUID();
  await pool?.query({ ...insertRow, values: [jobId, request.body?.briefId ?? null] });
  await queue.add('generate', { jobId }, jobOptions(jobId));
  return reply.code(202).send({ id: jobId, briefId: request.body?.briefId });
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`bare enqueue server at ${url}`);
process.once('SIGTERM', async () => {
  await app.close();
  await queue.close();
  await backend.close();
  await pool?.end();
  process.exit(0);
});
