import {
  PROVENANCE_NOTICES,
  type Brief,
  type Draft,
  type Job,
  type JobWithDrafts,
} from '@draftbench/contracts';

export const BRIEF_ID = '0b9a3c1e-7f55-4c1b-9a43-2f6c0f1d2e10';
export const JOB_ID = '5c2f1a9e-3d4b-4e8a-8b7c-6a5d4c3b2a19';
const NOW = '2026-11-28T12:00:00.000Z';

export const brief: Brief = {
  id: BRIEF_ID,
  contentType: 'marketing_copy',
  language: 'en',
  title: 'Spring launch',
  targetLength: 120,
  facts: [],
  fields: {
    productName: 'Kettle',
    category: 'Kitchen',
    sellingPoints: ['Boils in 90 s'],
    channel: 'ecommerce_detail',
    framework: 'AIDA',
    mustSay: [],
    mustNotSay: [],
  },
  status: 'open',
  createdAt: NOW,
  updatedAt: NOW,
};

export function job(overrides: Partial<Job> = {}): Job {
  return {
    id: JOB_ID,
    briefId: BRIEF_ID,
    provider: 'template',
    model: 'template-v1',
    promptTemplate: 'marketing_copy.aida.en@1',
    variants: 2,
    parameters: {},
    state: 'queued',
    attempts: 0,
    error: null,
    usage: null,
    costUsd: null,
    createdAt: NOW,
    startedAt: null,
    finishedAt: null,
    createdBy: null,
    apiKeyId: null,
    idempotencyKey: null,
    ...overrides,
  };
}

export function draft(variant: number): Draft {
  const id = `7d1e2f3a-4b5c-4d6e-8f70-81920a1b2c3${variant}`;
  return {
    id,
    briefId: BRIEF_ID,
    jobId: JOB_ID,
    variant,
    origin: 'aigc',
    status: 'published',
    parentDraftId: null,
    body: `Variant ${variant}: 你好, kettle!`,
    scenes: null,
    author: { kind: 'model', userId: null, provider: 'template', model: 'template-v1', ruleBased: true },
    usage: { promptTokens: 10, completionTokens: 20, totalTokens: 30 },
    latencyMs: 12,
    humanMinutes: null,
    costUsd: 0,
    editMetrics: null,
    moderation: null,
    provenance: {
      contentId: id,
      origin: 'aigc',
      label: 'ai_generated',
      notice: PROVENANCE_NOTICES.ai_generated,
      provider: 'template',
      model: 'template-v1',
      ruleBased: true,
      templateVersion: 'marketing_copy.aida.en@1',
      humanEditShare: null,
      createdAt: NOW,
      sha256: '0'.repeat(64),
    },
    factFlags: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export const withDrafts = (base: Job, drafts: Draft[]): JobWithDrafts => ({ ...base, drafts });
