import { type Judgement } from './krippendorff.js';
import { majority } from './majority.js';
import { quantileSorted } from './quantile.js';
import { type Outcome } from './votes.js';
import { type ProportionInterval, wilsonInterval } from './wilson.js';

/** One rater's vote on a pair of drafts; `a` and `b` are draft ids in the order this rater saw them. */
export interface RatedPair {
  readonly rater: string;
  readonly a: string;
  readonly b: string;
  readonly outcome: Outcome;
}

/** An outcome relative to the pair's drafts in sorted id order, so that raters shown A|B and B|A compare. */
export type CanonicalOutcome = 'first' | 'second' | 'tie' | 'both_bad';

/**
 * The vote as a judgement on the unordered pair: the unit is the pair of draft ids in sorted order, the
 * value names the winner by its place in that order. The shown order is randomised per rater (DESIGN §5),
 * so "a" from one rater and "b" from another can be the same verdict.
 */
export function canonicalJudgement(pair: RatedPair): Judgement<CanonicalOutcome> {
  const swapped = pair.b < pair.a;
  const unit = JSON.stringify(swapped ? [pair.b, pair.a] : [pair.a, pair.b]);
  const value: CanonicalOutcome =
    pair.outcome === 'a'
      ? swapped
        ? 'second'
        : 'first'
      : pair.outcome === 'b'
        ? swapped
          ? 'first'
          : 'second'
        : pair.outcome;
  return { unit, rater: pair.rater, value };
}

export interface RaterAgreementOptions {
  /** Items with a consensus of the others a rater needs before being judged; default 10. */
  readonly minItems?: number;
  /** Eligible raters needed to estimate quartiles at all; default 4. */
  readonly minRaters?: number;
  /** Tukey's fence multiplier; default 1.5. */
  readonly fenceMultiplier?: number;
  /**
   * A flagged rater must also be this far below Q1 (default 0.05). When most raters agree on everything the
   * IQR is 0 and Tukey's fence equals Q1, so one honest disagreement would otherwise flag a rater.
   */
  readonly minGap?: number;
}

export interface RaterAgreement {
  readonly rater: string;
  /** Items this rater voted on where the other raters had a strict majority verdict. */
  readonly items: number;
  readonly agreed: number;
  /** agreed / items with its Wilson interval; null without items. */
  readonly agreement: ProportionInterval | null;
  /** items ≥ minItems: enough evidence to take part in the outlier rule. */
  readonly eligible: boolean;
  readonly flagged: boolean;
}

export interface RaterAgreementReport {
  /** In ascending rater order. */
  readonly raters: readonly RaterAgreement[];
  /** Quartiles of the eligible raters' agreement and the flagging threshold; null with too few raters. */
  readonly q1: number | null;
  readonly q3: number | null;
  readonly threshold: number | null;
}

/**
 * Agreement of each rater with the consensus of the others, and the raters whose agreement is an outlier
 * (DESIGN §5, integrity). For each pair a rater voted on, the consensus is the verdict a strict majority of
 * the other raters of that pair gave (ties, both-bad and the two winners are four distinct verdicts); pairs
 * where the others have no strict majority, or where nobody else voted, are skipped — there is nothing to
 * agree with. Leaving the rater out of their own consensus keeps a bad rater from pulling it their way.
 *
 * Rule: among raters with at least `minItems` such pairs (and only if there are `minRaters` of them), a
 * rater is flagged when their agreement is below Q1 − 1.5·IQR (Tukey's lower fence over the eligible
 * raters' agreements, type-7 quartiles) and also at least `minGap` below Q1. Relative rather than a fixed
 * cut-off because how often careful raters agree depends on how close the drafts are, which differs by
 * brief and content type. A flag is a prompt to review the rater's votes, not proof of bad faith.
 */
export function raterAgreement(
  pairs: readonly RatedPair[],
  options: RaterAgreementOptions = {},
): RaterAgreementReport {
  const { minItems = 10, minRaters = 4, fenceMultiplier = 1.5, minGap = 0.05 } = options;
  const units = new Map<string, Map<string, CanonicalOutcome>>();
  for (const pair of pairs) {
    const { unit, rater, value } = canonicalJudgement(pair);
    const verdicts = units.get(unit) ?? new Map<string, CanonicalOutcome>();
    if (verdicts.has(rater)) throw new RangeError(`rater ${rater} voted on pair ${unit} more than once`);
    verdicts.set(rater, value);
    units.set(unit, verdicts);
  }
  const tally = new Map<string, { items: number; agreed: number }>();
  for (const verdicts of units.values()) {
    for (const [rater, own] of verdicts) {
      const entry = tally.get(rater) ?? { items: 0, agreed: 0 };
      tally.set(rater, entry);
      const consensus = majority(
        [...verdicts].filter(([other]) => other !== rater).map(([, value]) => value),
      );
      if (consensus === null) continue;
      entry.items += 1;
      if (own === consensus) entry.agreed += 1;
    }
  }
  const raters = [...tally.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const eligibleShares = raters
    .map((rater) => tally.get(rater) as { items: number; agreed: number })
    .filter((entry) => entry.items >= minItems)
    .map((entry) => entry.agreed / entry.items)
    .sort((x, y) => x - y);
  const enough = eligibleShares.length >= minRaters;
  const q1 = enough ? quantileSorted(eligibleShares, 0.25) : null;
  const q3 = enough ? quantileSorted(eligibleShares, 0.75) : null;
  const threshold =
    q1 !== null && q3 !== null ? Math.min(q1 - fenceMultiplier * (q3 - q1), q1 - minGap) : null;
  return {
    raters: raters.map((rater) => {
      const { items, agreed } = tally.get(rater) as { items: number; agreed: number };
      const eligible = items >= minItems;
      return {
        rater,
        items,
        agreed,
        agreement: wilsonInterval(agreed, items),
        eligible,
        flagged: eligible && threshold !== null && agreed / items < threshold,
      };
    }),
    q1,
    q3,
    threshold,
  };
}
