import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { BINOMIAL_INVERSION_MAX_MEAN, binomial, multinomial } from './resampling.js';

/** P(Binomial(n, p) ≤ x), summed from the log-pmf. */
function binomialCdf(n: number, p: number, x: number): number {
  let logF = n * Math.log1p(-p);
  let total = Math.exp(logF);
  for (let j = 0; j < x; j++) {
    logF += Math.log((n - j) / (j + 1)) + Math.log(p / (1 - p));
    total += Math.exp(logF);
  }
  return total;
}

describe('binomial', () => {
  // Both regimes (exact inversion below n·p = 30, corrected normal above) and the p > ½ reflection.
  it.each([
    [40, 0.2],
    [1_000_000, 1e-5],
    [1_000_000, 1e-4],
    [500, 0.1],
    [200, 0.5],
    [1000, 0.97],
  ])('matches the mean, variance and CDF of Binomial(%i, %f)', (n, p) => {
    const random = seededRandom(11);
    const draws = 200_000;
    const values = new Float64Array(draws);
    for (let d = 0; d < draws; d++) values[d] = binomial(n, p, random);
    const mean = values.reduce((sum, value) => sum + value, 0) / draws;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (draws - 1);
    const expectedVariance = n * p * (1 - p);
    // Standard errors: √(σ²/draws) for the mean; the variance's relative s.e. is ≈ √(2/draws) = 0.3%.
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(expectedVariance / draws));
    expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.02);
    expect(values.every((value) => Number.isInteger(value) && value >= 0 && value <= n)).toBe(true);
    // Empirical CDF at the mean and one s.d. either side: s.e. ≤ 0.0012, approximation error < 0.0005.
    for (const offset of [-1, 0, 1]) {
      const x = Math.floor(n * p + offset * Math.sqrt(expectedVariance));
      const empirical = values.filter((value) => value <= x).length / draws;
      expect(Math.abs(empirical - binomialCdf(n, p, x))).toBeLessThan(0.006);
    }
  });

  it('handles the edges and is a pure function of the generator state', () => {
    const random = seededRandom(3);
    expect(binomial(0, 0.4, random)).toBe(0);
    expect(binomial(10, 0, random)).toBe(0);
    expect(binomial(10, 1, random)).toBe(10);
    const first = Array.from({ length: 50 }, () => binomial(10_000, 0.3, seededRandom(9)));
    expect(new Set(first).size).toBe(1);
    expect(BINOMIAL_INVERSION_MAX_MEAN).toBe(30);
  });
});

describe('multinomial', () => {
  it('draws counts that sum to n with the expected means, and leaves zero-weight-left cells empty', () => {
    const weights = [3, 0, 1, 6, 90];
    const total = 100;
    const out = new Float64Array(weights.length);
    const random = seededRandom(5);
    const sums = new Float64Array(weights.length);
    const resamples = 20_000;
    const n = 1000;
    for (let r = 0; r < resamples; r++) {
      multinomial(n, weights, random, out);
      expect(out.reduce((sum, value) => sum + value, 0)).toBe(n);
      expect(out[1]).toBe(0);
      out.forEach((value, c) => (sums[c]! += value));
    }
    weights.forEach((weight, c) => {
      const p = weight / total;
      const se = Math.sqrt((n * p * (1 - p)) / resamples);
      expect(Math.abs((sums[c] as number) / resamples - n * p)).toBeLessThanOrEqual(5 * se + 1e-12);
    });
  });

  it('matches the variance of resampling votes one by one', () => {
    // 1,000 votes in 4 cells; a bootstrap count has variance n·p·(1 − p) whichever way it is drawn.
    const weights = [500, 300, 150, 50];
    const out = new Float64Array(4);
    const random = seededRandom(8);
    const draws = 20_000;
    const values = weights.map(() => new Float64Array(draws));
    for (let r = 0; r < draws; r++) {
      multinomial(1000, weights, random, out);
      out.forEach((value, c) => ((values[c] as Float64Array)[r] = value));
    }
    weights.forEach((weight, c) => {
      const column = values[c] as Float64Array;
      const mean = column.reduce((sum, value) => sum + value, 0) / draws;
      const variance = column.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (draws - 1);
      const p = weight / 1000;
      expect(Math.abs(variance / (1000 * p * (1 - p)) - 1)).toBeLessThan(0.05);
    });
  });
});
