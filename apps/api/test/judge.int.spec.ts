import { cohensKappa, wilsonInterval } from '@draftbench/analytics';
import { type DraftbenchClient } from '@draftbench/client';
import { RUBRIC_CRITERIA, isJudgeRunActive, type JudgeRun } from '@draftbench/contracts';
import {
  fakeJudge,
  shownDrafts,
  startFakeOpenAIServer,
  type FakeOpenAIServer,
} from '@draftbench/llm/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobEventBus } from '../src/events/job-event-bus.js';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

/** Markers in UGC drafts that decide how the fake judge and the rater answer. */
const BEST = '[[best]]'; // the judge and the people prefer this draft
const FIRST = '[[first]]'; // the judge prefers whichever draft it is shown first: its two orders disagree
const GARBAGE = '[[garbage]]'; // the judge answers in prose instead of JSON
const PEOPLE = '[[people]]'; // only the people prefer this draft; the judge calls the pair a tie
const LATE = '[[late]]'; // added after the people voted

const CRITERIA = RUBRIC_CRITERIA.marketing_copy;
const scores = (score: number) => Object.fromEntries(CRITERIA.map((c) => [c, score]));

/** The fake AI judge: decides from the drafts as shown, whatever order the calls arrive in. */
function judgeAnswer({ a, b }: { a: string; b: string }): string {
  const both = a + b;
  if (both.includes(GARBAGE)) return 'I would rather not say.';
  const winner = both.includes(FIRST) ? 'A' : a.includes(BEST) ? 'A' : b.includes(BEST) ? 'B' : 'tie';
  const [scoreA, scoreB] = winner === 'A' ? [5, 2] : winner === 'B' ? [2, 5] : [3, 3];
  return JSON.stringify({ winner, scores: { A: scores(scoreA), B: scores(scoreB) }, reason: 'Because.' });
}

/** A person's blind vote: the draft with BEST or PEOPLE in it, else a tie. */
const personPrefers = (text: string) => text.includes(BEST) || text.includes(PEOPLE);

async function finished(client: DraftbenchClient, jobId: string) {
  for await (const event of client.jobs.stream(jobId)) if (event.type === 'result') return event.job;
  throw new Error('no result');
}

describe('AI judge with only the rule-based template engine', () => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('judge_template');
    app = await startTestApp({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('says clearly that it needs a chat model, and refuses to start a run', async () => {
    const status = await app.client.judge.status();
    expect(status).toMatchObject({ available: false, providers: [] });
    expect(status.reason).toMatch(/needs a chat model.*OPENAI_API_KEY.*OPENAI_BASE_URL/);

    await expect(app.client.judge.createRun()).rejects.toMatchObject({
      status: 409,
      problem: { detail: status.reason },
    });

    await expect(app.client.leaderboard.get({ raterGroup: 'judge' })).resolves.toMatchObject({
      raterGroup: 'judge',
      votes: 0,
      entries: [],
    });
  });
});

describe.each<Backend>(['redis', 'postgres'])('AI judge on the %s backend', (backend) => {
  let db: TestDatabase;
  let app: TestApp;
  let provider: FakeOpenAIServer;
  let sql: pg.Client;
  let lead: DraftbenchClient;
  let contributor: DraftbenchClient;
  /** Per marker: the pair's draft ids in canonical order, and which of them is the UGC draft. */
  const pairs = new Map<string, { a: string; b: string; ugcIs: 'a' | 'b' }>();
  let humanVotes = 0;

  /** A brief with a template-engine draft and a UGC draft carrying `marker`. */
  async function seedPair(marker: string, language: 'en' | 'zh' = 'en'): Promise<void> {
    const brief = await lead.briefs.create(copyBrief(language));
    await finished(lead, (await lead.jobs.create({ briefId: brief.id, variants: 1 })).id);
    const ugc = await contributor.drafts.submit(brief.id, { body: `My own take on the kettle ${marker}` });
    const aigc = (await lead.briefs.drafts(brief.id)).find((d) => d.origin === 'aigc')!;
    const [a, b] = [ugc.id, aigc.id].sort();
    pairs.set(marker, { a: a!, b: b!, ugcIs: a === ugc.id ? 'a' : 'b' });
  }

  /** Resolves once the run has finished, woken by the worker's signals rather than by a timer. */
  async function settled(runId: string): Promise<JudgeRun> {
    const bus = app.running.app.get(JobEventBus);
    let wake = () => {};
    const unsubscribe = bus.subscribe((signal) => {
      if (signal.kind === 'judge' && signal.jobId === runId) wake();
    });
    try {
      for (;;) {
        const signalled = new Promise<void>((resolve) => (wake = resolve));
        const run = await lead.judge.run(runId);
        if (!isJudgeRunActive(run.state)) return run;
        await signalled;
      }
    } finally {
      unsubscribe();
    }
  }

  beforeAll(async () => {
    provider = await startFakeOpenAIServer(fakeJudge(judgeAnswer));
    db = await createTestDatabase(`judge_${backend}`);
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
      QUEUE_PREFIX: uniquePrefix(`judge-${backend}`),
      OPENAI_API_KEY: 'sk-test-judge',
      OPENAI_BASE_URL: provider.baseURL,
      OPENAI_MODELS: 'fake-large:2:8,fake-small:0.5:1',
      RATERS_PER_PAIR: '1',
      JUDGE_CONCURRENCY: '2',
      // The judge draws on the provider's budget: 4 calls per rolling second.
      OPENAI_REQUESTS_PER_MINUTE: '240',
      BUDGET_WINDOW_SECONDS: '1',
    });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    lead = await clientWithRoles(app, ['lead']);
    contributor = await clientWithRoles(app, ['contributor']);
    const rater = await clientWithRoles(app, ['rater']);
    await seedPair(BEST);
    await seedPair(FIRST);
    await seedPair(GARBAGE);
    await seedPair(PEOPLE, 'zh');
    for (let next = await rater.ratings.next(); next.task; next = await rater.ratings.next()) {
      const { left, right } = next.task;
      const outcome = personPrefers(left.body) ? 'a' : personPrefers(right.body) ? 'b' : 'tie';
      const rubric = Object.fromEntries(CRITERIA.map((c) => [c, { left: 3, right: 3 }]));
      await rater.ratings.vote(next.task.assignmentId, { outcome, rubric, timeTakenMs: 5_000 });
      humanVotes++;
    }
    // Drafts no person has rated yet: the judge should take them last.
    await seedPair(`${LATE} ${BEST}`);
  });

  afterAll(async () => {
    await app?.close();
    await sql?.end();
    await provider?.close();
    await db?.drop();
  });

  it('offers the chat provider, never the template engine, and refuses the template engine as judge', async () => {
    const status = await lead.judge.status();
    expect(status).toMatchObject({ available: true, reason: null });
    expect(status.providers.map((p) => p.name)).toEqual(['openai']);
    await expect(lead.judge.createRun({ provider: 'template' })).rejects.toMatchObject({
      status: 400,
      problem: { detail: expect.stringContaining('rule-based template engine') },
    });
    await expect(lead.judge.createRun({ model: 'no-such-model' })).rejects.toMatchObject({ status: 400 });
    const editor = await clientWithRoles(app, ['editor']);
    await expect(editor.judge.createRun()).rejects.toMatchObject({ status: 403 });
  });

  it('judges the pairs people rated first, each twice with the order swapped', async () => {
    expect(humanVotes).toBe(4);
    const before = provider.requests.length;
    const created = await lead.judge.createRun({ maxPairs: 4 });
    expect(created).toMatchObject({ provider: 'openai', model: 'fake-large', state: 'queued' });
    expect(created.pairs.planned).toBe(4);

    const run = await settled(created.id);
    expect(run).toMatchObject({
      state: 'succeeded',
      pairs: { planned: 4, judged: 4, consistent: 2, inconsistent: 1, malformed: 1 },
    });
    // 8 calls, each 11 prompt and 2 completion tokens (the fake's usage); $2 and $8 per 1M tokens.
    expect(run.usage).toEqual({ promptTokens: 88, completionTokens: 16, totalTokens: 104 });
    expect(run.costUsd).toBeCloseTo((88 * 2 + 16 * 8) / 1e6, 10);

    const shown = provider.requests.slice(before).map((r) => shownDrafts(r)!);
    expect(shown).toHaveLength(8);
    const orders = shown.map(({ a, b }) => `${a}|${b}`).sort();
    expect(new Set(orders).size).toBe(8);
    expect(shown.map(({ a, b }) => `${b}|${a}`).sort()).toEqual(orders);
    // The late pair was left for later: people have not rated it.
    expect(shown.some(({ a, b }) => (a + b).includes(LATE))).toBe(false);
    for (const request of provider.requests.slice(before))
      expect(request.body).toMatchObject({ model: 'fake-large', temperature: 0 });
    // Within the budget: the fifth call waited for the first to leave the window (less the latency between
    // logging a call and its arrival here).
    const at = provider.requests.slice(before).map((r) => r.at);
    expect(at[4]! - at[0]!).toBeGreaterThanOrEqual(700);
  });

  it('stores agreement as the outcome, disagreement as a tie, and a malformed answer as such', async () => {
    const verdict = async (marker: string) => {
      const { a, b } = pairs.get(marker)!;
      const { rows } = await sql.query(
        'SELECT outcome, outcome_ab, outcome_ba, status, rubric, calls FROM judge_verdicts WHERE draft_a_id = $1 AND draft_b_id = $2',
        [a, b],
      );
      return rows[0] as Record<string, unknown>;
    };
    const best = pairs.get(BEST)!;
    const other = best.ugcIs === 'a' ? 'b' : 'a';
    expect(await verdict(BEST)).toMatchObject({
      status: 'consistent',
      outcome: best.ugcIs,
      outcome_ab: best.ugcIs,
      outcome_ba: other,
      rubric: { accuracy: { [best.ugcIs]: 5, [other]: 2 } },
    });
    expect(await verdict(FIRST)).toMatchObject({
      status: 'inconsistent',
      outcome: 'tie',
      outcome_ab: 'a',
      outcome_ba: 'a',
    });
    expect(await verdict(GARBAGE)).toMatchObject({
      status: 'malformed',
      outcome: null,
      calls: [
        { order: 'ab', problem: 'The answer holds no JSON object.', answer: 'I would rather not say.' },
        { order: 'ba', problem: 'The answer holds no JSON object.', answer: 'I would rather not say.' },
      ],
    });
    expect(await verdict(PEOPLE)).toMatchObject({ status: 'consistent', outcome: 'tie' });
  });

  it('resumes a run after a provider error, and never judges a pair twice', async () => {
    const before = provider.requests.length;
    provider.enqueue({ kind: 'error', status: 500, body: { error: { message: 'upstream hiccup' } } });
    const created = await lead.judge.createRun({ maxPairs: 10 });
    expect(created.pairs.planned).toBe(1); // only the late pair is left for this judge
    const run = await settled(created.id);
    expect(run).toMatchObject({
      state: 'succeeded',
      attempts: 2,
      error: null,
      pairs: { judged: 1, consistent: 1 },
    });
    expect(provider.requests.length - before).toBe(4); // one call failed and one was wasted; then two
    await expect(lead.judge.createRun()).rejects.toMatchObject({
      status: 409,
      problem: { detail: expect.stringContaining('no pair left for openai/fake-large') },
    });
    const runs = (await lead.judge.runs()).items;
    expect(runs.map((r) => r.id)).toEqual([created.id, expect.any(String)]);
  });

  it('keeps verdicts off the people’s leaderboard and ranks them with raterGroup=judge', async () => {
    const people = await lead.leaderboard.get();
    expect(people).toMatchObject({ raterGroup: 'human', votes: humanVotes });

    const judge = await lead.leaderboard.get({ raterGroup: 'judge' });
    expect(judge.raterGroup).toBe('judge');
    expect(judge.votes).toBe(4); // the malformed verdict does not count
    expect(judge.entries.find((e) => e.origin === 'ugc')).toMatchObject({ wins: 2, losses: 0, ties: 2 });
    expect(judge.entries.find((e) => e.origin === 'aigc')).toMatchObject({ wins: 0, losses: 2, ties: 2 });
    expect(judge.entries[0]?.origin).toBe('ugc');
    // Position bias from the judge's single answers as shown: 6 picked a winner, 4 of them draft A.
    expect(judge.positionBias.decisive).toBe(6);
    expect(judge.positionBias.leftShare?.estimate).toBeCloseTo(4 / 6, 10);

    await expect(lead.leaderboard.get({ raterGroup: 'judge', language: 'zh' })).resolves.toMatchObject({
      votes: 1,
    });
    const withLengths = await lead.leaderboard.get({ raterGroup: 'judge', lengthControl: true });
    expect(withLengths.votes).toBe(4);
    expect(withLengths.lengthEffect).not.toBeNull();
  });

  it('measures judge–human agreement with a Wilson interval and Cohen’s κ', async () => {
    const [report, ...others] = await lead.judge.agreement();
    expect(others).toEqual([]);
    // BEST: both prefer the UGC draft. FIRST: both see no preference. PEOPLE: people prefer the UGC draft,
    // the judge ties. GARBAGE is malformed and the late pair has no human vote: neither is compared.
    const side = (marker: string) => pairs.get(marker)!.ugcIs;
    expect(report).toMatchObject({
      provider: 'openai',
      model: 'fake-large',
      verdicts: 4,
      pairs: 3,
      agreed: 2,
    });
    const interval = wilsonInterval(2, 3)!;
    expect(report?.agreement).toEqual({
      estimate: interval.share,
      lower: interval.lower,
      upper: interval.upper,
    });
    expect(report?.kappa).toBeCloseTo(
      cohensKappa([
        [side(BEST), side(BEST)],
        ['neither', 'neither'],
        [side(PEOPLE), 'neither'],
      ])!,
      10,
    );
    expect(report?.consistency?.estimate).toBeCloseTo(3 / 4, 10);
    expect(report?.firstShownShare?.estimate).toBeCloseTo(4 / 6, 10);

    await expect(lead.judge.agreement({ language: 'zh' })).resolves.toMatchObject([
      { verdicts: 1, pairs: 1, agreed: 0 },
    ]);
  });
});
