import { type DraftbenchClient } from '@draftbench/client';
import { type VoteCreateInput } from '@draftbench/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { parse } from 'csv-parse/sync';
import { ADMIN, clientWithRoles, rawLogin, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const rubric = {
  persuasiveness: { left: 4, right: 2 },
  accuracy: { left: 5, right: 3 },
  brand_fit: { left: 3, right: 3 },
  readability: { left: 4, right: 4 },
};
const voteA: VoteCreateInput = { outcome: 'a', rubric, timeTakenMs: 12_000 };

async function finished(client: DraftbenchClient, jobId: string) {
  for await (const event of client.jobs.stream(jobId)) if (event.type === 'result') return event.job;
  throw new Error('no result');
}

describe('blind rating tasks and votes', () => {
  let db: TestDatabase;
  let app: TestApp;
  let lead: DraftbenchClient;
  let author: DraftbenchClient; // an editor who also rates: never gets a pair with their own draft
  let authorDraftId: string;
  const draftIds = new Set<string>();
  const secrets: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('ratings');
    app = await startTestApp({ DATABASE_URL: db.url, RATERS_PER_PAIR: '2', RATING_DAILY_CAP: '4' });
    lead = await clientWithRoles(app, ['lead']);
    author = await clientWithRoles(app, ['editor', 'rater'], 'author-rater');
    const contributor = await clientWithRoles(app, ['contributor'], 'Zhang Contributor');
    const brief = await lead.briefs.create(copyBrief('en', 50));
    // AIGC ×2 (one competitor: same provider/model/template, so never paired together), PGC, UGC, AI-assisted.
    const job = await lead.jobs.create({ briefId: brief.id, variants: 2 });
    const [ai1] = (await finished(lead, job.id)).drafts;
    const authorId = (await author.auth.session()).user.id;
    const assignment = await lead.assignments.create({ briefId: brief.id, editorId: authorId });
    await author.assignments.save(assignment.id, {
      body: 'A professional take on the kettle.',
      activeSeconds: 60,
    });
    await author.assignments.submit(assignment.id);
    const approved = await lead.assignments.review(assignment.id, { decision: 'approve' });
    authorDraftId = approved.draft!.id;
    await contributor.drafts.submit(brief.id, { body: 'My kettle story from the community.' });
    const leak = await contributor.drafts.submit(brief.id, {
      body: 'As an AI language model, I love this kettle.',
    });
    const assisted = await author.drafts.startAssistedEdit(ai1!.id, {
      body: `${ai1!.body} Edited.`,
      activeSeconds: 30,
    });
    for (const d of await lead.briefs.drafts(brief.id)) draftIds.add(d.id);
    draftIds.delete(leak.id);
    secrets.push(
      'aigc',
      'ugc',
      'pgc',
      'ai_assisted',
      'rules-v1',
      'template',
      'Zhang',
      'author-rater',
      ...draftIds,
      assisted.id,
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('gives a task with texts only: nothing reveals origin, author, provider, model or ids', async () => {
    const rater = await clientWithRoles(app, ['rater']);
    const response = await rater.ratings.next();
    const task = response.task!;
    expect(task.criteria).toEqual(['persuasiveness', 'accuracy', 'brand_fit', 'readability']);
    expect(task.left.body.length).toBeGreaterThan(0);
    const raw = JSON.stringify(response);
    for (const secret of secrets) expect(raw, `leaks ${secret}`).not.toContain(secret);
    // Asking again returns the same open task instead of a new one.
    expect((await rater.ratings.next()).task?.assignmentId).toBe(task.assignmentId);
  });

  it('validates the vote, reveals the pair once saved, and locks the vote', async () => {
    const rater = await clientWithRoles(app, ['rater']);
    const { task } = await rater.ratings.next();
    const id = task!.assignmentId;
    await expect(
      rater.ratings.vote(id, { outcome: 'both_bad', rubric, timeTakenMs: 1 }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      rater.ratings.vote(id, { ...voteA, rubric: { hook: { left: 1, right: 1 } } }),
    ).rejects.toMatchObject({
      status: 400,
      problem: { detail: expect.stringContaining('persuasiveness') },
    });
    const result = await rater.ratings.vote(id, voteA);
    expect(result.vote).toMatchObject({ outcome: 'a', blind: true });
    expect([result.left.draftId, result.right.draftId].every((d) => draftIds.has(d))).toBe(true);
    await expect(rater.ratings.vote(id, { ...voteA, outcome: 'b' })).rejects.toMatchObject({ status: 409 });
    const other = await clientWithRoles(app, ['rater']);
    await expect(other.ratings.vote(id, voteA)).rejects.toMatchObject({ status: 404 });
  });

  it('gives each pair to at most k raters, never a rater their own draft, and never an origin-revealing draft', async () => {
    const raters = [
      author,
      ...(await Promise.all([1, 2, 3].map((i) => clientWithRoles(app, ['rater'], `r${i}`)))),
    ];
    const given = new Map<string, number>();
    const orders = new Set<boolean>();
    for (let round = 0; round < 4; round++) {
      for (const rater of raters) {
        const { task } = await rater.ratings.next();
        if (!task) continue;
        const { left, right, vote } = await rater.ratings.vote(task.assignmentId, voteA);
        const pair = [left.draftId, right.draftId].sort().join('|');
        given.set(pair, (given.get(pair) ?? 0) + 1);
        orders.add(left.draftId < right.draftId);
        for (const side of [left, right]) expect(draftIds.has(side.draftId)).toBe(true);
        if (rater === author) {
          expect([left.draftId, right.draftId]).not.toContain(authorDraftId);
          expect(vote.blind).toBe(false); // an editor can see origins elsewhere
        }
        expect(left.origin === right.origin && left.origin !== 'aigc').toBe(false);
      }
    }
    expect(Math.max(...given.values())).toBeLessThanOrEqual(2);
    expect(orders).toEqual(new Set([true, false])); // left/right order is randomised per rater
  });

  it('stops at the daily cap with a reason', async () => {
    const rater = await clientWithRoles(app, ['rater'], 'capped');
    let votes = 0;
    for (;;) {
      const { task, reason } = await rater.ratings.next();
      if (!task) {
        expect(reason).toMatch(/limit of 4 votes|nothing left/);
        break;
      }
      await rater.ratings.vote(task.assignmentId, voteA);
      votes++;
    }
    expect(votes).toBeLessThanOrEqual(4);
    expect((await rater.ratings.mine()).items).toHaveLength(votes);
  });

  describe('exports', () => {
    const download = async (path: string) => {
      const session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
      const response = await fetch(`${app.url}${path}`, { headers: { cookie: session.cookie } });
      expect(response.status).toBe(200);
      return response.text();
    };

    it("exports every vote as CSV with both drafts' origins and provenance", async () => {
      const rows = parse(await download('/v1/exports/ratings.csv'), { columns: true }) as Record<
        string,
        string
      >[];
      const voted = (await author.ratings.mine()).items.length;
      expect(rows.length).toBeGreaterThanOrEqual(voted);
      for (const row of rows) {
        expect(['a', 'b', 'tie', 'both_bad']).toContain(row.outcome);
        expect(['pgc', 'ugc', 'aigc', 'ai_assisted']).toContain(row.left_origin);
        expect(['human', 'ai_generated', 'ai_assisted_human_edited']).toContain(row.right_provenance);
        expect(JSON.parse(row.rubric!)).toHaveProperty('accuracy');
      }
    });

    it('exports SFT pairs in chat and prompt/completion form from human-written and human-edited drafts', async () => {
      const chat = (await download('/v1/exports/sft.jsonl'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(chat.length).toBeGreaterThanOrEqual(2);
      expect(chat.map((l) => l.metadata.origin).sort()).toEqual(
        expect.arrayContaining(['ai_assisted', 'pgc']),
      );
      for (const line of chat) {
        expect(line.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user', 'assistant']);
        expect(line.messages[1].content).toContain('<brief>');
        expect(line.metadata.provenance).toBeDefined();
      }
      const plain = (await download('/v1/exports/sft.jsonl?format=prompt_completion'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(plain[0]).toHaveProperty('prompt');
      expect(plain[0]).toHaveProperty('completion');
    });

    it('exports preference pairs with chosen and rejected, rater count, agreement and origins', async () => {
      const text = await download('/v1/exports/preferences.jsonl');
      const lines = text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.chosen).not.toBe(line.rejected);
        expect(line.rater_count).toBeGreaterThanOrEqual(1);
        expect(line.agreement).toBeGreaterThan(0.5);
        expect(line.agreement).toBeLessThanOrEqual(1);
        expect(line.chosen_metadata.origin).toBeDefined();
        expect(line.rejected_metadata.provenance).toBeDefined();
      }
    });
  });

  it('ranks the origins from blind votes with bootstrap intervals, and splits AIGC by model on request', async () => {
    const board = await lead.leaderboard.get();
    expect(board.competitor).toBe('origin');
    expect(board.resamples).toBeGreaterThanOrEqual(200);
    expect(board.votes).toBeGreaterThan(0);
    expect(board.entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of board.entries) {
      expect(entry.id).toBe(entry.origin);
      expect(entry.rank).toBeGreaterThanOrEqual(1);
      expect(entry.score.lower).toBeLessThanOrEqual(entry.score.estimate + 1e-9);
      expect(entry.score.upper).toBeGreaterThanOrEqual(entry.score.estimate - 1e-9);
    }
    // Blind votes only: the editor-rater's votes are in the export but not on the board.
    const session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const csv = await (
      await fetch(`${app.url}/v1/exports/ratings.csv`, { headers: { cookie: session.cookie } })
    ).text();
    const rows = parse(csv, { columns: true }) as { blind: string }[];
    expect(rows.some((r) => r.blind === 'false')).toBe(true);
    expect(board.votes).toBe(rows.filter((r) => r.blind === 'true').length);
    const byModel = await lead.leaderboard.get({ competitor: 'model' });
    const aigc = byModel.entries.find((e) => e.origin === 'aigc');
    if (aigc)
      expect(aigc).toMatchObject({
        provider: 'template',
        model: 'rules-v1',
        promptTemplate: 'marketing_copy.aida.en@1',
      });
    await expect(lead.leaderboard.get({ contentType: 'news_draft' })).resolves.toMatchObject({
      votes: 0,
      entries: [],
    });
  });

  it("audits the ratings: agreement per rater, position bias, Krippendorff's α, origin-revealing drafts", async () => {
    const report = await lead.ratings.integrity();
    expect(report.blindVotes).toBeGreaterThan(0);
    expect(report.raters.length).toBeGreaterThan(0);
    for (const rater of report.raters) expect(rater.votes).toBeGreaterThan(0);
    // Every blind rater here voted "left" on everything, and left/right is random per rater.
    expect(report.positionBias.leftShare?.estimate).toBe(1);
    if (report.krippendorffAlpha.outcomes !== null)
      expect(report.krippendorffAlpha.outcomes).toBeLessThanOrEqual(1);
    expect(report.originRevealingDrafts.map((d) => d.origin)).toEqual(['ugc']);
    await expect(author.ratings.integrity()).rejects.toMatchObject({ status: 403 });
  });

  it('sets cost and turnaround per origin against quality, and marks the cost–quality frontier', async () => {
    const { rows } = await lead.leaderboard.economics();
    const byOrigin = new Map(rows.map((r) => [r.origin, r]));
    expect([...byOrigin.keys()].sort()).toEqual(['ai_assisted', 'aigc', 'pgc', 'ugc']);
    expect(byOrigin.get('aigc')).toMatchObject({ meanCostUsd: 0 });
    expect(byOrigin.get('aigc')?.medianTurnaroundMinutes).toBeGreaterThanOrEqual(0);
    expect(byOrigin.get('pgc')?.medianTurnaroundMinutes).toBeGreaterThanOrEqual(0);
    expect(byOrigin.get('pgc')?.meanHumanMinutes).toBe(1);
    expect(rows.some((r) => r.onFrontier)).toBe(true);
    for (const row of rows) if (row.elo !== null) expect(row.rubricMean).toBeGreaterThanOrEqual(1);
  });
});
