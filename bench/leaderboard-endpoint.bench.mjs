// GET /v1/leaderboard with 1,000,000 stored blind votes (issue [3 of 7]: p95 under 300 ms).
// Needs a PostgreSQL server (BENCH_DATABASE_URL, default the local one); creates and drops its own database.
// Run: pnpm bench (builds first), or node bench/leaderboard-endpoint.bench.mjs after pnpm build.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startApp } from '../apps/api/dist/bootstrap.js';
import { loadEnv } from '../apps/api/dist/config/env.schema.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const VOTES = Number(process.env.VOTES ?? 1_000_000);
const REQUESTS = Number(process.env.REQUESTS ?? 30);
const PAIRS = 7_800;
const RATERS = Math.ceil(VOTES / PAIRS) + 1;
const ADMIN = { email: 'bench@draftbench.local', password: 'bench-password-123' };

const name = `draftbench_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(SERVER);
url.pathname = `/${name}`;

const app = await startApp(
  loadEnv({
    PORT: '0',
    DATABASE_URL: url.toString(),
    SERVE_WEB: 'false',
    LOG_LEVEL: 'error',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  }),
);
try {
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  // 4 origins (AIGC split into 10 models) over 100 briefs: 13 drafts and 78 pairs a brief, 7,800 pairs.
  const seedStarted = performance.now();
  await db.query(`
    INSERT INTO users (id, email, display_name, password_hash, roles)
    SELECT gen_random_uuid(), 'rater' || i || '@bench', 'Rater ' || i, 'x', '["rater"]'::jsonb FROM generate_series(1, ${RATERS}) i;
    INSERT INTO briefs (id, content_type, language, title, target_length, fields)
    SELECT gen_random_uuid(), 'marketing_copy', 'en', 'Brief ' || i, 50, '{}'::jsonb FROM generate_series(1, 100) i;
    INSERT INTO drafts (id, brief_id, origin, body, author_kind, provider, model)
    SELECT gen_random_uuid(), b.id, o.origin, repeat('word ', 40 + (random() * 40)::int), 'model',
           CASE WHEN o.origin = 'aigc' THEN 'openai' END, CASE WHEN o.origin = 'aigc' THEN 'model-' || m END
    FROM briefs b
    CROSS JOIN (VALUES ('pgc'), ('ugc'), ('aigc'), ('ai_assisted')) o(origin)
    CROSS JOIN generate_series(1, 10) m
    WHERE o.origin = 'aigc' OR m = 1;
    CREATE TEMP TABLE pairs AS
      SELECT row_number() OVER () AS n, a.id AS a, b.id AS b, a.brief_id
      FROM drafts a JOIN drafts b ON a.brief_id = b.brief_id AND a.id < b.id;
    INSERT INTO rating_tasks (id, brief_id, draft_a_id, draft_b_id, rater_target)
      SELECT gen_random_uuid(), brief_id, a, b, 3 FROM pairs;
  `);
  // Vote i goes to pair i mod k by rater i div k: every (pair, rater) at most once, as the schema requires.
  await db.query(
    `WITH r AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE '%@bench'),
          t AS (SELECT array_agg(id) AS ids, array_agg(draft_a_id) AS a, array_agg(draft_b_id) AS b, count(*)::int AS k FROM rating_tasks),
          g AS (SELECT 1 + (i % (SELECT k FROM t)) AS ti, 1 + (i / (SELECT k FROM t)) AS ri FROM generate_series(0, $1 - 1) i)
     INSERT INTO rating_assignments (id, task_id, rater_id, left_draft_id, right_draft_id, status)
     SELECT gen_random_uuid(), t.ids[g.ti], r.ids[g.ri], t.a[g.ti], t.b[g.ti], 'voted' FROM g, t, r`,
    [VOTES],
  );
  await db.query(`
    INSERT INTO votes (assignment_id, task_id, rater_id, left_draft_id, right_draft_id, outcome, rubric, time_taken_ms, blind)
    SELECT id, task_id, rater_id, left_draft_id, right_draft_id,
           (ARRAY['a','b','tie','both_bad'])[1 + (random() * 3.2)::int], '{}'::jsonb, 10000, true
    FROM rating_assignments;
    ANALYZE;
  `);
  const { rows } = await db.query('SELECT count(*)::int AS n FROM votes');
  const seedMs = performance.now() - seedStarted;
  await db.end();

  const login = await fetch(`${app.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('draftbench_session='))
    .split(';')[0];
  const percentiles = (times) => {
    times.sort((x, y) => x - y);
    const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
    return { p50Ms: at(0.5), p95Ms: at(0.95) };
  };
  // Runs fn 3 times to warm up the JIT and PostgreSQL's caches, then REQUESTS times measured.
  const measure = async (fn) => {
    const times = [];
    for (let i = 0; i < REQUESTS + 3; i++) {
      const started = performance.now();
      await fn();
      if (i >= 3) times.push(performance.now() - started);
    }
    return percentiles(times);
  };
  const endpoint = await measure(async () => {
    const response = await fetch(`${app.url}/v1/leaderboard?competitor=model`, { headers: { cookie } });
    const body = await response.json();
    if (response.status !== 200 || body.votes !== rows[0].n)
      throw new Error(`unexpected answer ${response.status}`);
  });
  // Baseline in the same run: only the aggregation the endpoint did before vote_tallies — every blind vote
  // joined to its drafts and grouped by competitor pair and outcome — with no fit and no HTTP.
  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  const baseline = await measure(() =>
    raw.query(`
      SELECT v.outcome, ld.origin, ld.provider, ld.model, lj.prompt_template,
             rd.origin, rd.provider, rd.model, rj.prompt_template, count(*)
      FROM votes v
      JOIN drafts ld ON ld.id = v.left_draft_id JOIN drafts rd ON rd.id = v.right_draft_id
      JOIN briefs b ON b.id = ld.brief_id
      LEFT JOIN generation_jobs lj ON lj.id = ld.job_id LEFT JOIN generation_jobs rj ON rj.id = rd.job_id
      WHERE v.blind GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`),
  );
  await raw.end();
  console.log(
    JSON.stringify({
      bench: 'GET /v1/leaderboard',
      votes: rows[0].n,
      requests: REQUESTS,
      seedSeconds: Math.round(seedMs / 1000),
      ...endpoint,
      baselineAggregateFromVotes: baseline,
      p95RatioToBaseline: Number((endpoint.p95Ms / baseline.p95Ms).toFixed(2)),
      targetP95Ms: 300,
      withinTarget: endpoint.p95Ms < 300,
    }),
  );
  if (!(endpoint.p95Ms < 300)) process.exitCode = 1;
} finally {
  await app.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
