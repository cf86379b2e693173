// Overload: `POST /v1/jobs` offered faster than one API process can serve, once without load shedding and
// once with it (LOAD_SHED_*, observability/load-shedding.ts), each on a fresh API process in the same run.
// No target: it shows what shedding buys past capacity — how many creations are answered 202, and how fast,
// when the rest are turned away with a 503 instead of waiting in line — and is how the limits in
// docker/compose.yml were chosen.
//
// As in bench/api-latency.bench.mjs: the built API process alone (APP_ROLES=api) on a fresh database and
// the Redis queue backend, an admin-issued API key, 20 briefs, an Idempotency-Key per creation; the rate is
// a constant arrival rate (bench/load/open-loop.mjs sends each request within 2 ms of its due time; latency
// counts from the send), and an answer later than TIMEOUT_MS after the due time counts as lost (a client
// would have given up).
//
// Run: pnpm build && node bench/overload.bench.mjs. Knobs: RATE=600 OVERLOAD_SECONDS=15 WARM_SECONDS=5
// TIMEOUT_MS=2000 LOAD_SHED_EVENT_LOOP_UTILIZATION=0.95 LOAD_SHED_EVENT_LOOP_DELAY_MS=0 LOAD_SHED_SAMPLE_MS=250.
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { adminApiKeys, benchApp, createBenchBriefs, jsonClient, knob, sleep } from './load/bench-app.mjs';
import { openLoop } from './load/open-loop.mjs';
import { spawnApp } from './load/processes.mjs';
import { percentiles } from './load/stats.mjs';

const RATE = knob('RATE', 600);
const OVERLOAD_SECONDS = knob('OVERLOAD_SECONDS', 15);
const WARM_SECONDS = knob('WARM_SECONDS', 5);
const TIMEOUT_MS = knob('TIMEOUT_MS', 2000);
const SHEDDING = {
  LOAD_SHED_EVENT_LOOP_UTILIZATION: process.env.LOAD_SHED_EVENT_LOOP_UTILIZATION ?? '0.95',
  LOAD_SHED_EVENT_LOOP_DELAY_MS: process.env.LOAD_SHED_EVENT_LOOP_DELAY_MS ?? '0',
  LOAD_SHED_SAMPLE_MS: process.env.LOAD_SHED_SAMPLE_MS ?? '250',
};
const BRIEFS = 20;

const report = {
  bench: `overload: POST /v1/jobs at ${RATE}/s for ${OVERLOAD_SECONDS} s, answers later than ${TIMEOUT_MS} ms lost`,
  shedding: SHEDDING,
  runs: {},
};
for (const [name, limits] of [
  ['without shedding', {}],
  ['with shedding', SHEDDING],
]) {
  report.runs[name] = await overload(limits);
}
console.log(JSON.stringify(report, null, 2));

/** One API process with `limits`, warmed at a third of RATE, then RATE for OVERLOAD_SECONDS. */
async function overload(limits) {
  const app = await benchApp('overload');
  const api = await spawnApp({ ...app.env, ...limits, APP_ROLES: 'api', PORT: '0', SERVE_WEB: 'false' });
  try {
    const { call, close } = jsonClient(api.url);
    const [key] = await adminApiKeys(call, 1);
    const briefIds = await createBenchBriefs(call, key, BRIEFS);
    await close();
    await atRate(api.url, key, briefIds, Math.round(RATE / 3), WARM_SECONDS);
    return await atRate(api.url, key, briefIds, RATE, OVERLOAD_SECONDS);
  } finally {
    await api.stop();
    await app.drop();
  }
}

/** Creations at `rate` for `seconds`: how many were accepted (and how fast), turned away, or lost. */
async function atRate(url, key, briefIds, rate, seconds) {
  const http = new Pool(url, { connections: 512 });
  const accepted = [];
  const statuses = {};
  let n = 0;
  const loop = openLoop(
    rate,
    async (signal) => {
      const sentAt = performance.now();
      const res = await http.request({
        method: 'POST',
        path: '/v1/jobs',
        signal,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ briefId: briefIds[n++ % BRIEFS], provider: 'template', variants: 1 }),
      });
      await res.body.dump();
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      if (res.statusCode === 202) accepted.push(performance.now() - sentAt);
    },
    { timeoutMs: TIMEOUT_MS },
  );
  await sleep(seconds * 1000);
  const { sent } = await loop.stop();
  await http.close();
  return {
    offered: sent,
    acceptedPerSecond: Math.round(accepted.length / seconds),
    answers: statuses,
    lost: loop.errors.length,
    acceptedLatency: percentiles(accepted),
  };
}
