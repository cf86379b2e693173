/** A rater's verdict on a side-by-side pair (DESIGN §5): left better, right better, tie, or both bad. */
export type Outcome = 'a' | 'b' | 'tie' | 'both_bad';

/** One blind vote between two competitors: `a` was shown on the left, `b` on the right. */
export interface Vote {
  readonly a: string;
  readonly b: string;
  readonly outcome: Outcome;
}

/**
 * The points the left competitor earns: 1 for a win, 0 for a loss, and half each for a tie and for
 * both-bad. DESIGN §5 counts both-bad as a tie for the rating (neither draft was preferred) and reports it
 * separately, because "both bad" says something about quality that a tie does not.
 */
export function leftPoints(outcome: Outcome): number {
  switch (outcome) {
    case 'a':
      return 1;
    case 'b':
      return 0;
    case 'tie':
    case 'both_bad':
      return 0.5;
    default:
      throw new RangeError(`unknown outcome ${JSON.stringify(outcome)}`);
  }
}

/** Votes encoded once as typed arrays over competitor indices, so fits and resamples never touch strings. */
export interface IndexedVotes {
  /** Competitor ids in ascending code-unit order: indices never depend on the order of the votes. */
  readonly ids: readonly string[];
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** The left competitor's points (see leftPoints). */
  readonly points: Float64Array;
  readonly outcome: Uint8Array;
  /** Votes with the same competitor on both sides, left out (see indexVotes). */
  readonly selfVotes: number;
}

export const OUTCOME_CODES: Readonly<Record<Outcome, number>> = { a: 0, b: 1, tie: 2, both_bad: 3 };

/**
 * Encodes votes for the rating models. A vote with the same competitor on both sides carries no
 * information about relative strength (it happens when competitors are origins and two AI drafts meet) and
 * is skipped; the count is returned so a report can say so. Such votes still count for the position-bias
 * audit, which works on the raw votes.
 */
export function indexVotes(votes: readonly Vote[]): IndexedVotes {
  const counted = votes.filter((vote) => vote.a !== vote.b);
  const ids = [...new Set(counted.flatMap((vote) => [vote.a, vote.b]))].sort((x, y) =>
    x < y ? -1 : x > y ? 1 : 0,
  );
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = counted.length;
  // Canonical order (left, right, outcome): the resamples the bootstrap draws by position are then the same
  // for any order of the same votes, so intervals — not only point scores — are order-invariant.
  const k = ids.length;
  const keys = counted.map(
    (vote) =>
      ((index.get(vote.a) as number) * k + (index.get(vote.b) as number)) * 4 + OUTCOME_CODES[vote.outcome],
  );
  const order = keys.map((_, v) => v).sort((x, y) => (keys[x] as number) - (keys[y] as number));
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  const points = new Float64Array(n);
  const outcome = new Uint8Array(n);
  order.forEach((original, v) => {
    const vote = counted[original] as Vote;
    left[v] = index.get(vote.a) as number;
    right[v] = index.get(vote.b) as number;
    points[v] = leftPoints(vote.outcome);
    outcome[v] = OUTCOME_CODES[vote.outcome];
  });
  return { ids, left, right, points, outcome, selfVotes: votes.length - n };
}
