import { z } from 'zod';
import { ContentType, Language } from './common.js';
import { DraftOrigin } from './drafts.js';

export const EconomicsQuery = z.object({
  contentType: ContentType.optional(),
  language: Language.optional(),
});
export type EconomicsQuery = z.infer<typeof EconomicsQuery>;

/** What a draft of each origin costs and how long it takes, against the quality raters gave it. */
export const EconomicsRow = z.object({
  origin: DraftOrigin,
  drafts: z.number().int(),
  meanCostUsd: z.number().nullable().describe('Drafts without a known cost are left out of the mean'),
  meanHumanMinutes: z.number().nullable(),
  medianTurnaroundMinutes: z
    .number()
    .nullable()
    .describe(
      'AIGC: job queued → finished; PGC: assigned → approved; AI-assisted: the AI job plus the editing minutes',
    ),
  elo: z.number().nullable().describe('Leaderboard score of the origin (blind votes); null without votes'),
  rubricMean: z.number().nullable().describe('Mean of all rubric scores the origin’s drafts received'),
  onFrontier: z.boolean().describe('No other origin is both cheaper and better (by Elo)'),
});
export type EconomicsRow = z.infer<typeof EconomicsRow>;

export const Economics = z.object({ rows: z.array(EconomicsRow) });
export type Economics = z.infer<typeof Economics>;
