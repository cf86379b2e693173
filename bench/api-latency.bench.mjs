// API latency (issue [7 of 7], benchmark 2): `POST /v1/jobs` and `GET /v1/jobs/:id` at 300 requests/s →
// p99 ≤ 25 ms; and the maximum throughput of `POST /v1/jobs` (autocannon) ≥ 50% of a bare Fastify route
// that only adds a BullMQ job (bench/load/bare-enqueue-server.mjs), measured in the same run.
//
// The built app's API process alone (APP_ROLES=api) on a fresh database and the Redis queue backend, an
// admin-issued API key with the per-key limits raised through env. No worker runs: the baseline route has
// none either, and on this 2-core machine a worker would take CPU from the API under test; the jobs stay
// queued, each holding one of its key's job slots. Every creation carries its own Idempotency-Key, as a
// careful client's does, and goes through the whole request path: auth (key lookup), rate limit,
// validation, brief lookup, template resolution, the insert with its job-slot claim and the enqueue.
//
// The fixed rate is a constant arrival rate (bench/load/open-loop.mjs: request i is due at i/300 s, its
// latency counts from that due time), not autocannon's `overallRate`: autocannon sends each connection's
// quota for the second back to back when the second starts and then idles, so "300/s" over 32 connections
// is a burst at full speed every second, and its coordinated-omission correction uses an expected interval
// of ceil(1 / per-connection rate) = 1 ms, which backfills a synthetic sample for every millisecond of each
// slow answer (docs/BENCHMARKS.md shows both). The maximum-throughput runs are closed loops, where
// autocannon is the right tool: both servers get the same connections and duration.
// Reference, no target: the bare route with the job's row inserted before the enqueue (one prepared INSERT,
// no framework), the least a route does that writes the row first as DESIGN.md §8 asks; its ratio to the
// bare route is the most such a route could reach against that baseline.
//
// Run: pnpm build && node bench/api-latency.bench.mjs. Knobs: RATE=300 RATE_SECONDS=15 MAX_SECONDS=10
// CONNECTIONS=32 WARMUP_SECONDS=5; BENCH_CPU_PROF_DIR=dir writes CPU profiles of the spawned processes.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { adminApiKeys, benchApp, createBenchBriefs, jsonClient, knob, sleep } from './load/bench-app.mjs';
import { openLoop } from './load/open-loop.mjs';
import { spawnApp, spawnNode } from './load/processes.mjs';
import { percentiles } from './load/stats.mjs';

const RATE = knob('RATE', 300);
const RATE_SECONDS = knob('RATE_SECONDS', 15);
const MAX_SECONDS = knob('MAX_SECONDS', 10);
const CONNECTIONS = knob('CONNECTIONS', 32);
const WARMUP_SECONDS = knob('WARMUP_SECONDS', 5);
const P99_TARGET_MS = 25;
const BRIEFS = 20;
const BARE_SERVER = fileURLToPath(new URL('./load/bare-enqueue-server.mjs', import.meta.url));

const app = await benchApp('api_latency');
const processes = [];
try {
  const api = await spawnApp({ ...app.env, APP_ROLES: 'api', PORT: '0', SERVE_WEB: 'false' });
  processes.push(api);
  const bare = await spawnNode(
    BARE_SERVER,
    { REDIS_URL: app.env.REDIS_URL, QUEUE_PREFIX: `${app.prefix}-bare` },
    /bare enqueue server at (http:\/\/\S+)/,
  );
  processes.push(bare);
  const rowFirst = await spawnNode(
    BARE_SERVER,
    { REDIS_URL: app.env.REDIS_URL, QUEUE_PREFIX: `${app.prefix}-bare`, DATABASE_URL: app.databaseUrl },
    /bare enqueue server at (http:\/\/\S+)/,
  );
  processes.push(rowFirst);

  const { call, close } = jsonClient(api.url);
  // One key per phase that creates jobs: the job-slot limit (at most 10,000 queued) counts per key.
  const [rateKey, maxKey] = await adminApiKeys(call, 2);
  const briefIds = await createBenchBriefs(call, rateKey, BRIEFS);

  // Fixed rate: one undici pool per server (keep-alive; it opens connections as the open loop needs them).
  const bareClient = jsonClient(bare.url);
  let created = 0;
  let bareCreated = 0;
  const createJob = (key) => (signal) =>
    call('POST', '/v1/jobs', {
      signal,
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      expect: 202,
      body: { briefId: briefIds[created++ % BRIEFS], provider: 'template', variants: 1 },
    });
  const bareJob = (signal) =>
    bareClient.call('POST', '/jobs', {
      signal,
      expect: 202,
      body: { briefId: briefIds[bareCreated++ % BRIEFS] },
    });

  await atRate(createJob(rateKey), 100, WARMUP_SECONDS);
  await atRate(bareJob, 100, WARMUP_SECONDS);

  const loadavgAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const createAtRate = await atRate(createJob(rateKey), RATE, RATE_SECONDS);
  const jobIds = await app.inDatabase(async (c) => {
    const { rows } = await c.query('SELECT id FROM generation_jobs ORDER BY random() LIMIT 1000');
    return rows.map((r) => r.id);
  });
  let g = 0;
  const getJob = (signal) =>
    call('GET', `/v1/jobs/${jobIds[g++ % jobIds.length]}`, {
      signal,
      headers: { authorization: `Bearer ${rateKey}` },
    });
  const getAtRate = await atRate(getJob, RATE, RATE_SECONDS);
  const bareAtRate = await atRate(bareJob, RATE, RATE_SECONDS);
  await close();
  await bareClient.close();

  const createJobs = (key) => {
    let n = 0;
    return {
      method: 'POST',
      path: '/v1/jobs',
      setupRequest: (request) => ({
        ...request,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ briefId: briefIds[n++ % BRIEFS], provider: 'template', variants: 1 }),
      }),
    };
  };
  const bareJobs = () => {
    let n = 0;
    return {
      method: 'POST',
      path: '/jobs',
      setupRequest: (request) => ({
        ...request,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ briefId: briefIds[n++ % BRIEFS] }),
      }),
    };
  };

  // Maximum throughput: the bare route before and after the app, so drift on the machine shows.
  const bareMaxBefore = await run(bare.url, bareJobs(), { duration: MAX_SECONDS });
  const createMax = await run(api.url, createJobs(maxKey), { duration: MAX_SECONDS });
  const bareMaxAfter = await run(bare.url, bareJobs(), { duration: MAX_SECONDS });
  const rowFirstMax = await run(rowFirst.url, bareJobs(), { duration: MAX_SECONDS });
  const bareMax = (bareMaxBefore.requestsPerSecond + bareMaxAfter.requestsPerSecond) / 2;
  const throughputRatio = Number((createMax.requestsPerSecond / bareMax).toFixed(3));

  const report = {
    bench: `API latency: ${RATE} requests/s (constant arrival rate) for ${RATE_SECONDS} s, maximum throughput over ${MAX_SECONDS} s with ${CONNECTIONS} connections (API process only, no worker, Redis queue)`,
    config: {
      rate: RATE,
      rateSeconds: RATE_SECONDS,
      maxSeconds: MAX_SECONDS,
      connections: CONNECTIONS,
      loadavgAtStart,
    },
    atRate: {
      createJob: { ...createAtRate, targetMet: createAtRate.latency.p99Ms <= P99_TARGET_MS },
      getJob: { ...getAtRate, targetMet: getAtRate.latency.p99Ms <= P99_TARGET_MS },
      bareEnqueue: bareAtRate,
    },
    maxThroughput: {
      createJob: createMax,
      bareEnqueue: { before: bareMaxBefore, after: bareMaxAfter, meanRequestsPerSecond: Math.round(bareMax) },
      ratio: throughputRatio,
      targetMet: throughputRatio >= 0.5,
      bareEnqueueWithRowFirst: {
        ...rowFirstMax,
        ratio: Number((rowFirstMax.requestsPerSecond / bareMax).toFixed(3)),
      },
    },
  };
  console.log(JSON.stringify(report, null, 2));
  const runs = [createAtRate, getAtRate, bareAtRate, bareMaxBefore, createMax, bareMaxAfter, rowFirstMax];
  const targetsMet =
    report.atRate.createJob.targetMet && report.atRate.getJob.targetMet && report.maxThroughput.targetMet;
  if (!targetsMet || runs.some((r) => r.failed > 0)) process.exitCode = 1;
} finally {
  for (const p of processes.reverse()) await p.stop();
  await app.drop();
}

/** `send` at a constant arrival rate for `seconds`; latency counts from each request's due time. */
async function atRate(send, rate, seconds) {
  const loop = openLoop(rate, send);
  await sleep(seconds * 1000);
  const { sent } = await loop.stop();
  return {
    requests: sent,
    requestsPerSecond: Math.round(loop.latencies.length / seconds),
    failed: loop.errors.length,
    ...(loop.errors.length > 0 ? { firstError: loop.errors[0] } : {}),
    latency: percentiles(loop.latencies),
  };
}

/** One autocannon run (closed loop); the figures the report needs. A non-2xx answer or an error counts as failed. */
async function run(url, request, { duration }) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [request],
    timeout: 30,
  });
  const l = result.latency;
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / duration),
    failed: result.non2xx + result.errors + result.timeouts,
    latency: { p50: l.p50, p90: l.p90, p99: l.p99, max: l.max },
  };
}
