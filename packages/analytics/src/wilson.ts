import { normalQuantile } from './distributions.js';

export interface ProportionInterval {
  readonly share: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * The Wilson score interval for a binomial proportion. Chosen over the normal ("Wald") interval because it
 * stays inside [0, 1] and keeps close to its nominal coverage for small counts and shares near 0 or 1 —
 * both common here (a few dozen votes, a competitor that is rarely "both bad"). Null when n = 0.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ProportionInterval | null {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!(successes >= 0 && successes <= n)) throw new RangeError(`successes must be within [0, ${n}]`);
  if (n === 0) return null;
  const z = normalQuantile((1 + confidence) / 2);
  const z2 = z * z;
  const share = successes / n;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  // At 0 or n successes the bound is exactly 0 or 1; the formula would leave rounding residue there.
  const lower = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const upper = successes === n ? 1 : Math.min(1, centre + halfWidth);
  return { share, lower, upper };
}
