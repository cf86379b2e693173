import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { RUBRIC_CRITERIA } from '@draftbench/contracts';
import { fakeJudge, startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const LEAD = { email: 'li@e2e.draftbench.test', password: 'lead-password-1' };
const CONTRIBUTOR = { email: 'wu@e2e.draftbench.test', password: 'contributor-password-1' };
const RATER = { email: 'ma@e2e.draftbench.test', password: 'rater-password-1' };
/** The draft the rater and the fake judge both prefer. */
const BEST = '[[best]]';

async function clientFor(e2e: E2E, user: { email: string; password: string }): Promise<DraftbenchClient> {
  const client = createDraftbenchClient({ baseUrl: e2e.api.baseUrl });
  await client.auth.login(user);
  return client;
}

/** A brief with a template-engine draft and a UGC draft, and one blind vote for the UGC draft. */
async function seed(e2e: E2E): Promise<void> {
  const { admin } = e2e;
  await admin.users.create({ ...LEAD, displayName: 'Li Lead', roles: ['lead'] });
  await admin.users.create({ ...CONTRIBUTOR, displayName: 'Wu Contributor', roles: ['contributor'] });
  await admin.users.create({ ...RATER, displayName: 'Ma Rater', roles: ['rater'] });
  const brief = await admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: 'Winter range: the wool blanket',
    targetLength: 60,
    fields: { productName: 'Wool Blanket', category: 'Home', sellingPoints: ['Merino wool'] },
  });
  const job = await admin.jobs.create({ briefId: brief.id, provider: 'template', variants: 1 });
  for await (const event of admin.jobs.stream(job.id)) if (event.type === 'result') break;
  const contributor = await clientFor(e2e, CONTRIBUTOR);
  await contributor.drafts.submit(brief.id, { body: `Soft merino that keeps you warm all winter. ${BEST}` });
  const rater = await clientFor(e2e, RATER);
  const rubric = Object.fromEntries(RUBRIC_CRITERIA.marketing_copy.map((c) => [c, { left: 3, right: 3 }]));
  for (let next = await rater.ratings.next(); next.task; next = await rater.ratings.next()) {
    const outcome = next.task.left.body.includes(BEST) ? 'a' : 'b';
    await rater.ratings.vote(next.task.assignmentId, { outcome, rubric, timeTakenMs: 8_000 });
  }
}

/** Full-page screenshots for a person to look at, when E2E_SCREENSHOT_DIR names a folder. */
const screenshot = async (e2e: E2E, name: string) => {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await e2e.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
};

const results = (e2e: E2E, raterGroup: 'human' | 'judge') =>
  e2e.page.locator(
    `[data-testid="leaderboard-results"][data-rater-group="${raterGroup}"][data-state="ready"]`,
  );

describe('AI judge tab with only the rule-based template engine', () => {
  let e2e: E2E;
  const byTestId = (id: string) => e2e.page.getByTestId(id);

  beforeAll(async () => {
    e2e = await startE2E();
    await seed(e2e);
  });
  afterAll(() => e2e?.close());

  it('says the judge needs a chat model, in English and Chinese, and offers no run', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/leaderboard?tab=judge`);
    await e2e.page.waitForURL('**/login?**');
    await signIn(e2e.page, LEAD);
    await e2e.page.waitForURL('**/leaderboard?tab=judge');
    const message = byTestId('judge-needs-llm');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain(
      'Set OPENAI_API_KEY (and OPENAI_BASE_URL for DeepSeek, Qwen, Ollama, vLLM…)',
    );
    expect(await byTestId('judge-run-form').count()).toBe(0);
    await e2e.page.locator('[data-testid="judge-runs"]', { hasText: 'No runs yet.' }).waitFor();
    await screenshot(e2e, 'judge-needs-llm');

    await byTestId('language-zh-CN').click();
    await message.getByText('AI 评审需要一个对话模型').waitFor();
    await expect(message.textContent()).resolves.toContain('OPENAI_API_KEY');
    await byTestId('language-en').click();
    await message.getByText('The AI judge needs a chat model').waitFor();
  });

  it('switches the ranking between people and the AI judge, and keeps the choice in the URL', async () => {
    await byTestId('leaderboard-tab-ranking').click();
    await e2e.page.waitForURL((url) => url.pathname === '/leaderboard' && url.search === '');
    await results(e2e, 'human').waitFor();
    await expect(byTestId('leaderboard-summary').textContent()).resolves.toContain('1 blind votes');

    await byTestId('leaderboard-rater-group-judge').click();
    await e2e.page.waitForURL('**/leaderboard?raterGroup=judge');
    const empty = e2e.page.locator('[data-testid="leaderboard-empty"][data-rater-group="judge"]');
    await empty.getByText('No AI judge verdicts yet').waitFor();
    await e2e.page.reload();
    await empty.waitFor();
    await expect(
      e2e.page.locator('[data-testid="leaderboard-rater-group"] .ant-segmented-item-selected').textContent(),
    ).resolves.toBe('AI judge');

    await byTestId('leaderboard-rater-group-human').click();
    await e2e.page.waitForURL((url) => url.pathname === '/leaderboard' && url.search === '');
    await results(e2e, 'human').waitFor();
  });
});

describe('AI judge tab with a chat model', () => {
  let e2e: E2E;
  let provider: FakeOpenAIServer;
  const byTestId = (id: string) => e2e.page.getByTestId(id);

  beforeAll(async () => {
    const scores = (n: number) => Object.fromEntries(RUBRIC_CRITERIA.marketing_copy.map((c) => [c, n]));
    provider = await startFakeOpenAIServer(
      fakeJudge(({ a }) =>
        JSON.stringify({
          winner: a.includes(BEST) ? 'A' : 'B',
          scores: a.includes(BEST) ? { A: scores(5), B: scores(2) } : { A: scores(2), B: scores(5) },
          reason: 'It is concrete.',
        }),
      ),
    );
    e2e = await startE2E({
      OPENAI_API_KEY: 'sk-e2e-judge',
      OPENAI_BASE_URL: provider.baseURL,
      OPENAI_MODELS: 'judge-model:1:2',
    });
    await seed(e2e);
  });
  afterAll(async () => {
    await e2e?.close();
    await provider?.close();
  });

  it('starts a run, shows it finish with its agreement with people, and ranks its verdicts', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/leaderboard?tab=judge`);
    await e2e.page.waitForURL('**/login?**');
    await signIn(e2e.page, LEAD);
    await e2e.page.locator('[data-testid="judge"][data-available="true"]').waitFor();
    expect(await byTestId('judge-needs-llm').count()).toBe(0);
    await byTestId('judge-model').getByText('judge-model').waitFor();
    await byTestId('judge-start').click();

    const run = e2e.page.locator('[data-testid="judge-run"][data-state="succeeded"]');
    await run.waitFor();
    await expect(run.getByTestId('judge-run-progress').textContent()).resolves.toBe('1 of 1 pairs');
    await expect(run.getByTestId('judge-run-outcomes').textContent()).resolves.toMatch(
      /^1 same in both orders/,
    );
    // Two calls, the order swapped.
    expect(provider.requests).toHaveLength(2);
    await e2e.page.locator('[data-testid="judge-agreement-share"]', { hasText: '100%' }).waitFor();
    await screenshot(e2e, 'judge-run');

    await byTestId('leaderboard-tab-ranking').click();
    await byTestId('leaderboard-rater-group-judge').click();
    await results(e2e, 'judge').waitFor();
    await expect(byTestId('leaderboard-summary').textContent()).resolves.toContain('1 AI judge verdicts');
    await expect(byTestId('leaderboard-rank').first().textContent()).resolves.toBe('1');
    await e2e.page.locator('[data-testid="leaderboard-row"][data-origin="ugc"]').waitFor();
    await screenshot(e2e, 'judge-ranking');
  });
});
