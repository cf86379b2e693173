/**
 * Quantiles of the standard normal and Student t distributions, the two the interval formulas need. Written
 * here rather than imported: the package takes no numeric dependency for two functions.
 */

// Acklam's rational approximation of the normal quantile (relative error < 1.2e-9), in three regions.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

const at = (coefficients: readonly number[], i: number) => coefficients[i] as number;

/** The p-quantile of N(0, 1), 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be within (0, 1), got ${p}`);
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return tail(q);
  }
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  const numerator =
    ((((at(A, 0) * r + at(A, 1)) * r + at(A, 2)) * r + at(A, 3)) * r + at(A, 4)) * r + at(A, 5);
  const denominator = ((((at(B, 0) * r + at(B, 1)) * r + at(B, 2)) * r + at(B, 3)) * r + at(B, 4)) * r + 1;
  return (numerator * q) / denominator;
}

function tail(q: number): number {
  const numerator =
    ((((at(C, 0) * q + at(C, 1)) * q + at(C, 2)) * q + at(C, 3)) * q + at(C, 4)) * q + at(C, 5);
  const denominator = (((at(D, 0) * q + at(D, 1)) * q + at(D, 2)) * q + at(D, 3)) * q + 1;
  return numerator / denominator;
}

// Above this many degrees of freedom the exact finite series below gets long; the Cornish–Fisher expansion
// in 1/df is then accurate to ~1e-9 (checked against the series in the spec).
const SERIES_MAX_DF = 200;

/**
 * The two-sided critical value of Student's t with `df` degrees of freedom: the t with P(|T| ≤ t) =
 * `confidence` (2.228 for df 10 at 95%). Integer df use the exact finite series for the t distribution
 * (Abramowitz & Stegun 26.7.3–4), inverted by bisection on the angle θ = atan(t/√df), where it is monotone.
 */
export function studentTCritical(df: number, confidence: number): number {
  if (!(Number.isInteger(df) && df >= 1)) throw new RangeError(`df must be a positive integer, got ${df}`);
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be within (0, 1), got ${confidence}`);
  }
  if (df > SERIES_MAX_DF) return cornishFisherT(df, normalQuantile((1 + confidence) / 2));
  let low = 0;
  let high = Math.PI / 2;
  for (let i = 0; i < 100 && high - low > 1e-15; i++) {
    const mid = (low + high) / 2;
    if (centralProbability(mid, df) < confidence) low = mid;
    else high = mid;
  }
  return Math.sqrt(df) * Math.tan((low + high) / 2);
}

/** P(|T| ≤ √df·tan θ) for integer df (A&S 26.7.3 for odd df, 26.7.4 for even). */
function centralProbability(theta: number, df: number): number {
  const sin = Math.sin(theta);
  const cos = Math.cos(theta);
  const cos2 = cos * cos;
  if (df % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let j = 2; j <= df - 2; j += 2) {
      term *= (cos2 * (j - 1)) / j;
      sum += term;
    }
    return sin * sum;
  }
  if (df === 1) return (2 * theta) / Math.PI;
  let term = cos;
  let sum = cos;
  for (let j = 3; j <= df - 2; j += 2) {
    term *= (cos2 * (j - 1)) / j;
    sum += term;
  }
  return (2 / Math.PI) * (theta + sin * sum);
}

/** A&S 26.7.5: the t quantile as a series in 1/df around the normal quantile z. */
export function cornishFisherT(df: number, z: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
