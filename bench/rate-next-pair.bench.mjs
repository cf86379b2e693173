// Rate page: time from "Next pair" to the next pair on screen (issue [7 of 7], Web: ≤ 100 ms, preloaded).
// Needs the built API and web app (`pnpm build`), PostgreSQL (BENCH_DATABASE_URL, default the local one)
// and Chromium (CHROMIUM_PATH, default Debian's /usr/bin/chromium). Creates and drops its own database.
// WEB_DIST_DIR serves another build of the web app (to compare versions).
//
// A rater votes VOTES times in each of two modes, in one run of one browser against one API:
// - preloaded: as the app works — the next pair is fetched when the vote is saved, and the rater reads
//   the reveal (the bench waits for that fetch to answer) before pressing "Next pair";
// - baseline: the same clicks, but the bench holds the app's request for the next pair until "Next pair"
//   is pressed, so it is fetched on demand, as without preloading.
// Measured in the page: from the click to the frame after the new pair's DOM is in (rAF, then a task).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createDraftbenchClient } from '@draftbench/client';
import pg from 'pg';
import { chromium } from 'playwright-core';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const VOTES = Number(process.env.VOTES ?? 20);
const WARMUP = 2;
const TARGET_MS = 100;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ADMIN = { email: 'bench-admin@draftbench.test', password: 'bench-admin-password' };
const RATER = { email: 'bench-rater@draftbench.test', password: 'bench-rater-password' };
const FIELDS = { productName: 'Trail Flask', category: 'Outdoor gear', sellingPoints: ['Hot for 12 hours'] };

const name = `draftbench_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(SERVER), { pathname: `/${name}` }).toString();
const adminSql = async (sql) => {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};

/** The built entrypoint as `pnpm start` runs it, on a free port; resolves with its URL once ready. */
async function startApi() {
  const child = spawn(process.execPath, [`${ROOT}apps/api/dist/main.js`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      APP_ROLES: 'api',
      DATABASE_URL: databaseUrl,
      WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? `${ROOT}apps/web/dist`,
      LOG_LEVEL: 'error',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATING_DAILY_CAP: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /Draftbench is ready at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`API exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** 3 drafts (PGC, UGC, AIGC) on each brief: 3 pairs a brief, enough for both modes and the warm-ups. */
async function seed(apiUrl) {
  const admin = createDraftbenchClient({ baseUrl: apiUrl });
  await admin.auth.login(ADMIN);
  await admin.users.create({ ...RATER, displayName: 'Bench Rater', roles: ['rater'] });
  const briefs = Math.ceil((2 * (VOTES + WARMUP) + 1) / 3);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO briefs (id, content_type, language, title, target_length, fields)
       SELECT gen_random_uuid(), 'marketing_copy', 'en', 'Bench brief ' || i, 60, $2::jsonb
       FROM generate_series(1, $1) i`,
      [briefs, JSON.stringify(FIELDS)],
    );
    await db.query(
      `INSERT INTO drafts (id, brief_id, origin, body, author_kind, provider, model)
       SELECT gen_random_uuid(), b.id, o.origin, repeat('A sentence of the ' || o.origin || ' draft. ', 12),
              CASE WHEN o.origin = 'aigc' THEN 'model' ELSE 'user' END,
              CASE WHEN o.origin = 'aigc' THEN 'template' END, CASE WHEN o.origin = 'aigc' THEN 'rules-v1' END
       FROM briefs b CROSS JOIN (VALUES ('pgc'), ('ugc'), ('aigc')) o(origin)`,
    );
  } finally {
    await db.end();
  }
}

/** Promise.withResolvers, which Node 20 lacks. */
const deferred = () => {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main() {
  await adminSql(`CREATE DATABASE ${name}`);
  let api;
  let browser;
  try {
    api = await startApi();
    await seed(api.url);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 900 } });

    // Baseline mode holds the app's request for the next pair until the page reports the click. Both modes
    // go through the same route handler, so interception costs the same (and lands before the click).
    let holdNext = false;
    let held = deferred();
    let release = () => undefined;
    await page.exposeFunction('__benchClicked', () => release());
    await page.route('**/v1/ratings/next', async (route) => {
      if (holdNext) {
        const clicked = new Promise((resolve) => (release = resolve));
        held.resolve();
        await clicked;
      }
      await route.continue();
    });

    await page.goto(`${api.url}/login`);
    await page.getByTestId('login-email').fill(RATER.email);
    await page.getByTestId('login-password').fill(RATER.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto(`${api.url}/rate`);

    const blind = page.locator('[data-testid="rating-session"][data-state="blind"]');
    /** Votes on the pair on screen with the keyboard, as a rater does, and waits for the reveal. */
    const vote = async () => {
      await blind.waitFor();
      await page.keyboard.press('1');
      await page.locator('[data-testid="verdict"][data-value="a"]').waitFor();
      const cells = await page.getByTestId('rubric').locator('[role="radiogroup"]').count();
      for (let i = 0; i < cells; i++) {
        await page.keyboard.press('4');
        await page.waitForFunction(
          (index) =>
            document
              .querySelectorAll('[data-testid="rubric"] [role="radiogroup"]')
              .item(index)
              ?.getAttribute('data-score') === '4',
          i,
        );
      }
      const answered = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/v1/ratings/next' && response.ok(),
      );
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="rating-session"][data-state="revealed"]').waitFor();
      return { answered };
    };

    /** Click → the frame after the next pair's session is in the DOM, measured in the page. */
    const nextPairMs = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const current = document.querySelector('[data-testid="rating-session"]');
            const previous = current?.getAttribute('data-assignment-id');
            const button = document.querySelector('[data-testid="rating-next"]');
            const shown = () => {
              const session = document.querySelector('[data-testid="rating-session"][data-state="blind"]');
              return !!session && session.getAttribute('data-assignment-id') !== previous;
            };
            const started = performance.now();
            const done = () =>
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              done();
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            button.click();
            void window.__benchClicked();
          }),
      );

    const results = {};
    for (const mode of ['preloaded', 'baseline']) {
      holdNext = mode === 'baseline';
      const times = [];
      for (let i = 0; i < WARMUP + VOTES; i++) {
        held = deferred();
        const { answered } = await vote();
        // Preloaded: the rater reads the reveal while the next pair arrives. Baseline: it has not left yet.
        await (holdNext ? held.promise : answered);
        const ms = await nextPairMs();
        if (holdNext) await answered;
        if (i >= WARMUP) times.push(ms);
      }
      results[mode] = times;
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([mode, times]) => [
        mode,
        { p50: Number(percentile(times, 50).toFixed(1)), p95: Number(percentile(times, 95).toFixed(1)) },
      ]),
    );
    console.log(
      JSON.stringify({
        bench: 'rate-next-pair',
        votesPerMode: VOTES,
        ...summary,
        ratioP50: Number((summary.preloaded.p50 / summary.baseline.p50).toFixed(3)),
        ratioP95: Number((summary.preloaded.p95 / summary.baseline.p95).toFixed(3)),
        targetMs: TARGET_MS,
        met: summary.preloaded.p95 <= TARGET_MS,
      }),
    );
    if (!(summary.preloaded.p95 <= TARGET_MS)) process.exitCode = 1;
  } finally {
    await browser?.close();
    await api?.stop();
    await adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
