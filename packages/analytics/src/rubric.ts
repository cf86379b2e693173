import { studentTCritical } from './distributions.js';

/** One rubric score (1–5 in DESIGN §5) given to a competitor's draft on one criterion. */
export interface RubricScore {
  readonly competitor: string;
  readonly criterion: string;
  readonly score: number;
}

export interface RubricMean {
  readonly competitor: string;
  readonly criterion: string;
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); null for a single score. */
  readonly sd: number | null;
  /** Student-t interval of the mean; null for a single score, where no spread can be estimated. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * Mean rubric score per competitor and criterion with a Student-t interval (mean ± t·sd/√n). The t interval
 * rather than a bootstrap: it is deterministic, exact for normal scores and close for bounded 1–5 scores
 * from a few dozen ratings, and unlike a bootstrap it does not collapse to a point when a handful of scores
 * happen to agree. It treats scores as independent; scores of one draft by k raters are correlated, so with
 * few drafts the interval is optimistic. Sorted by competitor, then criterion.
 */
export function rubricMeans(scores: readonly RubricScore[], confidence = 0.95): RubricMean[] {
  // Welford's running mean and sum of squared deviations: one pass, no cancellation.
  const cells = new Map<
    string,
    { competitor: string; criterion: string; n: number; mean: number; m2: number }
  >();
  for (const { competitor, criterion, score } of scores) {
    if (!Number.isFinite(score)) throw new RangeError(`rubric score must be a finite number, got ${score}`);
    const key = JSON.stringify([competitor, criterion]);
    const cell = cells.get(key) ?? { competitor, criterion, n: 0, mean: 0, m2: 0 };
    cell.n += 1;
    const delta = score - cell.mean;
    cell.mean += delta / cell.n;
    cell.m2 += delta * (score - cell.mean);
    cells.set(key, cell);
  }
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...cells.values()]
    .sort((x, y) => compare(x.competitor, y.competitor) || compare(x.criterion, y.criterion))
    .map(({ competitor, criterion, n, mean, m2 }) => {
      if (n < 2) return { competitor, criterion, n, mean, sd: null, lower: null, upper: null };
      const sd = Math.sqrt(m2 / (n - 1));
      const halfWidth = (studentTCritical(n - 1, confidence) * sd) / Math.sqrt(n);
      return { competitor, criterion, n, mean, sd, lower: mean - halfWidth, upper: mean + halfWidth };
    });
}
