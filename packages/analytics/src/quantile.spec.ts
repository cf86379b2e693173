import { describe, expect, it } from 'vitest';
import { quantileSorted } from './quantile.js';

describe('quantileSorted', () => {
  it('interpolates between order statistics like R type 7 / NumPy', () => {
    const sorted = [1, 2, 3, 4, 10];
    expect(quantileSorted(sorted, 0)).toBe(1);
    expect(quantileSorted(sorted, 1)).toBe(10);
    expect(quantileSorted(sorted, 0.5)).toBe(3);
    expect(quantileSorted(sorted, 0.25)).toBe(2);
    expect(quantileSorted(sorted, 0.9)).toBeCloseTo(7.6, 12); // position 3.6: 4 + 0.6·6
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
