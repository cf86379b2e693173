import { describe, expect, it } from 'vitest';
import { cornishFisherT, normalQuantile, studentTCritical } from './distributions.js';

describe('normalQuantile', () => {
  it('matches table values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
  });
});

describe('studentTCritical', () => {
  it('matches t-table two-sided critical values', () => {
    expect(studentTCritical(1, 0.95)).toBeCloseTo(12.7062, 4);
    expect(studentTCritical(2, 0.95)).toBeCloseTo(4.3027, 4);
    expect(studentTCritical(3, 0.95)).toBeCloseTo(3.1824, 4);
    expect(studentTCritical(10, 0.95)).toBeCloseTo(2.2281, 4);
    expect(studentTCritical(30, 0.95)).toBeCloseTo(2.0423, 4);
    expect(studentTCritical(5, 0.99)).toBeCloseTo(4.0321, 4);
    expect(studentTCritical(120, 0.95)).toBeCloseTo(1.9799, 4);
    expect(studentTCritical(1000, 0.95)).toBeCloseTo(1.9623, 4);
  });

  it('hands over from the exact series to the Cornish–Fisher expansion without a jump', () => {
    const z = normalQuantile(0.975);
    for (const df of [150, 200]) expect(cornishFisherT(df, z)).toBeCloseTo(studentTCritical(df, 0.95), 8);
    expect(studentTCritical(201, 0.95)).toBeLessThan(studentTCritical(200, 0.95));
  });
});
