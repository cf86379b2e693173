import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const DraftOrigin = z.enum(['pgc', 'ugc', 'aigc', 'ai_assisted']);
export type DraftOrigin = z.infer<typeof DraftOrigin>;

export const VideoScene = z.object({
  index: z.number().int().min(1),
  seconds: z.number().int().min(1),
  shot: z.string(),
  onScreenText: z.string(),
  voiceOver: z.string(),
});
export type VideoScene = z.infer<typeof VideoScene>;

export const TokenUsage = z.object({
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  totalTokens: z.number().int().min(0),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

export const DraftAuthor = z.object({
  kind: z.enum(['user', 'model']),
  userId: Id.nullable(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  ruleBased: z.boolean().describe('True for drafts of the built-in rule-based template engine'),
});
export type DraftAuthor = z.infer<typeof DraftAuthor>;

export const Draft = z.object({
  id: Id,
  briefId: Id,
  jobId: Id.nullable(),
  variant: z.number().int().min(0).nullable(),
  origin: DraftOrigin,
  body: z.string(),
  scenes: z.array(VideoScene).nullable().describe('Video scripts only: timed scenes'),
  author: DraftAuthor,
  usage: TokenUsage.nullable(),
  latencyMs: z.number().int().min(0).nullable(),
  costUsd: z.number().min(0).nullable(),
  createdAt: Timestamp,
});
export type Draft = z.infer<typeof Draft>;
