// A service calling Draftbench, using only the README and @draftbench/client:
// it creates an API key, registers a webhook endpoint, submits JOBS generation jobs with
// Idempotency-Keys (resending RESEND of them, as a retrying client would), verifies every signed
// webhook it receives, and checks that exactly JOBS jobs exist.
//
//   WEBHOOK_ALLOWED_ADDRESSES=127.0.0.1 pnpm start          # Draftbench, allowed to call this machine
//   DRAFTBENCH_PASSWORD=… node docs/examples/service-client.example.mjs
//
// Environment: DRAFTBENCH_URL (http://127.0.0.1:3000), DRAFTBENCH_EMAIL (admin@draftbench.local),
// DRAFTBENCH_PASSWORD, JOBS (100), RESEND (20), WEBHOOK_URL (where Draftbench reaches this program;
// default http://127.0.0.1:<free port>/draftbench), TIMEOUT_SECONDS (300).
import { createDraftbenchClient, verifyWebhook, WebhookSignatureError } from '@draftbench/client';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const config = {
  url: process.env.DRAFTBENCH_URL ?? 'http://127.0.0.1:3000',
  email: process.env.DRAFTBENCH_EMAIL ?? 'admin@draftbench.local',
  password: process.env.DRAFTBENCH_PASSWORD,
  jobs: Number(process.env.JOBS ?? 100),
  resend: Number(process.env.RESEND ?? 20),
  timeoutMs: Number(process.env.TIMEOUT_SECONDS ?? 300) * 1000,
};
if (!config.password) throw new Error('Set DRAFTBENCH_PASSWORD (and DRAFTBENCH_EMAIL for another user).');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

// 1. Sign in as a person, once, to create the key the service runs with.
const person = createDraftbenchClient({ baseUrl: config.url });
const { user } = await person.auth.login({ email: config.email, password: config.password });
const key = await person.apiKeys.create({
  name: `service-client example ${new Date().toISOString()}`,
  scopes: ['briefs:write', 'jobs:write'],
  // Only admins may raise a key's limits; others keep the defaults and the client waits out 429s.
  ...(user.roles.includes('admin') && { rateLimitPerMinute: 1000, maxConcurrentJobs: config.jobs }),
});
const service = createDraftbenchClient({
  baseUrl: config.url,
  apiKey: key.secret,
  retry: { retries: 30, maxDelayMs: 60_000 },
});
console.log(`API key ${key.prefix}… created`);

// 2. A webhook receiver: verify the signature over the raw body first, deduplicate by event id.
let secret = '';
const events = new Map(); // event id → event
let refused = 0;
let allArrived = () => {};
const arrived = new Promise((resolve) => (allArrived = resolve));
const receiver = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const event = await verifyWebhook(
        Buffer.concat(chunks),
        request.headers['draftbench-signature'],
        secret,
      );
      events.set(event.id, event);
      response.writeHead(204).end();
      if (events.size === config.jobs) allArrived();
    } catch (error) {
      // Not provably from Draftbench: refuse it and do not act on it.
      refused++;
      response.writeHead(400).end(error instanceof WebhookSignatureError ? error.message : 'invalid');
    }
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const webhookUrl = process.env.WEBHOOK_URL ?? `http://127.0.0.1:${receiver.address().port}/draftbench`;

try {
  // 3. Register the endpoint with the key: it hears about the jobs this key creates.
  const endpoint = await service.webhooks.endpoints.create({
    url: webhookUrl,
    events: ['job.succeeded', 'job.failed', 'job.refused', 'job.cancelled'],
    description: 'service-client example',
  });
  secret = endpoint.secret;
  console.log(`Webhook endpoint ${webhookUrl} registered`);

  // 4. One brief, then JOBS jobs, each with its own Idempotency-Key.
  const brief = await service.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: 'Aurora kettle launch',
    targetLength: 60,
    fields: {
      productName: 'Aurora kettle',
      category: 'kitchen appliances',
      sellingPoints: ['boils a litre in three minutes', 'keeps water warm for two hours'],
    },
  });
  const run = randomUUID();
  const submit = (i) =>
    service.jobs.create(
      { briefId: brief.id, provider: 'template', parameters: { seed: i } },
      { idempotencyKey: `${run}-${i}` },
    );
  const created = await inBatches(config.jobs, 10, submit);
  // Resend some with the same keys: the answer is the job already created, not a new one.
  const resent = await inBatches(config.resend, 10, submit);
  const sameJobs = resent.every((job, i) => job.id === created[i].id);
  console.log(
    `${created.length} jobs submitted, ${resent.length} resent (same jobs: ${sameJobs}) at ${seconds()} s`,
  );

  // 5. Wait for a verified webhook per job.
  const timeout = setTimeout(allArrived, config.timeoutMs);
  await arrived;
  clearTimeout(timeout);
  const createdIds = new Set(created.map((job) => job.id));
  const webhookJobs = new Set([...events.values()].map((event) => event.data.job.id));
  console.log(`${events.size} signed webhooks verified (${refused} refused) at ${seconds()} s`);

  // 6. Exactly JOBS jobs exist for the brief, and they are the ones created.
  const listed = [];
  for await (const job of service.jobs.listAll({ briefId: brief.id, limit: 100 })) listed.push(job.id);
  const ok =
    sameJobs &&
    refused === 0 &&
    events.size === config.jobs &&
    webhookJobs.size === config.jobs &&
    [...webhookJobs].every((id) => createdIds.has(id)) &&
    listed.length === config.jobs &&
    listed.every((id) => createdIds.has(id));
  console.log(`${listed.length} jobs found for the brief`);
  await service.webhooks.endpoints.disable(endpoint.id);
  console.log(
    `${ok ? 'OK' : 'FAILED'}: ${config.jobs} jobs, ${config.resend} resent, ${events.size} webhooks verified, ` +
      `${listed.length} jobs found in ${seconds()} s`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await person.apiKeys.revoke(key.id);
  receiver.close();
  receiver.closeAllConnections();
}

/** Calls `task(0 … count-1)`, at most `parallel` at a time; the results in order. */
async function inBatches(count, parallel, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return results;
}
