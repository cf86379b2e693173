import { cohensKappa } from './cohens-kappa.js';
import { majority } from './majority.js';
import { type Outcome } from './votes.js';
import { type ProportionInterval, wilsonInterval } from './wilson.js';

/**
 * One pair of drafts with both kinds of judgement, every outcome in the pair's one canonical order
 * (`a` is the same draft for the people and the judge).
 */
export interface JudgedPair {
  /** The blind human votes on the pair. */
  readonly human: readonly Outcome[];
  /** The AI judge's combined verdict. */
  readonly judge: Outcome;
}

export interface JudgeHumanAgreement {
  /** Pairs where the people had a strict majority: the only ones there is something to agree with. */
  readonly pairs: number;
  readonly agreed: number;
  /** agreed / pairs with its Wilson interval; null without pairs. */
  readonly agreement: ProportionInterval | null;
  /** Cohen's κ between the human majority and the judge; null when undefined. */
  readonly kappa: number | null;
}

/** Both-bad counts as a tie, as on the leaderboard: neither draft was preferred. */
type Preference = 'a' | 'b' | 'neither';
const preference = (outcome: Outcome): Preference =>
  outcome === 'a' || outcome === 'b' ? outcome : 'neither';

/**
 * How often the AI judge agrees with the people. Per pair, the people's verdict is the preference a strict
 * majority of its blind votes gave (pairs without one are skipped, as in the rater-agreement audit);
 * agreement is the share of pairs where the judge's verdict names the same preference, and Cohen's κ
 * corrects it for chance — a judge that calls every pair a tie agrees often where people mostly tie.
 */
export function judgeHumanAgreement(pairs: readonly JudgedPair[], confidence = 0.95): JudgeHumanAgreement {
  const compared: [Preference, Preference][] = [];
  for (const pair of pairs) {
    const people = majority(pair.human.map(preference));
    if (people !== null) compared.push([people, preference(pair.judge)]);
  }
  const agreed = compared.filter(([people, judge]) => people === judge).length;
  return {
    pairs: compared.length,
    agreed,
    agreement: wilsonInterval(agreed, compared.length, confidence),
    kappa: cohensKappa(compared),
  };
}
