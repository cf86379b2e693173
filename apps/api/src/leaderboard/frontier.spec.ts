import { describe, expect, it } from 'vitest';
import { onFrontier } from './frontier.js';

describe('cost–quality frontier', () => {
  it('keeps the points nothing dominates', () => {
    const points = [
      { cost: 0.001, quality: 1000 }, // cheap AI: on
      { cost: 30, quality: 1100 }, // expensive, best: on
      { cost: 40, quality: 1050 }, // dearer and worse than the best: off
      { cost: 2, quality: 1080 }, // AI-assisted: on
      { cost: null, quality: 1200 }, // unknown cost: off
    ];
    expect(onFrontier(points)).toEqual([true, true, false, true, false]);
  });

  it('treats exact duplicates as both on the frontier', () => {
    expect(
      onFrontier([
        { cost: 1, quality: 1 },
        { cost: 1, quality: 1 },
      ]),
    ).toEqual([true, true]);
  });
});
