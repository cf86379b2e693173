import { z } from 'zod';
import { ContentType, Id, Language, Timestamp, page, text } from './common.js';
import { TokenUsage } from './drafts.js';
import { JobError } from './jobs.js';
import { ProviderInfo } from './providers.js';

/** Whose judgements a leaderboard counts: people's blind votes, or the AI judge's verdicts. */
export const RaterGroup = z
  .enum(['human', 'judge'])
  .describe('human: blind votes of people; judge: verdicts of the AI judge (kept apart from votes)');
export type RaterGroup = z.infer<typeof RaterGroup>;

export const JUDGE_MAX_PAIRS = 500;

export const JudgeRunCreate = z.object({
  provider: text(64)
    .optional()
    .describe('A chat provider from GET /v1/judge/status; defaults to the default provider if it can judge'),
  model: text(128).optional().describe("Defaults to the provider's first model"),
  contentType: ContentType.optional().describe('Only pairs of briefs of this content type'),
  language: Language.optional().describe('Only pairs of briefs in this language'),
  maxPairs: z
    .number()
    .int()
    .min(1)
    .max(JUDGE_MAX_PAIRS)
    .default(50)
    .describe('Pairs to judge, each with two calls; pairs people already rated come first'),
});
export type JudgeRunCreate = z.infer<typeof JudgeRunCreate>;
export type JudgeRunCreateInput = z.input<typeof JudgeRunCreate>;

export const JudgeRunState = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type JudgeRunState = z.infer<typeof JudgeRunState>;
export const isJudgeRunActive = (state: JudgeRunState): boolean => state === 'queued' || state === 'running';

export const JudgeRun = z.object({
  id: Id,
  provider: z.string(),
  model: z.string(),
  contentType: ContentType.nullable(),
  language: Language.nullable(),
  state: JudgeRunState,
  attempts: z.number().int().min(0),
  pairs: z.object({
    planned: z.number().int().describe('Pairs chosen when the run was created'),
    judged: z.number().int().describe('Pairs this run stored a verdict for'),
    consistent: z.number().int().describe('Both orders gave the same outcome: that outcome counts'),
    inconsistent: z.number().int().describe('The two orders disagreed: counted as a tie'),
    malformed: z.number().int().describe('An answer was not the JSON asked for: kept, but not counted'),
  }),
  usage: TokenUsage,
  costUsd: z.number().min(0),
  error: JobError.nullable(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
});
export type JudgeRun = z.infer<typeof JudgeRun>;

export const JudgeRunPage = page(JudgeRun);

export const JudgeStatus = z.object({
  available: z.boolean(),
  reason: z.string().nullable().describe('Why the judge cannot run, and what to configure; null when it can'),
  providers: z
    .array(ProviderInfo)
    .describe('Chat providers that can judge; the rule-based template engine never can'),
});
export type JudgeStatus = z.infer<typeof JudgeStatus>;

export const JudgeAgreementQuery = z.object({
  contentType: ContentType.optional(),
  language: Language.optional(),
});
export type JudgeAgreementQuery = z.infer<typeof JudgeAgreementQuery>;

const Share = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

/** How one judge (provider and model) agrees with itself and with people. */
export const JudgeAgreement = z.object({
  provider: z.string(),
  model: z.string(),
  verdicts: z.number().int().describe('Verdicts with both answers well formed'),
  consistency: Share.nullable().describe(
    'Share of those verdicts where both orders gave the same outcome, with its Wilson 95% interval',
  ),
  firstShownShare: Share.nullable().describe(
    'Of the single answers that picked a winner, the share that picked the draft shown first (0.5: no position bias)',
  ),
  pairs: z
    .number()
    .int()
    .describe(
      'Pairs with both a verdict and a strict majority of blind human votes (both-bad counts as a tie)',
    ),
  agreed: z.number().int(),
  agreement: Share.nullable().describe('agreed / pairs with its Wilson 95% interval; null without pairs'),
  kappa: z
    .number()
    .nullable()
    .describe("Cohen's κ over the outcomes (first better, second better, neither); null when undefined"),
});
export type JudgeAgreement = z.infer<typeof JudgeAgreement>;

export const JudgeAgreementReport = z.object({ items: z.array(JudgeAgreement) });
export type JudgeAgreementReport = z.infer<typeof JudgeAgreementReport>;
