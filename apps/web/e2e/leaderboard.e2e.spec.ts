import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { RUBRIC_CRITERIA } from '@draftbench/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const LEAD = { email: 'lena@e2e.draftbench.test', password: 'lead-password-1' };
const EDITOR = { email: 'pavel@e2e.draftbench.test', password: 'editor-password-1' };
const CONTRIBUTOR = { email: 'chen@e2e.draftbench.test', password: 'contributor-password-1' };
const RATERS = [1, 2, 3].map((n) => ({
  email: `rater${n}@e2e.draftbench.test`,
  password: `rater-password-${n}`,
}));

let e2e: E2E;
let votes = 0;

/** A client signed in as the user. */
async function clientFor(user: { email: string; password: string }): Promise<DraftbenchClient> {
  const client = createDraftbenchClient({ baseUrl: e2e.api.baseUrl });
  await client.auth.login(user);
  return client;
}

beforeAll(async () => {
  e2e = await startE2E();
  // Drafts of three origins on one brief, and blind votes on every pair, all through the API: the
  // forms that make them are other files' subjects.
  const { admin } = e2e;
  const users = [
    { ...LEAD, displayName: 'Lena Lead', roles: ['lead' as const] },
    { ...EDITOR, displayName: 'Pavel Editor', roles: ['editor' as const], hourlyRateUsd: 60 },
    { ...CONTRIBUTOR, displayName: 'Chen Contributor', roles: ['contributor' as const] },
    ...RATERS.map((rater, i) => ({ ...rater, displayName: `Rater ${i + 1}`, roles: ['rater' as const] })),
  ];
  const created = await Promise.all(users.map((user) => admin.users.create(user)));
  const editorId = created[1]?.id ?? '';
  const brief = await admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: 'Autumn range: the linen apron',
    targetLength: 60,
    fields: { productName: 'Linen Apron', category: 'Kitchen', sellingPoints: ['Stonewashed linen'] },
  });
  const [lead, editor, contributor] = await Promise.all([
    clientFor(LEAD),
    clientFor(EDITOR),
    clientFor(CONTRIBUTOR),
  ]);

  // PGC: assigned, drafted, submitted and approved.
  const assignment = await lead.assignments.create({ briefId: brief.id, editorId });
  await editor.assignments.save(assignment.id, {
    body: 'The Linen Apron: stonewashed linen that softens with every wash, with two deep pockets.',
  });
  await editor.assignments.submit(assignment.id);
  await lead.assignments.review(assignment.id, { decision: 'approve' });

  // UGC: submitted; published by a lead if the screen holds it.
  const ugc = await contributor.drafts.submit(brief.id, {
    body: 'I cook every day in this linen apron. It is light, it washes well and the pockets hold my phone.',
  });
  if (ugc.status === 'held') await lead.drafts.moderate(ugc.id, { decision: 'publish' });

  // AIGC: one variant from the template engine; the stream ends once the job has finished.
  const job = await admin.jobs.create({ briefId: brief.id, provider: 'template', variants: 1 });
  for await (const event of admin.jobs.stream(job.id)) if (event.type === 'result') break;

  // Every rater votes on every pair they are given: the left draft, all criteria 3 out of 5.
  const rubric = Object.fromEntries(RUBRIC_CRITERIA.marketing_copy.map((c) => [c, { left: 3, right: 3 }]));
  for (const rater of RATERS) {
    const client = await clientFor(rater);
    for (let next = await client.ratings.next(); next.task; next = await client.ratings.next()) {
      await client.ratings.vote(next.task.assignmentId, { outcome: 'a', rubric, timeTakenMs: 12_000 });
      votes++;
    }
  }
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);
/** Full-page screenshots for a person to look at, when E2E_SCREENSHOT_DIR names a folder. */
const screenshot = async (name: string) => {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await e2e.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
};
const results = (competitor: 'origin' | 'model') =>
  e2e.page.locator(
    `[data-testid="leaderboard-results"][data-competitor="${competitor}"][data-state="ready"]`,
  );
const row = (origin: string) => e2e.page.locator(`[data-testid="leaderboard-row"][data-origin="${origin}"]`);
const columnTitles = () =>
  e2e.page
    .locator('[data-testid="leaderboard-table"] thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));

describe('leaderboard', () => {
  it('ranks the origins with Elo intervals from the blind votes', async () => {
    // Three drafts make three pairs, and each rater voted on each of them.
    expect(votes).toBe(9);
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs`);
    await e2e.page.waitForURL('**/login?**');
    await signIn(e2e.page, LEAD);
    await byTestId('nav-leaderboard').click();
    await e2e.page.waitForURL('**/leaderboard');
    await results('origin').waitFor();

    expect(await byTestId('leaderboard-row').count()).toBe(3);
    for (const origin of ['pgc', 'ugc', 'aigc']) {
      const entry = row(origin);
      await expect(entry.getByTestId('leaderboard-rank').textContent()).resolves.toMatch(/^[1-3]$/);
      await expect(entry.getByTestId('leaderboard-elo').textContent()).resolves.toMatch(
        /^[\d,]+ \([\d,]+–[\d,]+\)$/,
      );
      await expect(entry.getByTestId('leaderboard-votes').textContent()).resolves.toBe('6');
    }
    const ranks = await byTestId('leaderboard-rank').allTextContents();
    expect(ranks.map(Number)).toEqual([...ranks.map(Number)].sort((a, b) => a - b));
    await expect(byTestId('leaderboard-summary').textContent()).resolves.toContain('9 blind votes');

    // The chart is drawn on a canvas, one row per competitor.
    await e2e.page
      .locator('[data-testid="leaderboard-chart"][data-state="rendered"] canvas')
      .first()
      .waitFor();

    // Every vote went to the left draft: the audit must say so.
    await byTestId('position-bias-warning').waitFor();
    await expect(byTestId('position-bias-decisive').textContent()).resolves.toContain('9');
    await screenshot('leaderboard-origins');
  });

  it('translates the page into Chinese', async () => {
    await byTestId('language-zh-CN').click();
    await e2e.page.locator('[data-testid="leaderboard-table"] thead th', { hasText: '排名' }).waitFor();
    await expect(columnTitles()).resolves.toEqual(
      expect.arrayContaining(['排名', '参评对象', 'Elo（95% 区间）', '投票数', '胜率', '平局', '都不好']),
    );
    await expect(byTestId('leaderboard-summary').textContent()).resolves.toContain('条盲评投票');
    await byTestId('position-bias').getByText('位置偏差审计').waitFor();
    await screenshot('leaderboard-zh');
    await byTestId('language-en').click();
    await e2e.page.locator('[data-testid="leaderboard-table"] thead th', { hasText: 'Rank' }).waitFor();
  });

  it('splits AIGC by model, and keeps the choice in the URL', async () => {
    await byTestId('leaderboard-competitor-model').click();
    await e2e.page.waitForURL('**/leaderboard?competitor=model');
    await results('model').waitFor();
    const aigc = row('aigc');
    await expect(aigc.getByTestId('leaderboard-provider').textContent()).resolves.toBe('template');
    await expect(aigc.getByTestId('leaderboard-model').textContent()).resolves.toBe('rules-v1');
    await expect(aigc.getByTestId('leaderboard-template').textContent()).resolves.not.toBe('');
    await e2e.page
      .locator('[data-testid="leaderboard-chart"][data-state="rendered"] canvas')
      .first()
      .waitFor();
    await screenshot('leaderboard-models');

    await e2e.page.reload();
    await results('model').waitFor();
    await expect(
      e2e.page.locator('[data-testid="leaderboard-competitor"] .ant-segmented-item-selected').textContent(),
    ).resolves.toBe('Models (AIGC split)');
  });

  it('says so when no votes match the filters', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/leaderboard?language=zh`);
    await e2e.page.locator('[data-testid="leaderboard-empty"][data-filtered="true"]').waitFor();
    await byTestId('leaderboard-clear-filters').click();
    await e2e.page.waitForURL((url) => url.pathname === '/leaderboard' && url.search === '');
    await results('origin').waitFor();

    // A date range from a shared link: before any vote, so nothing counts; the picker shows its days.
    await e2e.page.goto(
      `${e2e.api.baseUrl}/leaderboard?from=2020-01-01T00:00:00.000Z&to=2020-01-03T00:00:00.000Z`,
    );
    await e2e.page.locator('[data-testid="leaderboard-empty"][data-filtered="true"]').waitFor();
    await expect(
      e2e.page
        .locator('[data-testid="leaderboard-filters"] .ant-picker input')
        .first()
        .getAttribute('placeholder'),
    ).resolves.toMatch(/2020/);
    await byTestId('leaderboard-clear-dates').click();
    await e2e.page.waitForURL((url) => url.pathname === '/leaderboard' && url.search === '');
    await results('origin').waitFor();
  });
  it('weighs length, when asked, and keeps the switch in the URL', async () => {
    await byTestId('leaderboard-length-control').click();
    await e2e.page.waitForURL('**/leaderboard?lengthControl=true');
    await results('origin').waitFor();
    await byTestId('length-effect').waitFor();
    await byTestId('leaderboard-length-control').click();
    await e2e.page.waitForURL((url) => url.pathname === '/leaderboard' && url.search === '');
  });

  it('sets quality against cost per origin', async () => {
    await byTestId('leaderboard-tab-economics').click();
    await e2e.page.waitForURL('**/leaderboard?tab=economics');
    await e2e.page.locator('[data-testid="economics"][data-state="ready"]').waitFor();
    const origins = await e2e.page
      .locator('[data-testid="economics-row"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-origin')));
    expect(origins).toEqual(expect.arrayContaining(['pgc', 'ugc', 'aigc']));
    await e2e.page.locator('[data-testid="economics-chart"][data-state="rendered"] canvas').first().waitFor();
    await screenshot('leaderboard-economics');
  });

  it('audits the raters for leads', async () => {
    await byTestId('leaderboard-tab-integrity').click();
    await e2e.page.waitForURL('**/leaderboard?tab=integrity');
    await e2e.page.locator('[data-testid="integrity"][data-state="ready"]').waitFor();
    const names = await byTestId('integrity-rater-name').allTextContents();
    expect(names.sort()).toEqual(['Rater 1', 'Rater 2', 'Rater 3']);
    await screenshot('leaderboard-integrity');
  });
});
