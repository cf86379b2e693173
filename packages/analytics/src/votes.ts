/** A rater's verdict on a side-by-side pair (DESIGN §5): left better, right better, tie, or both bad. */
export type Outcome = 'a' | 'b' | 'tie' | 'both_bad';

/**
 * One blind vote between two competitors: `a` was shown on the left, `b` on the right. `count` (a positive
 * integer, default 1) lets a caller pass aggregated votes — one entry per (a, b, outcome) with how many
 * times it happened; every function gives the same result for aggregated votes as for the same votes one by
 * one (exactly for counts and tallies, up to floating-point rounding for fitted scores).
 */
export interface Vote {
  readonly a: string;
  readonly b: string;
  readonly outcome: Outcome;
  readonly count?: number;
}

/** How many votes `vote` stands for: its `count`, default 1; throws unless a positive safe integer. */
export function voteCount(vote: Vote): number {
  const count = vote.count ?? 1;
  if (!(Number.isSafeInteger(count) && count >= 1)) {
    throw new RangeError(`vote count must be a positive integer, got ${count}`);
  }
  return count;
}

/** The number of votes in `votes`, counting each entry `count` times. */
export function totalVotes(votes: readonly Vote[]): number {
  let total = 0;
  for (const vote of votes) total += voteCount(vote);
  return total;
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

/**
 * Votes encoded once as typed arrays over competitor indices, so fits and resamples never touch strings.
 * Votes are pooled into cells — one per distinct (left, right, outcome), at most k·(k − 1)·4 — with the
 * number of votes in each, so the encoding does not depend on whether votes were passed one by one or
 * aggregated (see Vote.count), nor on their order.
 */
export interface IndexedVotes {
  /** Competitor ids in ascending code-unit order: indices never depend on the order of the votes. */
  readonly ids: readonly string[];
  /** Per cell, in ascending (left, right, outcome) order. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** The left competitor's points (see leftPoints). */
  readonly points: Float64Array;
  readonly outcome: Uint8Array;
  /** Votes in the cell (≥ 1). */
  readonly count: Float64Array;
  /** Votes counted: the sum of `count`. */
  readonly votes: number;
  /** Votes with the same competitor on both sides, left out (see indexVotes). */
  readonly selfVotes: number;
}

export const OUTCOME_CODES: Readonly<Record<Outcome, number>> = { a: 0, b: 1, tie: 2, both_bad: 3 };

const OUTCOMES: readonly Outcome[] = ['a', 'b', 'tie', 'both_bad'];

/**
 * Encodes votes for the rating models. A vote with the same competitor on both sides carries no
 * information about relative strength (it happens when competitors are origins and two AI drafts meet) and
 * is skipped; the count is returned so a report can say so. Such votes still count for the position-bias
 * audit, which works on the raw votes.
 */
export function indexVotes(votes: readonly Vote[]): IndexedVotes {
  // One pass over the votes, the only one that reads strings: competitors are numbered as they first appear,
  // then renumbered in id order below, so a million votes cost one map lookup per side.
  const firstSeen = new Map<string, number>();
  const numberOf = (id: string) => {
    let i = firstSeen.get(id);
    if (i === undefined) firstSeen.set(id, (i = firstSeen.size));
    return i;
  };
  const seenLeft = new Int32Array(votes.length);
  const seenRight = new Int32Array(votes.length);
  const codes = new Uint8Array(votes.length);
  const times = new Float64Array(votes.length);
  let kept = 0;
  let selfVotes = 0;
  for (const vote of votes) {
    const count = voteCount(vote);
    leftPoints(vote.outcome); // rejects unknown outcomes
    if (vote.a === vote.b) {
      selfVotes += count;
      continue;
    }
    seenLeft[kept] = numberOf(vote.a);
    seenRight[kept] = numberOf(vote.b);
    codes[kept] = OUTCOME_CODES[vote.outcome];
    times[kept++] = count;
  }
  const ids = [...firstSeen.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const k = ids.length;
  const rank = new Int32Array(k);
  ids.forEach((id, i) => (rank[firstSeen.get(id) as number] = i));
  // Pool by cell key ((left·k + right)·4 + outcome) and list the cells in ascending key order: the
  // bootstrap draws cell counts in this order, so intervals — not only point scores — are the same for any
  // order of the same votes and for aggregated votes.
  const pooled = new Map<number, number>();
  for (let v = 0; v < kept; v++) {
    const pair = (rank[seenLeft[v] as number] as number) * k + (rank[seenRight[v] as number] as number);
    const key = pair * 4 + (codes[v] as number);
    pooled.set(key, (pooled.get(key) ?? 0) + (times[v] as number));
  }
  const keys = [...pooled.keys()].sort((x, y) => x - y);
  const cells = keys.length;
  const left = new Int32Array(cells);
  const right = new Int32Array(cells);
  const points = new Float64Array(cells);
  const outcome = new Uint8Array(cells);
  const count = new Float64Array(cells);
  let total = 0;
  keys.forEach((key, c) => {
    const code = key % 4;
    const pair = (key - code) / 4;
    left[c] = Math.floor(pair / k);
    right[c] = pair % k;
    outcome[c] = code;
    points[c] = leftPoints(OUTCOMES[code] as Outcome);
    count[c] = pooled.get(key) as number;
    total += count[c] as number;
  });
  return { ids, left, right, points, outcome, count, votes: total, selfVotes };
}
