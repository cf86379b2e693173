import { z } from 'zod';
import { ContentType, Language, Timestamp } from './common.js';
import { DraftOrigin } from './drafts.js';
import { RaterGroup } from './judge.js';

export const LeaderboardQuery = z.object({
  competitor: z
    .enum(['origin', 'model'])
    .default('origin')
    .describe('origin: the four ways of producing; model: AIGC split by provider/model/prompt template'),
  raterGroup: RaterGroup.default('human'),
  contentType: ContentType.optional(),
  language: Language.optional(),
  from: Timestamp.optional().describe('Votes (or verdicts) cast at or after this time'),
  to: Timestamp.optional().describe('Votes (or verdicts) cast before this time'),
  lengthControl: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe(
      'Add draft length as a covariate, so a preference for longer texts does not decide the ranking',
    ),
});
export type LeaderboardQueryInput = z.input<typeof LeaderboardQuery>;
export type LeaderboardQuery = z.infer<typeof LeaderboardQuery>;

const Interval = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

export const LeaderboardEntry = z.object({
  id: z.string(),
  origin: DraftOrigin,
  provider: z.string().nullable(),
  model: z.string().nullable(),
  promptTemplate: z.string().nullable(),
  rank: z.number().int().min(1).describe('1 + competitors whose lower bound is above this upper bound'),
  score: Interval.describe('Bradley–Terry log-strength with its 95% bootstrap interval'),
  elo: Interval.describe('The same on an Elo-like scale (400/ln10 · θ + 1000)'),
  votes: z.number().int(),
  wins: z.number().int(),
  losses: z.number().int(),
  ties: z.number().int(),
  bothBad: z.number().int(),
  winRate: z.number(),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntry>;

export const Leaderboard = z.object({
  competitor: z.enum(['origin', 'model']),
  raterGroup: RaterGroup,
  entries: z.array(LeaderboardEntry),
  votes: z.number().int().describe('Blind votes (human) or well-formed verdicts (judge) counted'),
  lengthEffect: Interval.nullable().describe(
    'With lengthControl: β, the log-odds a draft gains per unit of log length ratio (0 in the interval: no length preference)',
  ),
  resamples: z.number().int(),
  positionBias: z.object({
    decisive: z.number().int(),
    leftShare: Interval.nullable(),
    biased: z.boolean(),
  }),
});
export type Leaderboard = z.infer<typeof Leaderboard>;
