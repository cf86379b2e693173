// Provider saturation (issue [7 of 7], benchmark 3): a 1,000-job batch (POST /v1/batches, provider
// `openai`) against a simulated OpenAI-compatible provider that allows 600 requests and 150,000 tokens in
// any 60 s (rolling window) and answers 429 with Retry-After beyond that, with realistic latency (time to
// first token 250–450 ms, then one token every 15 ms). The built app runs as production does: an API process
// and a worker process, on a fresh PostgreSQL database and the Redis queue backend.
//
// Target: the batch finishes within 105% of the time the limits allow, no job fails, < 1% of calls get 429.
// "The time the limits allow" (the baseline, from this run's own calls):
//   allowed = 60 s × max(N / RPM, K / TPM) / SPEEDUP + d
// N = calls the provider served, K = the tokens they used (prompt + completion, as reported in usage),
// d = the mean duration of one served call (the last call still has to run once the limits let it start).
// It is the time at the stated rates kept up; a rolling window also lets an idle client spend one window at
// once, so a run can finish sooner than this.
//
// Run: pnpm build && node bench/provider-saturation.bench.mjs. Knobs (env): JOBS=1000, SPEEDUP=1 (the
// provider's window is 60/SPEEDUP s with the same counts, and Draftbench's per-minute budgets are
// multiplied by SPEEDUP), BUDGET_WINDOW_SECONDS=60 (Draftbench's, divided by SPEEDUP), OPENAI_MAX_CONCURRENCY=64,
// WORKER_CONCURRENCY=128, PROVIDER_RPM=600, PROVIDER_TPM=150000, TARGET_LENGTH=60 (words per brief),
// BACKEND=redis|postgres (the queue and the budget's store).
// Prints one JSON document; exits 1 if a target is missed.
import { loadavg } from 'node:os';
import { estimateRequestTokens } from '@draftbench/llm';
import { adminApiKeys, benchApp, jsonClient, knob, sleep } from './load/bench-app.mjs';
import { spawnApp } from './load/processes.mjs';
import { rollingWindowLimiter, startRateLimitedProvider } from './load/rate-limited-provider.mjs';

const JOBS = knob('JOBS', 1000);
const SPEEDUP = knob('SPEEDUP', 1);
const RPM = knob('PROVIDER_RPM', 600);
const TPM = knob('PROVIDER_TPM', 150_000);
const TARGET_LENGTH = knob('TARGET_LENGTH', 60);
const TIMEOUT_SECONDS = knob('TIMEOUT_SECONDS', 900);
const BACKEND = process.env.BACKEND ?? 'redis';

const provider = await startRateLimitedProvider({
  limiter: rollingWindowLimiter({ requests: RPM, tokens: TPM, windowSeconds: 60 / SPEEDUP }),
  // About the brief's target length (60 words ≈ 78 tokens), ± 20%.
  completionTokens: [Math.round(TARGET_LENGTH * 1.3 * 0.8), Math.round(TARGET_LENGTH * 1.3 * 1.2)],
  // What Draftbench's budget charged for the call before making it.
  appEstimate: (body) => {
    const content = (role) => body.messages.find((m) => m.role === role)?.content ?? '';
    const prompt = { system: content('system'), user: content('user') };
    return estimateRequestTokens(prompt, { targetLength: TARGET_LENGTH, language: 'en' });
  },
});
const app = await benchApp('psat');
const processes = [];
try {
  const common = {
    ...app.env,
    // BACKEND=postgres: no Redis at all, so the queue and the budget's call log are in PostgreSQL.
    ...(BACKEND === 'postgres' ? { REDIS_URL: '' } : {}),
    OPENAI_BASE_URL: provider.baseURL,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_REQUESTS_PER_MINUTE: String(RPM * SPEEDUP),
    OPENAI_TOKENS_PER_MINUTE: String(TPM * SPEEDUP),
    OPENAI_MAX_CONCURRENCY: String(knob('OPENAI_MAX_CONCURRENCY', 64)),
    WORKER_CONCURRENCY: String(knob('WORKER_CONCURRENCY', 128)),
    // Scaled like the provider's window (Draftbench's default window is 60 s).
    BUDGET_WINDOW_SECONDS: String(Math.max(1, Math.round(knob('BUDGET_WINDOW_SECONDS', 60) / SPEEDUP))),
  };
  const api = await spawnApp({ ...common, APP_ROLES: 'api', PORT: '0', SERVE_WEB: 'false' });
  processes.push(api);
  processes.push(await spawnApp({ ...common, APP_ROLES: 'worker' }));

  const { call } = jsonClient(api.url, { timeoutMs: 120_000 });
  const [key] = await adminApiKeys(call);
  const bearer = { authorization: `Bearer ${key}` };
  const briefs = Array.from({ length: JOBS }, (_, i) => ({
    contentType: 'marketing_copy',
    language: 'en',
    title: `Saturation brief ${i}`,
    targetLength: TARGET_LENGTH,
    fields: {
      productName: `Kettle ${i}`,
      category: 'kitchen appliances',
      sellingPoints: ['boils a litre in three minutes', 'keeps water warm for an hour'],
      framework: 'AIDA',
    },
  }));

  const loadavgAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const startedAt = Date.now();
  const { json: batch } = await call('POST', '/v1/batches', {
    headers: bearer,
    expect: 201,
    body: { briefs, targets: [{ provider: 'openai' }], variants: 1 },
  });
  if (batch.acceptedRows !== JOBS) throw new Error(`batch accepted ${batch.acceptedRows} of ${JOBS} rows`);
  const batchCreatedMs = Date.now() - startedAt;
  let done = false;
  while (!done && Date.now() - startedAt < TIMEOUT_SECONDS * 1000) {
    await sleep(250);
    done = (await call('GET', `/v1/batches/${batch.id}`, { headers: bearer })).json.done;
  }
  const { rows } = await app.inDatabase((c) =>
    c.query(`SELECT state, count(*)::int AS n, max(finished_at) AS last FROM generation_jobs GROUP BY state`),
  );
  const states = Object.fromEntries(rows.map((r) => [r.state, r.n]));
  const lastFinished = Math.max(...rows.map((r) => r.last?.getTime() ?? 0));
  const { rows: usage } = await app.inDatabase((c) =>
    c.query(
      `SELECT count(*)::int AS drafts, coalesce(sum((usage->>'totalTokens')::int), 0)::int AS tokens FROM drafts`,
    ),
  );

  const { stats } = provider;
  const elapsedSeconds = (lastFinished - startedAt) / 1000;
  const meanCallSeconds = stats.ok ? stats.streamMs / stats.ok / 1000 : 0;
  const allowedSeconds = (60 * Math.max(stats.ok / RPM, stats.tokens / TPM)) / SPEEDUP + meanCallSeconds;
  const ratio = elapsedSeconds / allowedSeconds;
  const refusedShare = stats.calls ? stats.refused / stats.calls : 0;
  const met = {
    time: ratio <= 1.05,
    noFailedJob: (states.failed ?? 0) === 0 && states.succeeded === JOBS,
    refusedUnder1Percent: refusedShare < 0.01,
  };
  console.log(
    JSON.stringify(
      {
        bench: `${JOBS}-job batch against a provider allowing ${RPM} requests and ${TPM} tokens per ${60 / SPEEDUP} s (rolling)`,
        config: {
          jobs: JOBS,
          backend: BACKEND,
          speedup: SPEEDUP,
          budgetWindowSeconds: Number(common.BUDGET_WINDOW_SECONDS),
          openaiMaxConcurrency: Number(common.OPENAI_MAX_CONCURRENCY),
          workerConcurrency: Number(common.WORKER_CONCURRENCY),
          targetLength: TARGET_LENGTH,
          loadavgAtStart,
        },
        jobStates: states,
        provider: {
          calls: stats.calls,
          served: stats.ok,
          refused429: stats.refused,
          refusedShare: Number(refusedShare.toFixed(4)),
          tokensUsed: stats.tokens,
          promptTokens: stats.promptTokens,
          tokensInDrafts: usage[0].tokens,
          // Draftbench's up-front estimate of the served calls ÷ the tokens they used.
          estimateToUsed: Number((stats.appEstimated / stats.tokens).toFixed(3)),
          meanCallSeconds: Number(meanCallSeconds.toFixed(2)),
        },
        seconds: {
          batchCreated: Number((batchCreatedMs / 1000).toFixed(2)),
          elapsed: Number(elapsedSeconds.toFixed(1)),
          allowed: Number(allowedSeconds.toFixed(1)),
          byRequests: Number(((60 * stats.ok) / RPM / SPEEDUP).toFixed(1)),
          byTokens: Number(((60 * stats.tokens) / TPM / SPEEDUP).toFixed(1)),
        },
        ratioToAllowed: Number(ratio.toFixed(3)),
        met,
      },
      null,
      2,
    ),
  );
  if (!Object.values(met).every(Boolean)) process.exitCode = 1;
} finally {
  for (const p of processes.reverse()) await p.stop();
  await provider.close();
  await app.drop();
}
