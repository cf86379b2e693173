export interface RankInterval {
  readonly lower: number;
  readonly upper: number;
  /** Competitors are only ranked against others of the same group (connected component); default one group. */
  readonly group?: number;
}

/**
 * DESIGN §5 / Chatbot Arena: rank = 1 + the number of competitors whose lower bound is above this one's
 * upper bound — i.e. that are better beyond the uncertainty. Competitors whose intervals overlap share a
 * rank, and ranks need not be consecutive (1, 1, 3): a rank claims only what the data support.
 */
export function ranksFromIntervals(intervals: readonly RankInterval[]): number[] {
  return intervals.map(
    (own) =>
      1 +
      intervals.filter((other) => (other.group ?? 0) === (own.group ?? 0) && other.lower > own.upper).length,
  );
}
