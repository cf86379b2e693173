import type { VoteOutcome } from '@draftbench/contracts';
import type { JudgeAnswer, MalformedAnswer } from './judge-answer.js';

export type VerdictStatus = 'consistent' | 'inconsistent' | 'malformed';

/** The verdict on a pair in its canonical order: `a` is the draft shown first in the first call. */
export interface CombinedVerdict {
  status: VerdictStatus;
  /** The agreed outcome; a tie when the two orders disagree; null when an answer was malformed. */
  outcome: VoteOutcome | null;
  /** Mean score per criterion of draft a and draft b, over the answers that scored both drafts. */
  rubric: Record<string, { a: number; b: number }>;
}

type Answer = JudgeAnswer | MalformedAnswer;

const SWAP: Record<VoteOutcome, VoteOutcome> = { a: 'b', b: 'a', tie: 'tie', both_bad: 'both_bad' };

/**
 * Combines the two calls on a pair: `ab` showed draft a first, `ba` showed draft b first. The second
 * answer is un-swapped; when both name the same outcome it stands, otherwise the judge's preference
 * followed the position rather than the text, and the pair counts as a tie.
 */
export function combineVerdict(ab: Answer, ba: Answer): CombinedVerdict {
  const rubric = meanRubric([
    ab.ok && ab.scores ? ab.scores : null,
    ba.ok && ba.scores ? { a: ba.scores.b, b: ba.scores.a } : null,
  ]);
  if (!ab.ok || !ba.ok) return { status: 'malformed', outcome: null, rubric };
  const second = SWAP[ba.winner];
  return ab.winner === second
    ? { status: 'consistent', outcome: ab.winner, rubric }
    : { status: 'inconsistent', outcome: 'tie', rubric };
}

function meanRubric(
  answers: ({ a: Record<string, number>; b: Record<string, number> } | null)[],
): Record<string, { a: number; b: number }> {
  const scored = answers.filter((s) => s !== null);
  const rubric: Record<string, { a: number; b: number }> = {};
  for (const criterion of Object.keys(scored[0]?.a ?? {})) {
    const mean = (side: 'a' | 'b') => scored.reduce((sum, s) => sum + s[side][criterion]!, 0) / scored.length;
    rubric[criterion] = { a: mean('a'), b: mean('b') };
  }
  return rubric;
}
