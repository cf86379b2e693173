import { PROVENANCE_NOTICES, type Draft, type Job } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { applyJobEvent, EMPTY_LIVE_JOB, type LiveJob } from './liveJob';

const JOB_ID = '5c2f1a9e-3d4b-4e8a-8b7c-6a5d4c3b2a19';
const job = (state: Job['state']): Job => ({
  id: JOB_ID,
  briefId: '0b9a3c1e-7f55-4c1b-9a43-2f6c0f1d2e10',
  provider: 'template',
  model: 'template-v1',
  promptTemplate: 'builtin/marketing_copy@1',
  variants: 2,
  parameters: {},
  state,
  attempts: 1,
  error: null,
  usage: null,
  costUsd: null,
  createdAt: '2026-11-28T12:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  createdBy: null,
  apiKeyId: null,
  idempotencyKey: null,
});
const draft = (variant: number, body: string): Draft => ({
  id: `7d1e2f3a-4b5c-4d6e-8f70-81920a1b2c3${variant}`,
  briefId: job('queued').briefId,
  jobId: JOB_ID,
  variant,
  origin: 'aigc',
  status: 'published',
  parentDraftId: null,
  body,
  scenes: null,
  author: { kind: 'model', userId: null, provider: 'template', model: 'template-v1', ruleBased: true },
  usage: null,
  latencyMs: null,
  humanMinutes: null,
  costUsd: null,
  editMetrics: null,
  moderation: null,
  provenance: {
    contentId: `7d1e2f3a-4b5c-4d6e-8f70-81920a1b2c3${variant}`,
    origin: 'aigc',
    label: 'ai_generated',
    notice: PROVENANCE_NOTICES.ai_generated,
    provider: 'template',
    model: 'template-v1',
    ruleBased: true,
    templateVersion: null,
    humanEditShare: null,
    createdAt: '2026-11-28T12:00:01.000Z',
    sha256: '0'.repeat(64),
  },
  factFlags: [],
  createdAt: '2026-11-28T12:00:01.000Z',
  updatedAt: '2026-11-28T12:00:01.000Z',
});

describe('applyJobEvent', () => {
  it('appends deltas per variant, then replaces them with the stored drafts', () => {
    let live: LiveJob = applyJobEvent(EMPTY_LIVE_JOB, {
      type: 'snapshot',
      job: { ...job('queued'), drafts: [] },
    });
    live = applyJobEvent(live, { type: 'state', job: job('running') });
    live = applyJobEvent(live, { type: 'delta', jobId: JOB_ID, variant: 1, text: 'Hel' });
    live = applyJobEvent(live, { type: 'delta', jobId: JOB_ID, variant: 1, text: 'lo' });
    live = applyJobEvent(live, { type: 'delta', jobId: JOB_ID, variant: 0, text: 'Hi' });

    expect(live.job?.state).toBe('running');
    expect(live.texts).toEqual({ 0: 'Hi', 1: 'Hello' });
    expect(live.chunks).toEqual({ 0: 1, 1: 2 });

    live = applyJobEvent(live, { type: 'draft', jobId: JOB_ID, draft: draft(1, 'Hello!') });
    live = applyJobEvent(live, {
      type: 'result',
      job: { ...job('succeeded'), drafts: [draft(0, 'Hi!'), draft(1, 'Hello!')] },
    });

    expect(live.job?.state).toBe('succeeded');
    expect(live.texts).toEqual({ 0: 'Hi!', 1: 'Hello!' });
    expect(live.drafts).toHaveLength(2);
  });

  it('starts over from a snapshot, as a reconnecting client must', () => {
    const before: LiveJob = { job: job('running'), texts: { 0: 'partial' }, chunks: { 0: 3 }, drafts: [] };
    const after = applyJobEvent(before, {
      type: 'snapshot',
      job: { ...job('running'), drafts: [draft(1, 'done')] },
    });
    expect(after.texts).toEqual({ 1: 'done' });
    expect(after.chunks).toEqual({});
  });
});
