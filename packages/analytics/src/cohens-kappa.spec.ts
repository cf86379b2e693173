import { describe, expect, it } from 'vitest';
import { cohensKappa } from './cohens-kappa.js';

const repeat = <T>(times: number, pair: readonly [T, T]) => Array.from({ length: times }, () => pair);

describe('cohensKappa', () => {
  it('matches the worked example of 50 items rated yes/no (pₒ = 0.7, pₑ = 0.5, κ = 0.4)', () => {
    const ratings = [
      ...repeat(20, ['yes', 'yes'] as const),
      ...repeat(5, ['yes', 'no'] as const),
      ...repeat(10, ['no', 'yes'] as const),
      ...repeat(15, ['no', 'no'] as const),
    ];
    expect(cohensKappa(ratings)).toBeCloseTo(0.4, 12);
  });

  it('matches a three-category table computed by hand', () => {
    // pₒ = 6/10; the raters' shares of a, b, c are 0.4/0.3/0.3 and 0.3/0.5/0.2, so
    // pₑ = 0.12 + 0.15 + 0.06 = 0.33 and κ = 0.27 / 0.67.
    const ratings = [
      ...repeat(2, ['a', 'a'] as const),
      ...repeat(1, ['a', 'b'] as const),
      ...repeat(1, ['a', 'c'] as const),
      ...repeat(3, ['b', 'b'] as const),
      ...repeat(1, ['c', 'a'] as const),
      ...repeat(1, ['c', 'c'] as const),
      ...repeat(1, ['c', 'b'] as const),
    ];
    expect(cohensKappa(ratings)).toBeCloseTo(0.27 / 0.67, 12);
  });

  it('is 1 for perfect agreement, negative below chance, and null when undefined', () => {
    expect(cohensKappa([['a', 'a'] as const, ['b', 'b'] as const])).toBe(1);
    expect(cohensKappa([['a', 'b'] as const, ['b', 'a'] as const])).toBe(-1);
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa(repeat(4, ['tie', 'tie'] as const))).toBeNull();
  });
});
