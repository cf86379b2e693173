import { type DraftbenchClient } from '@draftbench/client';
import { type Page, type VoteCreateInput } from '@draftbench/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const PAGE = 2;
const ROWS = 5; // more than two pages of PAGE

interface Row {
  id: string;
  createdAt: string;
}
type List = (params: { limit: number; cursor?: string }) => Promise<Page<Row>>;

/** Walks every page with the cursor, checking each page's size on the way. */
async function walk(list: List): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: PAGE, cursor });
    expect(page.items.length).toBeLessThanOrEqual(PAGE);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

const newestFirst = (a: Row, b: Row) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
const oldestFirst = (a: Row, b: Row) => -newestFirst(a, b);

/** Every expected row exactly once, in the list's order, and a cursor it did not issue is a 400 problem. */
async function expectPaged(list: List, expected: string[], order = newestFirst) {
  const rows = await walk(list);
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...expected].sort());
  expect(ids).toEqual([...rows].sort(order).map((r) => r.id));
  await expect(list({ limit: PAGE, cursor: 'bm9wZQ' })).rejects.toMatchObject({
    status: 400,
    problem: { title: 'Invalid cursor' },
  });
}

const rubric = {
  persuasiveness: { left: 4, right: 2 },
  accuracy: { left: 5, right: 3 },
  brand_fit: { left: 3, right: 3 },
  readability: { left: 4, right: 4 },
};
const vote: VoteCreateInput = { outcome: 'a', rubric, timeTakenMs: 12_000 };

async function finished(client: DraftbenchClient, jobId: string) {
  for await (const event of client.jobs.stream(jobId)) if (event.type === 'result') return event.job;
  throw new Error('no result');
}

describe('cursor pagination of every list', () => {
  let db: TestDatabase;
  let app: TestApp;
  let lead: DraftbenchClient;
  let briefId: string;

  beforeAll(async () => {
    db = await createTestDatabase('pages');
    app = await startTestApp({ DATABASE_URL: db.url, UGC_MAX_SUBMISSIONS_PER_BRIEF: '20' });
    lead = await clientWithRoles(app, ['lead']);
    briefId = (await lead.briefs.create(copyBrief('en', 50))).id;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('pages my submissions newest first and the review queue oldest first', async () => {
    const contributor = await clientWithRoles(app, ['contributor']);
    const published: string[] = [];
    const held: string[] = [];
    for (let i = 0; i < ROWS; i++) {
      published.push((await contributor.drafts.submit(briefId, { body: `Kettle story number ${i}.` })).id);
      held.push(
        (await contributor.drafts.submit(briefId, { body: `Cheaper at https://spam${i}.example` })).id,
      );
    }
    await expectPaged((p) => contributor.drafts.mySubmissions(p), [...published, ...held]);
    await expectPaged((p) => lead.drafts.heldForModeration(p), held, oldestFirst);
  });

  it('pages assignments, with the filters applied on every page', async () => {
    const editor = await clientWithRoles(app, ['editor']);
    const editorId = (await editor.auth.session()).user.id;
    const created: string[] = [];
    for (let i = 0; i < ROWS; i++) created.push((await lead.assignments.create({ briefId, editorId })).id);
    await expectPaged((p) => editor.assignments.list(p), created);
    await expectPaged((p) => lead.assignments.list({ ...p, briefId, state: 'assigned' }), created);
  });

  it('pages users, filtered by role', async () => {
    const raters = [];
    for (let i = 0; i < ROWS; i++) raters.push(await clientWithRoles(app, ['rater'], `pager-${i}`));
    const ids = await Promise.all(raters.map(async (r) => (await r.auth.session()).user.id));
    await expectPaged((p) => app.client.users.list({ ...p, role: 'rater' }), ids);
  });

  it("pages a rater's votes", async () => {
    const job = await lead.jobs.create({ briefId, variants: 4 });
    await finished(lead, job.id);
    const rater = await clientWithRoles(app, ['rater']);
    const voted: string[] = [];
    for (;;) {
      const { task } = await rater.ratings.next();
      if (!task) break;
      voted.push((await rater.ratings.vote(task.assignmentId, vote)).vote.id);
    }
    expect(voted.length).toBeGreaterThan(PAGE * 2);
    await expectPaged((p) => rater.ratings.mine(p), voted);
  });

  it('pages judge runs, breaking ties on created_at by id', async () => {
    // Runs need a chat provider; rows written at one instant also prove the id tie-break.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO judge_runs (provider, model, pairs, state, created_at)
       SELECT 'openai', 'fake', '[]'::jsonb, 'failed', now() FROM generate_series(1, ${ROWS}) RETURNING id`,
    );
    await client.end();
    await expectPaged(
      (p) => lead.judge.runs(p),
      rows.map((r) => r.id),
    );
  });

  it('pages my API keys and my webhook endpoints newest first', async () => {
    const keys: string[] = [];
    const endpoints: string[] = [];
    for (let i = 0; i < ROWS; i++) {
      keys.push((await lead.apiKeys.create({ name: `key ${i}`, scopes: ['jobs:read'] })).id);
      endpoints.push((await lead.webhooks.endpoints.create({ url: `https://example.com/hook/${i}` })).id);
    }
    await expectPaged((params) => lead.apiKeys.list(params), keys);
    await expectPaged((params) => lead.webhooks.endpoints.list(params), endpoints);
  });

  it('pages the prompt templates by key, language and newest version, each version once', async () => {
    const everything = (await lead.templates.list({ limit: 100 })).items.map((t) => t.id);
    expect(everything.length).toBeGreaterThan(2 * PAGE);
    const walked = await walk((params) => lead.templates.list(params));
    expect(walked.map((t) => t.id)).toEqual(everything);
    const zh = (await lead.templates.list({ language: 'zh', limit: 100 })).items.map((t) => t.id);
    const walkedZh = await walk((params) => lead.templates.list({ ...params, language: 'zh' }));
    expect(walkedZh.map((t) => t.id)).toEqual(zh);
    await expect(lead.templates.list({ limit: PAGE, cursor: 'bm9wZQ' })).rejects.toMatchObject({
      status: 400,
      problem: { title: 'Invalid cursor' },
    });
  });

  it("pages a brief's drafts oldest first", async () => {
    const contributor = await clientWithRoles(app, ['contributor']);
    for (let i = 0; i < ROWS; i++)
      await contributor.drafts.submit(briefId, { body: `Community draft ${i}.` });
    const all = (await lead.briefs.drafts(briefId)).map((d) => d.id);
    expect(all.length).toBeGreaterThanOrEqual(ROWS);
    await expectPaged((params) => lead.briefs.draftsPage(briefId, params), all, oldestFirst);
  });
});
