import { type BriefCreateInput } from '@draftbench/contracts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientWithRoles, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const NEWS: BriefCreateInput = {
  contentType: 'news_draft',
  language: 'zh',
  title: '本地电池厂扩建',
  targetLength: 200,
  facts: ['新厂房将于2026年3月投产', '项目投资12亿元'],
  fields: {
    headlineIdea: '电池厂扩建带来新岗位',
    facts: { what: '扩建电池生产线', where: '合肥', who: '星辰电池公司' },
    quotes: [{ speaker: '王磊', role: '厂长', text: '我们会优先招聘本地工人。' }],
  },
};

// Everything but the investment of 1.5 billion yuan ("15亿元") and the 3,000 jobs is in the brief.
const INVENTED =
  '星辰电池公司在合肥扩建电池生产线，项目投资15亿元，新厂房将于2026年3月投产，预计带来3000个岗位。厂长王磊说：“我们会优先招聘本地工人。”';

describe('fact-risk flags', () => {
  let db: TestDatabase;
  let app: TestApp;
  let provider: FakeOpenAIServer;

  beforeAll(async () => {
    provider = await startFakeOpenAIServer();
    db = await createTestDatabase('fact_risk');
    app = await startTestApp({
      DATABASE_URL: db.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: provider.baseURL,
      OPENAI_MODELS: 'fake-news:1:2',
      RATERS_PER_PAIR: '1',
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await db?.drop();
  });

  it('flags the figures a news draft invents, and only those, beside the draft, in the rating view and in exports', async () => {
    const brief = await app.client.briefs.create(NEWS);
    provider.enqueue({ kind: 'stream', deltas: [INVENTED.slice(0, 30), INVENTED.slice(30)] });
    const job = await app.client.jobs.create({ briefId: brief.id, provider: 'openai', model: 'fake-news' });
    let flags;
    for await (const event of app.client.jobs.stream(job.id))
      if (event.type === 'result') flags = event.job.drafts[0]!.factFlags;
    const flagged = flags!.map((f) => ({ kind: f.kind, text: f.text }));
    expect(flagged).toEqual([
      { kind: 'money', text: expect.stringContaining('15亿') },
      { kind: 'number', text: expect.stringContaining('3000') },
    ]);
    for (const flag of flags!) {
      expect(INVENTED.slice(flag.start, flag.end)).toBe(flag.text);
      expect(flag.reason.zh.length).toBeGreaterThan(0);
    }

    // A person's draft is checked the same way, so flags in a blind pair say nothing about who wrote it.
    const contributor = await clientWithRoles(app, ['contributor']);
    const ugc = await contributor.drafts.submit(brief.id, {
      body: '我听说新厂房2026年3月投产，投资12亿元。',
    });
    expect(ugc.factFlags).toEqual([]);
    const rater = await clientWithRoles(app, ['rater']);
    const { task } = await rater.ratings.next();
    const sides = [task!.left, task!.right];
    const ai = sides.find((side) => side.body === INVENTED);
    expect(ai?.factFlags).toEqual(flags);
    expect(sides.find((side) => side.body !== INVENTED)?.factFlags).toEqual([]);

    const score = { left: 3, right: 3 };
    const rubric = { accuracy: score, completeness: score, neutrality: score, clarity: score };
    await rater.ratings.vote(task!.assignmentId, { outcome: 'a', rubric, timeTakenMs: 9000 });
    const pairs = [];
    for await (const pair of app.client.exports.preferences()) pairs.push(pair);
    expect(pairs).toHaveLength(1);
    const metadata = [pairs[0]!.chosen_metadata, pairs[0]!.rejected_metadata] as { fact_flags: unknown }[];
    expect(metadata.map((m) => m.fact_flags)).toEqual(expect.arrayContaining([flags, []]));
  });
});
