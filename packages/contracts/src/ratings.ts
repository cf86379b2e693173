import { z } from 'zod';
import { type ContentType, Id, Timestamp, page } from './common.js';
import { BriefCreate } from './briefs.js';
import { DraftOrigin, ProvenanceLabel, VideoScene } from './drafts.js';
import { FactRiskFlag } from './fact-risk.js';

/** Rubric criteria per content type (DESIGN §5), each scored 1–5 for both drafts of a pair. */
export const RUBRIC_CRITERIA = {
  marketing_copy: ['persuasiveness', 'accuracy', 'brand_fit', 'readability'],
  news_draft: ['accuracy', 'completeness', 'neutrality', 'clarity'],
  video_script: ['hook', 'structure', 'pacing', 'call_to_action'],
} as const satisfies Record<ContentType, readonly string[]>;

export const VoteOutcome = z
  .enum(['a', 'b', 'tie', 'both_bad'])
  .describe('a: the left draft is better; b: the right one');
export type VoteOutcome = z.infer<typeof VoteOutcome>;

export const BothBadReason = z.enum(['factual_error', 'off_brief', 'unsafe', 'poor_quality', 'other']);
export type BothBadReason = z.infer<typeof BothBadReason>;

const Score = z.number().int().min(1).max(5);

export const VoteCreate = z
  .object({
    outcome: VoteOutcome,
    reason: BothBadReason.optional(),
    rubric: z.record(z.string(), z.object({ left: Score, right: Score })).default({}),
    comment: z.string().trim().max(2000).optional(),
    timeTakenMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 3_600_000),
  })
  .refine((v) => v.outcome !== 'both_bad' || v.reason !== undefined, {
    message: 'Say why both drafts are bad',
    path: ['reason'],
  });
export type VoteCreate = z.infer<typeof VoteCreate>;
export type VoteCreateInput = z.input<typeof VoteCreate>;

/** A draft as a rater sees it before voting: text only, nothing about who or what wrote it. */
/** A text as a rater sees it. Fact-risk flags are found for every draft, whoever wrote it, so they reveal nothing. */
export const BlindDraft = z.object({
  body: z.string(),
  scenes: z.array(VideoScene).nullable(),
  factFlags: z.array(FactRiskFlag).nullable(),
});

export const RatingTask = z.object({
  assignmentId: Id,
  brief: BriefCreate.describe('The brief without ids or dates: nothing in it says who wrote which draft'),
  left: BlindDraft,
  right: BlindDraft,
  criteria: z.array(z.string()),
  assignedAt: Timestamp,
});
export type RatingTask = z.infer<typeof RatingTask>;

/** What the rater learns once the vote is saved. */
export const RevealedDraft = z.object({
  draftId: Id,
  origin: DraftOrigin,
  provider: z.string().nullable(),
  model: z.string().nullable(),
  promptTemplate: z.string().nullable(),
  ruleBased: z.boolean(),
  authorName: z.string().nullable(),
  label: ProvenanceLabel,
});
export type RevealedDraft = z.infer<typeof RevealedDraft>;

export const Vote = z.object({
  id: Id,
  assignmentId: Id,
  outcome: VoteOutcome,
  reason: BothBadReason.nullable(),
  rubric: z.record(z.string(), z.object({ left: Score, right: Score })),
  comment: z.string().nullable(),
  timeTakenMs: z.number().int(),
  blind: z.boolean().describe('Only blind votes count on the leaderboard'),
  createdAt: Timestamp,
});
export type Vote = z.infer<typeof Vote>;

export const VoteResult = z.object({ vote: Vote, left: RevealedDraft, right: RevealedDraft });
export type VoteResult = z.infer<typeof VoteResult>;

export const NextTask = z.object({ task: RatingTask.nullable(), reason: z.string().nullable() });
export type NextTask = z.infer<typeof NextTask>;

export const VotePage = page(Vote);
