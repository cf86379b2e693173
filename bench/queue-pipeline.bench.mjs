// Queue pipeline (issue [7 of 7], benchmark 1): jobs per second from `POST /v1/batches` to every job
// `succeeded` with its draft stored, against plain BullMQ (`addBulk` + a worker that does nothing) in the
// same run, on the Redis queue backend and on BullMQ's PostgreSQL backend. Target: Draftbench ≥ 50% of
// plain BullMQ's jobs/s on each backend.
//
// Draftbench: the built app as production runs it, an API process and a worker process, on a fresh
// database; the built-in template provider with TEMPLATE_CHUNK_DELAY_MS=0 (no provider round trip, no
// waiting: what is measured is our pipeline: the batch insert, enqueue, the worker's row transitions,
// safety gate, prompt rendering, delta signals, draft insert). One batch of JOBS briefs × 1 target × 1
// variant; the clock runs from sending the request to PostgreSQL showing every job succeeded.
// Plain BullMQ: `addBulk` of JOBS jobs (chunks of 500, the app's job options) from this process, a no-op
// worker in a process of its own, with the same concurrency; the clock runs from the first addBulk to the
// queue holding nothing waiting, delayed or active. Measured before and after the app, both reported.
// Reference, no target: the same plain BullMQ worker doing the content work every Draftbench job must do
// (load/draft-content-work.mjs: safety gate on brief and output, prompt, template draft, fact-risk check; no
// database, no event bus). Its ratio to the no-op worker is the most any pipeline that checks what it
// generates could reach against that baseline.
//
// Run: pnpm build && node bench/queue-pipeline.bench.mjs. Knobs: JOBS=1000 WORKER_CONCURRENCY=32
// BACKENDS=redis,postgres; BENCH_CPU_PROF_DIR=dir writes a CPU profile of every process it spawns.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { adminApiKeys, benchApp, benchBrief, jsonClient, knob, REDIS_URL, sleep } from './load/bench-app.mjs';
import { cpuSeconds, spawnApp, spawnNode } from './load/processes.mjs';
import { jobOptions, rawBackend, unfinished } from './load/raw-bullmq.mjs';

const JOBS = knob('JOBS', 1000);
const CONCURRENCY = knob('WORKER_CONCURRENCY', 32);
const BACKENDS = (process.env.BACKENDS ?? 'redis,postgres').split(',');
const POLL_MS = 25;
const TIMEOUT_MS = 10 * 60_000;
const RAW_WORKER = fileURLToPath(new URL('./load/raw-bullmq-worker.mjs', import.meta.url));

const round1 = (x) => Math.round(x * 10) / 10;
const results = [];
for (const kind of BACKENDS) {
  const app = await benchApp(`queue_${kind}`);
  try {
    const raw =
      kind === 'redis'
        ? { kind, redisUrl: REDIS_URL, prefix: `${app.prefix}-raw` }
        : { kind, databaseUrl: app.databaseUrl, schema: 'bullmq_raw' };
    const rawBefore = await plainBullmq(raw, 'raw-before');
    const contentOnly = await plainBullmq(raw, 'raw-content', 'content');
    const draftbench = await draftbenchPipeline(app, kind);
    const rawAfter = await plainBullmq(raw, 'raw-after');
    const baseline = (rawBefore.jobsPerSecond + rawAfter.jobsPerSecond) / 2;
    const ratio = draftbench.jobsPerSecond / baseline;
    results.push({
      backend: kind,
      draftbench,
      plainBullmq: { before: rawBefore, after: rawAfter, meanJobsPerSecond: round1(baseline) },
      ratio: Number(ratio.toFixed(3)),
      targetMet: ratio >= 0.5,
      plainBullmqWithContentWork: {
        ...contentOnly,
        ratio: Number((contentOnly.jobsPerSecond / baseline).toFixed(3)),
      },
    });
  } finally {
    await app.drop();
  }
}
console.log(
  JSON.stringify(
    {
      bench: `queue pipeline: ${JOBS} jobs, worker concurrency ${CONCURRENCY}, template provider without delay`,
      loadavgAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
      results,
    },
    null,
    2,
  ),
);
if (results.some((r) => !r.targetMet)) process.exitCode = 1;

/** Plain BullMQ: addBulk from here, a worker in a child process doing nothing or `work` (RAW_WORK). */
async function plainBullmq(target, queueName, work = 'none') {
  const worker = await spawnNode(
    RAW_WORKER,
    {
      RAW_TARGET: JSON.stringify(target),
      RAW_QUEUE: queueName,
      RAW_CONCURRENCY: String(CONCURRENCY),
      RAW_WORK: work,
    },
    /raw worker is running/,
  );
  const backend = await rawBackend(target);
  const queue = backend.queue(queueName);
  try {
    const cpuBefore = cpuSeconds(worker.pid);
    const started = performance.now();
    for (let start = 0; start < JOBS; start += 500) {
      const chunk = [];
      for (let i = start; i < Math.min(JOBS, start + 500); i++) {
        const jobId = `${queueName}-${i}`;
        chunk.push({ name: 'generate', data: { jobId, index: i }, opts: jobOptions(jobId) });
      }
      await queue.addBulk(chunk);
    }
    const enqueuedMs = performance.now() - started;
    await until(async () => (await unfinished(queue)) === 0);
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds: Number(seconds.toFixed(2)),
      enqueueMs: Math.round(enqueuedMs),
      jobsPerSecond: round1(JOBS / seconds),
      workerCpuMsPerJob: round1(((cpuSeconds(worker.pid) - cpuBefore) * 1000) / JOBS),
    };
  } finally {
    await queue.close();
    await worker.stop();
    await backend.close();
  }
}

/** Draftbench: one batch through the API process, drained by the worker process. */
async function draftbenchPipeline(app, kind) {
  const env = { ...app.env, TEMPLATE_CHUNK_DELAY_MS: '0' };
  // Without REDIS_URL the app runs everything on PostgreSQL: queue, event bus, rate limits.
  if (kind === 'postgres') delete env.REDIS_URL;
  const api = await spawnApp({ ...env, APP_ROLES: 'api', PORT: '0', SERVE_WEB: 'false' });
  const worker = await spawnApp({
    ...env,
    APP_ROLES: 'worker',
    WORKER_CONCURRENCY: String(CONCURRENCY),
  });
  const { call, close } = jsonClient(api.url, { connections: 4, timeoutMs: TIMEOUT_MS });
  try {
    const [key] = await adminApiKeys(call);
    const body = {
      targets: [{ provider: 'template' }],
      variants: 1,
      briefs: Array.from({ length: JOBS }, (_, i) => benchBrief(i)),
    };
    const cpuBefore = { api: cpuSeconds(api.pid), worker: cpuSeconds(worker.pid) };
    const started = performance.now();
    const { json: batch } = await call('POST', '/v1/batches', {
      headers: { authorization: `Bearer ${key}` },
      expect: 201,
      body,
    });
    const acceptedMs = performance.now() - started;
    if (batch.acceptedRows !== JOBS) throw new Error(`batch accepted ${batch.acceptedRows} of ${JOBS}`);
    // One connection for the polling, so that the clock does not include connecting.
    await app.inDatabase((c) =>
      until(async () => {
        const { rows } = await c.query(
          `SELECT count(*) FILTER (WHERE state = 'succeeded')::int AS succeeded,
                  count(*) FILTER (WHERE state NOT IN ('queued', 'running', 'succeeded'))::int AS other
             FROM generation_jobs WHERE batch_id = $1`,
          [batch.id],
        );
        if (rows[0].other > 0)
          throw new Error(`${rows[0].other} jobs of the batch ended other than succeeded`);
        return rows[0].succeeded === JOBS;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = {
      api: cpuSeconds(api.pid) - cpuBefore.api,
      worker: cpuSeconds(worker.pid) - cpuBefore.worker,
    };
    const drafts = await app.inDatabase(async (c) => {
      const { rows } = await c.query(
        'SELECT count(*)::int AS n FROM drafts d JOIN generation_jobs j ON j.id = d.job_id WHERE j.batch_id = $1',
        [batch.id],
      );
      return rows[0].n;
    });
    if (drafts !== JOBS) throw new Error(`${drafts} drafts stored for ${JOBS} jobs`);
    return {
      seconds: Number(seconds.toFixed(2)),
      batchAcceptedMs: Math.round(acceptedMs),
      jobsPerSecond: round1(JOBS / seconds),
      draftsStored: drafts,
      cpuMsPerJob: { api: round1((cpu.api * 1000) / JOBS), worker: round1((cpu.worker * 1000) / JOBS) },
    };
  } finally {
    await close();
    await worker.stop();
    await api.stop();
  }
}

async function until(done) {
  const deadline = performance.now() + TIMEOUT_MS;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error(`not done after ${TIMEOUT_MS} ms`);
    await sleep(POLL_MS);
  }
}
