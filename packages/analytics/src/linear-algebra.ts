/**
 * Solves A·x = b for a symmetric positive-definite n×n matrix A (row-major) by Cholesky decomposition, the
 * cheapest stable solver for the Newton systems of the rating models. `factor` is scratch space of n·n.
 * Returns false when A is not numerically positive definite, so the caller can damp and retry.
 */
export function solveSpd(
  a: Float64Array,
  n: number,
  b: Float64Array,
  x: Float64Array,
  factor: Float64Array,
): boolean {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j] as number;
      for (let m = 0; m < j; m++) sum -= (factor[i * n + m] as number) * (factor[j * n + m] as number);
      if (i === j) {
        if (!(sum > 1e-300)) return false;
        factor[i * n + i] = Math.sqrt(sum);
      } else {
        factor[i * n + j] = sum / (factor[j * n + j] as number);
      }
    }
  }
  // Forward substitution L·y = b, then back substitution Lᵀ·x = y (y stored in x).
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let m = 0; m < i; m++) sum -= (factor[i * n + m] as number) * (x[m] as number);
    x[i] = sum / (factor[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i] as number;
    for (let m = i + 1; m < n; m++) sum -= (factor[m * n + i] as number) * (x[m] as number);
    x[i] = sum / (factor[i * n + i] as number);
  }
  return true;
}
