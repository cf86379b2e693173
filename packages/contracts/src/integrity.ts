import { z } from 'zod';
import { Id } from './common.js';
import { DraftOrigin } from './drafts.js';

const Share = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

/** The rating audit for leads (DESIGN §5 "Integrity"). Computed over blind votes only. */
export const RatingIntegrity = z.object({
  blindVotes: z.number().int(),
  raters: z.array(
    z.object({
      raterId: Id,
      name: z.string(),
      votes: z.number().int(),
      items: z.number().int().describe('Votes on pairs where the other raters had a strict majority'),
      agreement: Share.nullable().describe('Share of those items where this rater agreed with that majority'),
      flagged: z.boolean().describe('Agreement is an outlier below the other raters (Tukey fence)'),
    }),
  ),
  agreementThreshold: z.number().nullable(),
  positionBias: z.object({ decisive: z.number().int(), leftShare: Share.nullable(), biased: z.boolean() }),
  krippendorffAlpha: z.object({
    outcomes: z.number().nullable().describe('Nominal α over the verdicts on each pair'),
    rubric: z.number().nullable().describe('Ordinal α over the 1–5 scores of each draft and criterion'),
  }),
  originRevealingDrafts: z.array(z.object({ draftId: Id, briefId: Id, origin: DraftOrigin })),
});
export type RatingIntegrity = z.infer<typeof RatingIntegrity>;
