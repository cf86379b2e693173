/** σ(x) = 1 / (1 + e^−x), written so that neither branch overflows for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * successes·log(1 + e^−x) + failures·log(1 + e^x): the negative log-likelihood of those outcomes at logit x,
 * without overflow. Both terms share log(1 + e^−|x|), so one exp and one log1p serve the two (the fits
 * evaluate this for every pair at every line-search step).
 */
export function logisticLoss(successes: number, failures: number, x: number): number {
  const shared = Math.log1p(Math.exp(-Math.abs(x)));
  return successes * (x < 0 ? shared - x : shared) + failures * (x > 0 ? x + shared : shared);
}
