// What one request costs the API process: CPU milliseconds (and, with ALLOCATIONS=1, bytes allocated) per
// `GET /healthz` (the floor every route pays: Fastify, Nest, the hooks), `POST /v1/jobs` and
// `GET /v1/jobs/:id`, each sent open-loop at RATE/s for MEASURE_SECONDS after WARM_SECONDS at the same rate. No
// target: it says where a route's time goes, and is how the API latency bench's findings were measured.
//
// The built API process alone (APP_ROLES=api), as in bench/api-latency.bench.mjs: a fresh database, the
// Redis queue backend, an admin-issued API key, 20 briefs; creations carry their own Idempotency-Key.
// CPU is user + system time of the process over the measured phase (/proc); allocations come from V8's
// sampling heap profiler (bench/load/allocation-sampler.mjs, started and stopped around the phase; it
// slows the process a little, so CPU is best read from a run without it). With GC=1, what V8's garbage
// collector did in the phase (bench/load/gc-stats.mjs): the share of young allocations that survived a
// scavenge, KiB promoted to the old generation per request, and the pauses.
//
// Run: pnpm build && node bench/request-cost.bench.mjs. Knobs: RATE=300 MEASURE_SECONDS=15 WARM_SECONDS=5
// ROUTES=health,create,get ALLOCATIONS=0 GC=0.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { adminApiKeys, benchApp, createBenchBriefs, jsonClient, knob, sleep } from './load/bench-app.mjs';
import { openLoop } from './load/open-loop.mjs';
import { gcStats } from './load/gc-stats.mjs';
import { cpuSeconds, spawnApp } from './load/processes.mjs';
import { percentiles } from './load/stats.mjs';

const RATE = knob('RATE', 300);
const MEASURE_SECONDS = knob('MEASURE_SECONDS', 15);
const WARM_SECONDS = knob('WARM_SECONDS', 5);
const ROUTES = (process.env.ROUTES ?? 'health,create,get').split(',');
const ALLOCATIONS = process.env.ALLOCATIONS === '1';
const GC = process.env.GC === '1';
const preloads = [
  ALLOCATIONS && fileURLToPath(new URL('./load/allocation-sampler.mjs', import.meta.url)),
  GC && fileURLToPath(new URL('./load/gc-trace.mjs', import.meta.url)),
].filter(Boolean);
const BRIEFS = 20;

const app = await benchApp('request_cost');
const api = await spawnApp({
  ...app.env,
  APP_ROLES: 'api',
  PORT: '0',
  SERVE_WEB: 'false',
  ...(preloads.length > 0 ? { NODE_OPTIONS: preloads.map((p) => `--import ${p}`).join(' ') } : {}),
});
try {
  const { call, close } = jsonClient(api.url);
  const [key] = await adminApiKeys(call, 1);
  const auth = { authorization: `Bearer ${key}` };
  const briefIds = await createBenchBriefs(call, key, BRIEFS);
  let created = 0;
  let read = 0;
  let jobIds = [];
  const sends = {
    health: (signal) => call('GET', '/healthz', { signal }),
    create: (signal) =>
      call('POST', '/v1/jobs', {
        signal,
        headers: { ...auth, 'idempotency-key': randomUUID() },
        expect: 202,
        body: { briefId: briefIds[created++ % BRIEFS], provider: 'template', variants: 1 },
      }),
    get: (signal) => call('GET', `/v1/jobs/${jobIds[read++ % jobIds.length]}`, { signal, headers: auth }),
  };

  const report = { bench: `request cost: ${RATE} requests/s for ${MEASURE_SECONDS} s per route`, routes: {} };
  for (const route of ROUTES) {
    if (route === 'get') {
      if (created === 0) await atRate(sends.create, RATE, 2); // jobs to read
      const { rows } = await app.inDatabase((c) =>
        c.query('SELECT id FROM generation_jobs ORDER BY random() LIMIT 1000'),
      );
      jobIds = rows.map((r) => r.id);
    }
    const send = sends[route];
    if (!send) throw new Error(`Unknown route "${route}": use health, create or get.`);
    await atRate(send, RATE, WARM_SECONDS);
    if (ALLOCATIONS) process.kill(api.pid, 'SIGWINCH');
    const cpuBefore = cpuSeconds(api.pid);
    const outputBefore = api.output().length;
    const measured = await atRate(send, RATE, MEASURE_SECONDS);
    const cpu = cpuSeconds(api.pid) - cpuBefore;
    const gc = GC ? gcStats(api.output().slice(outputBefore), measured.requests) : undefined;
    const allocated = ALLOCATIONS ? await allocatedBytes(api) : undefined;
    report.routes[route] = {
      ...measured,
      cpuMsPerRequest: Number(((cpu * 1000) / measured.requests).toFixed(2)),
      ...(allocated ? { allocatedKiBPerRequest: Math.round(allocated / 1024 / measured.requests) } : {}),
      ...(gc ? { gc } : {}),
    };
  }
  await close();
  console.log(JSON.stringify(report, null, 2));
} finally {
  await api.stop();
  await app.drop();
}

async function atRate(send, rate, seconds) {
  const loop = openLoop(rate, send);
  await sleep(seconds * 1000);
  const { sent } = await loop.stop();
  if (loop.errors.length > 0) throw new Error(`${loop.errors.length} requests failed: ${loop.errors[0]}`);
  return { requests: sent, latency: percentiles(loop.latencies) };
}

/** Stops the sampler in the API process and reads the total it prints. */
async function allocatedBytes(proc) {
  const printed = proc.nextOutput(/allocation-sampler: (.+)\n/);
  process.kill(proc.pid, 'SIGWINCH');
  const [, said] = await printed;
  const bytes = /^(\d+) bytes allocated$/.exec(said);
  if (!bytes) throw new Error(`The allocation sampler failed: ${said}`);
  return Number(bytes[1]);
}
