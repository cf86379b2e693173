// 300 concurrent SSE clients on GET /v1/jobs/:id/events plus 200 job creations a second for 60 s against
// the built app (issue [6 of 7], item 7): an API process and a worker process, as production runs them,
// on a fresh PostgreSQL database and the Redis queue backend. Creations are sent open-loop (constant
// arrival rate). The machine is shared, so every latency is also given as a ratio to a baseline measured
// in the same run: the same app idle (no SSE clients, a trickle of creations).
// Needs PostgreSQL (BENCH_DATABASE_URL) and Redis (BENCH_REDIS_URL); creates and drops its own database
// and queue prefix. Run: pnpm bench:load (builds first), or node bench/jobs-under-load.bench.mjs after pnpm build.
// Knobs (env): LOAD_SECONDS=60 JOB_RATE=200 SSE_CLIENTS=300 BASELINE_SECONDS=10 BASELINE_JOB_RATE=10
// HEALTH_RATE=20 WORKER_CONCURRENCY=256 TEMPLATE_CHUNK_DELAY_MS=200 DRAIN_SECONDS=120
// API_KEYS=1. The template provider's chunk delay makes a job stream for a second or two, like a short
// LLM completion, so SSE clients follow live jobs instead of finding them already finished.
import { loadavg } from 'node:os';
import { adminApiKeys, benchApp, createBenchBriefs, jsonClient, knob, sleep } from './load/bench-app.mjs';
import { openLoop } from './load/open-loop.mjs';
import { cpuSeconds, sampleRss, spawnApp } from './load/processes.mjs';
import { jobFeed, startWatchers } from './load/sse-watchers.mjs';
import { percentiles, ratios } from './load/stats.mjs';

const LOAD_SECONDS = knob('LOAD_SECONDS', 60);
const JOB_RATE = knob('JOB_RATE', 200);
const SSE_CLIENTS = knob('SSE_CLIENTS', 300);
const BASELINE_SECONDS = knob('BASELINE_SECONDS', 10);
const BASELINE_JOB_RATE = knob('BASELINE_JOB_RATE', 10);
const HEALTH_RATE = knob('HEALTH_RATE', 20);
// Clients of the API each have their own key; one key's creations queue behind its job-slot lock.
const API_KEYS = knob('API_KEYS', 1);
const DRAIN_SECONDS = knob('DRAIN_SECONDS', 120);
const BRIEFS = 20;

const app = await benchApp('load');
const common = { ...app.env, TEMPLATE_CHUNK_DELAY_MS: String(knob('TEMPLATE_CHUNK_DELAY_MS', 200)) };
const processes = [];
try {
  const api = await spawnApp({ ...common, APP_ROLES: 'api', PORT: '0', SERVE_WEB: 'false' });
  processes.push(api);
  const worker = await spawnApp({
    ...common,
    APP_ROLES: 'worker',
    WORKER_CONCURRENCY: String(knob('WORKER_CONCURRENCY', 256)),
  });
  processes.push(worker);

  const { call } = jsonClient(api.url);
  const keys = await adminApiKeys(call, API_KEYS, ['jobs:write', 'briefs:write']);
  const briefIds = await createBenchBriefs(call, keys[0], BRIEFS);

  const feed = jobFeed();
  let attempts = 0;
  const createJob = async (signal) => {
    const n = attempts++;
    const { json } = await call('POST', '/v1/jobs', {
      signal,
      headers: { authorization: `Bearer ${keys[n % API_KEYS]}` },
      expect: 202,
      body: { briefId: briefIds[n % BRIEFS], provider: 'template', variants: 1 },
    });
    feed.add(json.id);
  };
  const health = (signal) => call('GET', '/healthz', { signal });

  // Baseline: the same app with no SSE clients and a trickle of creations; then let the worker catch up.
  const baselineHealth = openLoop(HEALTH_RATE, health);
  const baselineJobs = openLoop(BASELINE_JOB_RATE, createJob);
  await sleep(BASELINE_SECONDS * 1000);
  await Promise.all([baselineHealth.stop(), baselineJobs.stop()]);
  await waitForDrain(30);

  // Load: SSE clients first (they wait for the first jobs), then creations and the health probe.
  const loadavgAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const cpuAtStart = {
    api: cpuSeconds(api.pid),
    worker: cpuSeconds(worker.pid),
    bench: cpuSeconds(process.pid),
  };
  const postgresAtStart = await postgresCpuSeconds();
  const loadStarted = performance.now();
  const apiRss = sampleRss(api.pid);
  const workerRss = sampleRss(worker.pid);
  const watchers = startWatchers({ url: api.url, apiKey: keys[0], count: SSE_CLIENTS, jobs: feed });
  const loadHealth = openLoop(HEALTH_RATE, health);
  const loadJobs = openLoop(JOB_RATE, createJob);
  const openStreams = [];
  for (let s = 0; s < LOAD_SECONDS; s++) {
    await sleep(1000);
    openStreams.push(watchers.open);
  }
  const offered = await loadJobs.stop();
  await loadHealth.stop();
  const sse = await watchers.stop();
  // Share of one core each process used during the load phase: shows which one ran out of CPU.
  const elapsed = (performance.now() - loadStarted) / 1000;
  const postgresAtEnd = await postgresCpuSeconds();
  const cpuUsed = {
    api: cpuSeconds(api.pid) - cpuAtStart.api,
    worker: cpuSeconds(worker.pid) - cpuAtStart.worker,
    bench: cpuSeconds(process.pid) - cpuAtStart.bench,
    // Backends that ended during the run are missed, so this undercounts a little.
    postgres: [...postgresAtEnd].reduce((sum, [pid, cpu]) => sum + cpu - (postgresAtStart.get(pid) ?? 0), 0),
  };
  const cpuCores = Object.fromEntries(
    Object.entries(cpuUsed).map(([name, seconds]) => [name, Number((seconds / elapsed).toFixed(2))]),
  );
  const memory = { api: apiRss(), worker: workerRss() };
  const drain = await waitForDrain(DRAIN_SECONDS);
  const states = await jobStates();

  const creation = percentiles(loadJobs.latencies);
  const creationIdle = percentiles(baselineJobs.latencies);
  const healthLoad = percentiles(loadHealth.latencies);
  const healthIdle = percentiles(baselineHealth.latencies);
  const errors = [baselineJobs, baselineHealth, loadJobs, loadHealth, sse].flatMap((run) => run.errors);
  const loadJobsCreated = loadJobs.latencies.length;
  // CPU time per created job: what capacity a dedicated machine would have, whatever this one shared.
  const cpuMsPerJob = (name) => Number(((cpuUsed[name] * 1000) / loadJobsCreated).toFixed(1));
  console.log(
    JSON.stringify(
      {
        bench: `${SSE_CLIENTS} SSE clients + ${JOB_RATE} job creations/s for ${LOAD_SECONDS} s (built app: API + worker processes, Redis queue)`,
        config: {
          loadSeconds: LOAD_SECONDS,
          jobRate: JOB_RATE,
          sseClients: SSE_CLIENTS,
          apiKeys: API_KEYS,
          baselineSeconds: BASELINE_SECONDS,
          baselineJobRate: BASELINE_JOB_RATE,
          workerConcurrency: knob('WORKER_CONCURRENCY', 256),
          templateChunkDelayMs: Number(common.TEMPLATE_CHUNK_DELAY_MS),
          loadavgAtStart,
        },
        errors: { count: errors.length, first: [...new Set(errors)].slice(0, 5) },
        creations: {
          offered: offered.sent,
          created: loadJobsCreated,
          // Over the time until the last answer (or timeout): what the app actually sustained.
          completedPerSecond: Number((loadJobsCreated / offered.seconds).toFixed(1)),
          latency: creation,
          idleLatency: creationIdle,
          ratioToIdle: ratios(creation, creationIdle),
        },
        health: { latency: healthLoad, idleLatency: healthIdle, ratioToIdle: ratios(healthLoad, healthIdle) },
        sse: {
          openStreams: {
            min: Math.min(...openStreams),
            median: openStreams.toSorted((a, b) => a - b)[Math.floor(openStreams.length / 2)],
            peak: sse.peakOpen,
          },
          streamsCompleted: sse.streams,
          // Streams whose job had already finished when they opened (snapshot then result at once).
          streamsOfFinishedJobs: sse.finishedBeforeOpen,
          events: sse.events,
          timeToFirstEvent: percentiles(sse.firstEventMs),
          stateDeliveryLag: percentiles(sse.lagMs),
        },
        memoryMiB: memory,
        cpu: {
          coresDuringLoad: cpuCores,
          msPerCreatedJob: {
            api: cpuMsPerJob('api'),
            worker: cpuMsPerJob('worker'),
            postgres: cpuMsPerJob('postgres'),
          },
        },
        afterLoad: { drainSeconds: drain, jobStates: states },
      },
      null,
      2,
    ),
  );
  if (errors.length) process.exitCode = 1;
} finally {
  for (const p of processes.reverse()) await p.stop();
  await app.drop();
}

/**
 * CPU seconds of each PostgreSQL backend serving this database (the app's pooled connections live for
 * the whole run); the server is shared, so only these count.
 */
async function postgresCpuSeconds() {
  const { rows } = await app.admin.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [app.dbName],
  );
  const seconds = new Map();
  for (const { pid } of rows) {
    try {
      seconds.set(pid, cpuSeconds(pid));
    } catch {
      // the backend ended between the query and the read
    }
  }
  return seconds;
}

async function jobStates() {
  const { rows } = await app.inDatabase((c) =>
    c.query('SELECT state, count(*)::int AS n FROM generation_jobs GROUP BY state ORDER BY state'),
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** Seconds until no job is queued or running (null when still busy after `limitSeconds`). */
async function waitForDrain(limitSeconds) {
  const started = performance.now();
  while (performance.now() - started < limitSeconds * 1000) {
    const { rows } = await app.inDatabase((c) =>
      c.query(`SELECT count(*)::int AS n FROM generation_jobs WHERE state IN ('queued', 'running')`),
    );
    if (rows[0].n === 0) return Math.round((performance.now() - started) / 100) / 10;
    await sleep(500);
  }
  return null;
}
