import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.js';

describe('wilsonInterval', () => {
  it('matches the score intervals published by Newcombe (1998), Table I', () => {
    const check = (x: number, n: number, lower: number, upper: number) => {
      const interval = wilsonInterval(x, n);
      expect(interval?.lower).toBeCloseTo(lower, 4);
      expect(interval?.upper).toBeCloseTo(upper, 4);
    };
    check(81, 263, 0.2553, 0.3662);
    check(15, 148, 0.0624, 0.1605);
    check(0, 20, 0, 0.1611);
    check(1, 29, 0.0061, 0.1718);
  });

  it('is null without observations and stays inside [0, 1]', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const all = wilsonInterval(10, 10);
    expect(all?.upper).toBe(1);
    expect(all?.lower).toBeGreaterThan(0.69);
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });
});
