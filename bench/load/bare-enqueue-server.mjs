// The baseline of the API latency bench: a bare Fastify route that only adds a BullMQ job (the app's job
// options, Redis at REDIS_URL, prefix QUEUE_PREFIX), run as a process of its own as the API is.
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { jobOptions, rawBackend } from './raw-bullmq.mjs';

const backend = await rawBackend({
  kind: 'redis',
  redisUrl: process.env.REDIS_URL,
  prefix: process.env.QUEUE_PREFIX,
});
const queue = backend.queue('bare-generation');
const app = Fastify();
app.post('/jobs', async (request, reply) => {
  const jobId = randomUUID();
  await queue.add('generate', { jobId }, jobOptions(jobId));
  return reply.code(202).send({ id: jobId, briefId: request.body?.briefId });
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`bare enqueue server at ${url}`);
process.once('SIGTERM', async () => {
  await app.close();
  await queue.close();
  await backend.close();
  process.exit(0);
});
