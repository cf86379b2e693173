// `pnpm bench`: every benchmark of issues [3 of 7] and [7 of 7], one after the other, each in a process of its
// own. A bench exits 1 when it misses its target; the run goes on to the next, prints which met and which missed,
// and exits 1 if any missed. The load bench of issue [6 of 7] (`pnpm bench:load`) stays apart: it needs more
// cores than a test machine has to say anything.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = [
  { name: 'analytics: Bradley–Terry + bootstrap', file: 'analytics-bootstrap.bench.mjs' },
  { name: 'leaderboard endpoint, 1,000,000 votes', file: 'leaderboard-endpoint.bench.mjs' },
  { name: 'web: initial JavaScript', file: 'web-bundle.bench.mjs' },
  { name: 'web: next pair on the rate page', file: 'rate-next-pair.bench.mjs' },
  { name: 'queue pipeline', file: 'queue-pipeline.bench.mjs' },
  { name: 'API latency', file: 'api-latency.bench.mjs' },
  // A 15 s rolling window with the same counts: every ratio as at full scale, in a quarter of the time.
  { name: 'provider saturation (SPEEDUP=4)', file: 'provider-saturation.bench.mjs', env: { SPEEDUP: '4' } },
  { name: 'streaming overhead', file: 'streaming-overhead.bench.mjs' },
];

const only = process.env.BENCH_ONLY?.split(',');
const results = [];
for (const bench of BENCHES.filter((b) => !only || only.some((o) => b.file.startsWith(o)))) {
  const started = Date.now();
  console.error(`\n▶ ${bench.name} (${bench.file})`);
  const { status, signal } = spawnSync(process.execPath, [bench.file], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    env: { ...bench.env, ...process.env },
    stdio: 'inherit',
  });
  results.push({ ...bench, status: status ?? signal, seconds: Math.round((Date.now() - started) / 1000) });
}

console.error('\nTarget   Time    Benchmark');
for (const r of results)
  console.error(`${(r.status === 0 ? 'met' : `missed`).padEnd(8)} ${`${r.seconds} s`.padEnd(7)} ${r.name}`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
