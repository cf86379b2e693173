import { Inject, Injectable } from '@nestjs/common';
import { type RatingIntegrity } from '@draftbench/contracts';
import {
  canonicalJudgement,
  krippendorffAlpha,
  positionBias,
  raterAgreement,
  reliabilityMatrix,
  type Judgement,
} from '@draftbench/analytics';
import { drafts, users, votes, type Database } from '@draftbench/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

const share = (s: { share: number; lower: number; upper: number } | null) =>
  s ? { estimate: s.share, lower: s.lower, upper: s.upper } : null;

/** The rating audit: agreement outliers, position bias, Krippendorff's α, drafts that give away their origin. */
@Injectable()
export class IntegrityService {
  constructor(@Inject(DB) private readonly db: Database) {}

  async report(): Promise<RatingIntegrity> {
    const blind = await this.db
      .select()
      .from(votes)
      .where(eq(votes.blind, true))
      .orderBy(asc(votes.createdAt), asc(votes.id));
    const pairs = blind.map((v) => ({
      rater: v.raterId,
      a: v.leftDraftId,
      b: v.rightDraftId,
      outcome: v.outcome,
    }));
    const agreement = raterAgreement(pairs);
    const bias = positionBias(pairs);

    const outcomes = reliabilityMatrix(pairs.map(canonicalJudgement));
    // A rater scores the same draft again whenever it comes up in another pair; α takes one value per rater
    // and unit, so the latest score stands.
    const rubricJudgements = new Map<string, Judgement<number>>();
    for (const v of blind) {
      for (const [criterion, { left, right }] of Object.entries(v.rubric)) {
        for (const [draftId, value] of [
          [v.leftDraftId, left],
          [v.rightDraftId, right],
        ] as const) {
          const unit = `${draftId}:${criterion}`;
          rubricJudgements.set(`${unit}|${v.raterId}`, { unit, rater: v.raterId, value });
        }
      }
    }
    const rubric = reliabilityMatrix([...rubricJudgements.values()]);

    const raterIds = agreement.raters.map((r) => r.rater);
    const names = new Map(
      (raterIds.length ? await this.db.select().from(users).where(inArray(users.id, raterIds)) : []).map(
        (u) => [u.id, u.displayName],
      ),
    );
    const votesBy = new Map<string, number>();
    for (const v of blind) votesBy.set(v.raterId, (votesBy.get(v.raterId) ?? 0) + 1);
    const leaking = await this.db
      .select({ draftId: drafts.id, briefId: drafts.briefId, origin: drafts.origin })
      .from(drafts)
      .where(eq(drafts.revealsOrigin, true));

    return {
      blindVotes: blind.length,
      raters: agreement.raters.map((r) => ({
        raterId: r.rater,
        name: names.get(r.rater) ?? r.rater,
        votes: votesBy.get(r.rater) ?? 0,
        items: r.items,
        agreement: share(r.agreement),
        flagged: r.flagged,
      })),
      agreementThreshold: agreement.threshold,
      positionBias: { decisive: bias.decisive, leftShare: share(bias.leftShare), biased: bias.biased },
      krippendorffAlpha: {
        outcomes: krippendorffAlpha(outcomes.data, 'nominal').alpha,
        rubric: krippendorffAlpha(rubric.data, 'ordinal').alpha,
      },
      originRevealingDrafts: leaking,
    };
  }
}
