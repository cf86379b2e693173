import { OUTCOME_CODES, type Vote, indexVotes } from './votes.js';

export interface WinRateMatrix {
  /** Competitor ids in ascending order; rows and columns of every matrix follow it. */
  readonly ids: readonly string[];
  /** games[i][j]: counted votes between i and j, in either position (symmetric). */
  readonly games: readonly (readonly number[])[];
  /** points[i][j]: points i earned against j — a win 1, a tie or both-bad ½. */
  readonly points: readonly (readonly number[])[];
  /** bothBad[i][j]: votes between i and j that found both drafts bad (symmetric). */
  readonly bothBad: readonly (readonly number[])[];
  /** rate[i][j] = points[i][j] / games[i][j]; null where they never met, and on the diagonal. */
  readonly rate: readonly (readonly (number | null)[])[];
}

/**
 * The head-to-head table behind the leaderboard: how often each competitor beat each other one, with ties
 * and both-bad as half a win so that rate[i][j] + rate[j][i] = 1. It shows what the single BT score hides —
 * a competitor that beats most but loses to one — and lets a reader check the fit against raw data.
 */
export function winRateMatrix(votes: readonly Vote[]): WinRateMatrix {
  const indexed = indexVotes(votes);
  const k = indexed.ids.length;
  const square = () => Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const games = square();
  const points = square();
  const bothBad = square();
  for (let v = 0; v < indexed.left.length; v++) {
    const i = indexed.left[v] as number;
    const j = indexed.right[v] as number;
    const p = indexed.points[v] as number;
    const times = indexed.count[v] as number;
    add(games, i, j, times);
    add(games, j, i, times);
    add(points, i, j, times * p);
    add(points, j, i, times * (1 - p));
    if (indexed.outcome[v] === OUTCOME_CODES.both_bad) {
      add(bothBad, i, j, times);
      add(bothBad, j, i, times);
    }
  }
  const rate = games.map((row, i) =>
    row.map((count, j) => (i === j || count === 0 ? null : ((points[i] as number[])[j] as number) / count)),
  );
  return { ids: indexed.ids, games, points, bothBad, rate };
}

function add(matrix: number[][], i: number, j: number, value: number): void {
  const row = matrix[i] as number[];
  row[j] = (row[j] as number) + value;
}
