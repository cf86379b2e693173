/**
 * The p-quantile of an ascending-sorted sample by linear interpolation between order statistics (Hyndman &
 * Fan type 7, the default of R and NumPy), so bootstrap percentiles and quartiles match what an analyst
 * re-running the numbers in R or NumPy gets. NaN for an empty sample.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] as number;
  return low + (position - below) * ((sorted[above] as number) - low);
}
