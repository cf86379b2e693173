import { type DraftbenchClient } from '@draftbench/client';
import { type Draft } from '@draftbench/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

async function finished(client: DraftbenchClient, jobId: string) {
  for await (const event of client.jobs.stream(jobId)) if (event.type === 'result') return event.job;
  throw new Error('no result');
}

describe('the four workflows on one brief', () => {
  let db: TestDatabase;
  let app: TestApp;
  let lead: DraftbenchClient;
  let editor: DraftbenchClient;
  let otherEditor: DraftbenchClient;
  let contributor: DraftbenchClient;
  let editorId: string;
  let briefId: string;

  beforeAll(async () => {
    db = await createTestDatabase('workflows');
    app = await startTestApp({ DATABASE_URL: db.url, UGC_MAX_SUBMISSIONS_PER_BRIEF: '2' });
    lead = await clientWithRoles(app, ['lead']);
    editor = await clientWithRoles(app, ['editor'], 'editor');
    otherEditor = await clientWithRoles(app, ['editor'], 'other-editor');
    contributor = await clientWithRoles(app, ['contributor']);
    editorId = (await editor.auth.session()).user.id;
    await app.client.users.update(editorId, { hourlyRateUsd: 60 });
    briefId = (await lead.briefs.create(copyBrief('en', 60))).id;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('PGC: assignment, draft, review', () => {
    it('runs assign → draft → submit → return → resubmit → approve, pricing the tracked minutes', async () => {
      const assignment = await lead.assignments.create({ briefId, editorId, note: 'Keep it short' });
      expect(assignment.state).toBe('assigned');
      expect((await editor.assignments.list()).items).toHaveLength(1);

      let current = await editor.assignments.save(assignment.id, { body: 'First take.', activeSeconds: 600 });
      expect(current.state).toBe('in_progress');
      expect(current.draft).toMatchObject({ origin: 'pgc', status: 'draft', body: 'First take.' });
      current = await editor.assignments.submit(assignment.id);
      expect(current.state).toBe('submitted');
      expect(current.draft?.status).toBe('pending_review');

      await expect(lead.assignments.review(assignment.id, { decision: 'return' })).rejects.toMatchObject({
        status: 400,
      });
      current = await lead.assignments.review(assignment.id, {
        decision: 'return',
        comments: 'Name the product.',
      });
      expect(current.state).toBe('returned');
      expect(current.reviews.map((r) => r.decision)).toEqual(['return']);

      current = await editor.assignments.save(assignment.id, {
        body: 'The Aurora kettle, reborn.',
        activeSeconds: 300,
      });
      expect(current.state).toBe('in_progress');
      current = await editor.assignments.submit(assignment.id);
      expect(current.state).toBe('submitted');
      current = await lead.assignments.review(assignment.id, { decision: 'approve' });
      expect(current.state).toBe('approved');
      expect(current.trackedMinutes).toBe(15);
      expect(current.costUsd).toBe(15); // 15 minutes at $60/h
      expect(current.turnaroundMinutes).toBeGreaterThanOrEqual(0);
      expect(current.draft).toMatchObject({ status: 'published', humanMinutes: 15, costUsd: 15 });
    });

    it('refuses illegal transitions with 409 and a reason, and other people’s drafts with 403', async () => {
      const assignment = await lead.assignments.create({ briefId, editorId });
      await expect(lead.assignments.review(assignment.id, { decision: 'approve' })).rejects.toMatchObject({
        status: 409,
        problem: { detail: expect.stringContaining('only a submitted draft can be approved') },
      });
      await expect(editor.assignments.submit(assignment.id)).rejects.toMatchObject({ status: 409 });
      await expect(otherEditor.assignments.save(assignment.id, { body: 'mine now' })).rejects.toMatchObject({
        status: 403,
      });
      await expect(otherEditor.assignments.get(assignment.id)).rejects.toMatchObject({ status: 404 });
      await editor.assignments.save(assignment.id, { body: 'Done', activeSeconds: 60 });
      await editor.assignments.submit(assignment.id);
      await lead.assignments.review(assignment.id, { decision: 'approve' });
      await expect(editor.assignments.save(assignment.id, { body: 'late change' })).rejects.toMatchObject({
        status: 409,
      });
      await expect(
        editor.assignments.correctMinutes(assignment.id, { minutes: 30, reason: 'forgot' }),
      ).rejects.toMatchObject({
        status: 409,
      });
      const corrected = await lead.assignments.correctMinutes(assignment.id, {
        minutes: 30,
        reason: 'offline research',
      });
      expect(corrected).toMatchObject({ minutes: 30, correctedMinutes: 30, costUsd: 30 });
      expect(corrected.draft).toMatchObject({ humanMinutes: 30, costUsd: 30 });
    });

    it('assigns only to active editors', async () => {
      const contributorId = (await contributor.auth.session()).user.id;
      await expect(lead.assignments.create({ briefId, editorId: contributorId })).rejects.toMatchObject({
        status: 400,
      });
    });
  });

  describe('UGC: submissions and moderation', () => {
    it('publishes clean submissions, holds flagged ones, and enforces the per-brief limit', async () => {
      const clean = await contributor.drafts.submit(briefId, {
        body: 'Boil water in three minutes with Aurora.',
        minutesSpent: 20,
      });
      expect(clean).toMatchObject({ origin: 'ugc', status: 'published', humanMinutes: 20, moderation: null });
      const flagged = await contributor.drafts.submit(briefId, { body: 'Cheaper at https://spam.example' });
      expect(flagged.status).toBe('held');
      expect(flagged.moderation?.reasons).toEqual(['contains a link']);
      await expect(contributor.drafts.submit(briefId, { body: 'third' })).rejects.toMatchObject({
        status: 409,
      });
      expect((await contributor.drafts.mySubmissions()).items.map((d) => d.id)).toEqual([
        flagged.id,
        clean.id,
      ]);

      const queue = (await lead.drafts.heldForModeration()).items;
      expect(queue.map((d) => d.id)).toContain(flagged.id);
      const published = await lead.drafts.moderate(flagged.id, {
        decision: 'publish',
        reason: 'The link is the brand site',
      });
      expect(published.status).toBe('published');
      expect(published.moderation).toMatchObject({ decision: 'publish', note: 'The link is the brand site' });
      await expect(lead.drafts.moderate(flagged.id, { decision: 'reject' })).rejects.toMatchObject({
        status: 409,
      });
      await expect(editor.drafts.heldForModeration()).rejects.toMatchObject({ status: 403 });
    });
  });

  describe('AI-assisted editing', () => {
    let aiDraft: Draft;

    beforeAll(async () => {
      const job = await lead.jobs.create({ briefId, variants: 1, parameters: { seed: 3 } });
      const done = await finished(lead, job.id);
      aiDraft = done.drafts[0]!;
    });

    it('stores the child draft with its parent, the diff, the edit distance and the minutes', async () => {
      const words = aiDraft.body.split(' ');
      const edited = ['Honestly,', ...words.slice(0, -3)].join(' ');
      const child = await editor.drafts.startAssistedEdit(aiDraft.id, { body: edited, activeSeconds: 120 });
      expect(child).toMatchObject({ origin: 'ai_assisted', parentDraftId: aiDraft.id, humanMinutes: 2 });
      const metrics = child.editMetrics!;
      expect(metrics.normalizedEditDistance).toBeGreaterThan(0);
      expect(metrics.normalizedEditDistance).toBeLessThan(0.3);
      expect(metrics.provenance).toBe('ai_generated');
      expect(metrics.insertedTokens).toBe(1);
      expect(
        metrics.diff
          .filter((p) => p.op !== 'delete')
          .map((p) => p.text)
          .join(''),
      ).toBe(edited);
      expect(child.costUsd).toBeCloseTo(2, 6); // 2 minutes at $60/h + $0 of rule-based generation

      const rewritten = await editor.drafts.saveAssistedEdit(child.id, {
        body: 'A completely different pitch for the kettle.',
        activeSeconds: 600,
      });
      expect(rewritten.humanMinutes).toBe(12);
      expect(rewritten.editMetrics?.provenance).toBe('ai_assisted_human_edited');
      await expect(otherEditor.drafts.saveAssistedEdit(child.id, { body: 'hijack' })).rejects.toMatchObject({
        status: 403,
      });
    });

    it('edits only AI drafts', async () => {
      const ugc = (await contributor.drafts.mySubmissions()).items[0]!;
      await expect(editor.drafts.startAssistedEdit(ugc.id, { body: 'x' })).rejects.toMatchObject({
        status: 400,
      });
    });
  });

  it('shows all four origins on the brief, each with its effort and cost', async () => {
    const drafts = await lead.briefs.drafts(briefId);
    const origins = new Set(drafts.filter((d) => d.status === 'published').map((d) => d.origin));
    expect([...origins].sort()).toEqual(['ai_assisted', 'aigc', 'pgc', 'ugc']);
    for (const draft of drafts.filter((d) => d.origin === 'pgc' && d.status === 'published'))
      expect(draft.costUsd).not.toBeNull();
    expect(drafts.find((d) => d.origin === 'aigc')?.usage?.totalTokens).toBeGreaterThan(0);
  });
});
