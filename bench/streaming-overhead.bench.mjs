// Streaming overhead (issue [7 of 7], benchmark 4): the time from the provider writing a job's first token
// to the SSE client of GET /v1/jobs/:id/events receiving it as a `delta` event — through the worker
// (OpenAI SDK stream → generation processor → JobEventBus) and the API (bus → SSE stream). Target: median
// ≤ 10 ms, p99 ≤ 50 ms. The provider is the simulated OpenAI-compatible server in this process, which stamps
// `performance.now()` right after writing each delta; the SSE client is in this process too (same clock).
// Same-run baseline: the same first token read by a client streaming straight from the provider (one
// direct call before each job, so both see the same machine); "overhead" is Draftbench minus baseline.
// Jobs run one at a time, so this is the path's own latency, not queueing under load.
// Runs once with the event bus on Redis (REDIS_URL set: Redis queue and bus) and once on PostgreSQL (no
// REDIS_URL: BullMQ's PostgreSQL backend and LISTEN/NOTIFY), each with its own API and worker processes.
// Run: pnpm build && node bench/streaming-overhead.bench.mjs. Knobs (env): JOBS=200 per bus,
// BUSES=redis,postgres. Prints one JSON document; exits 1 if a target is missed or a first token is lost.
import { loadavg } from 'node:os';
import { createParser } from 'eventsource-parser';
import { request } from 'undici';
import { adminApiKeys, benchApp, jsonClient } from './load/bench-app.mjs';
import { spawnApp } from './load/processes.mjs';
import { startRateLimitedProvider } from './load/rate-limited-provider.mjs';
import { percentiles } from './load/stats.mjs';

const JOBS = Number(process.env.JOBS ?? 200);
const BUSES = (process.env.BUSES ?? 'redis,postgres').split(',');
const TARGET = { p50Ms: 10, p99Ms: 50 };

// The provider's first token, stamped when written: one call at a time, so the latest is the one awaited.
let firstWritten;
const provider = await startRateLimitedProvider({
  completionTokens: [5, 5],
  ttftMs: [100, 100],
  perTokenMs: 10,
  onFirstDelta: (_rec, at) => firstWritten?.(at),
});
const nextFirstToken = () => new Promise((resolve) => (firstWritten = resolve));

/** Reads an SSE body, calling `onEvent({ event, data }, receivedAt)` per event; resolves at its end. */
async function readEvents(body, onEvent) {
  let receivedAt = 0;
  const parser = createParser({ onEvent: (e) => onEvent(e, receivedAt) });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    receivedAt = performance.now();
    parser.feed(decoder.decode(chunk, { stream: true }));
  }
}

/** Baseline: one streamed chat call straight to the provider; ms from its first token's write to receipt. */
async function directFirstToken() {
  const written = nextFirstToken();
  const { statusCode, body } = await request(`${provider.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body: JSON.stringify({
      model: 'gpt-4o-mini',
      stream: true,
      messages: [{ role: 'user', content: 'Write the kettle copy.' }],
    }),
  });
  if (statusCode !== 200) throw new Error(`provider answered ${statusCode}`);
  let received;
  await readEvents(body, ({ data }, at) => {
    if (received === undefined && data !== '[DONE]' && JSON.parse(data).choices[0]?.delta?.content)
      received = at;
  });
  return received - (await written);
}

async function measureBus(bus) {
  const app = await benchApp('stream');
  const processes = [];
  try {
    // Without REDIS_URL the queue and the event bus run on PostgreSQL.
    const { REDIS_URL, ...withoutRedis } = app.env;
    const common = {
      ...(bus === 'redis' ? { ...withoutRedis, REDIS_URL } : withoutRedis),
      OPENAI_BASE_URL: provider.baseURL,
      OPENAI_API_KEY: 'sk-bench',
    };
    const api = await spawnApp({ ...common, APP_ROLES: 'api', PORT: '0', SERVE_WEB: 'false' });
    processes.push(api);
    processes.push(await spawnApp({ ...common, APP_ROLES: 'worker' }));
    const { call } = jsonClient(api.url);
    const [key] = await adminApiKeys(call);
    const auth = { authorization: `Bearer ${key}` };
    const { json: brief } = await call('POST', '/v1/briefs', {
      headers: auth,
      expect: 201,
      body: {
        contentType: 'marketing_copy',
        language: 'en',
        title: 'Streaming brief',
        targetLength: 60,
        fields: {
          productName: 'Kettle',
          category: 'kitchen appliances',
          sellingPoints: ['boils a litre in three minutes'],
          framework: 'AIDA',
        },
      },
    });

    const draftbenchMs = [];
    const directMs = [];
    const overheadMs = [];
    let lost = 0;
    for (let i = 0; i < JOBS; i++) {
      const direct = await directFirstToken();
      directMs.push(direct);
      const written = nextFirstToken();
      const { json: job } = await call('POST', '/v1/jobs', {
        headers: auth,
        expect: 202,
        body: { briefId: brief.id, provider: 'openai', variants: 1 },
      });
      const { statusCode, body } = await request(`${api.url}/v1/jobs/${job.id}/events`, {
        headers: { ...auth, accept: 'text/event-stream' },
      });
      if (statusCode !== 200) throw new Error(`events answered ${statusCode}`);
      let received;
      await readEvents(body, ({ event }, at) => {
        if (event === 'delta') received ??= at;
      });
      if (received === undefined) {
        lost++;
        continue;
      }
      const ms = received - (await written);
      draftbenchMs.push(ms);
      overheadMs.push(ms - direct);
    }
    const draftbench = percentiles(draftbenchMs);
    return {
      jobs: JOBS,
      lostFirstTokens: lost,
      draftbench,
      direct: percentiles(directMs),
      // Per job: Draftbench minus the direct call made just before it.
      overhead: percentiles(overheadMs),
      met: lost === 0 && draftbench.p50Ms <= TARGET.p50Ms && draftbench.p99Ms <= TARGET.p99Ms,
    };
  } finally {
    for (const p of processes.reverse()) await p.stop();
    await app.drop();
  }
}

try {
  const loadavgAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const results = {};
  for (const bus of BUSES) results[bus] = await measureBus(bus);
  console.log(
    JSON.stringify(
      { bench: 'provider first token → SSE delta event', target: TARGET, loadavgAtStart, ...results },
      null,
      2,
    ),
  );
  if (!Object.values(results).every((r) => r.met)) process.exitCode = 1;
} finally {
  await provider.close();
}
