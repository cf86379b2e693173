import { describe, expect, it } from 'vitest';
import { ranksFromIntervals } from './rank.js';

describe('ranksFromIntervals', () => {
  it('ranks 1 + the number of competitors whose lower bound is above this upper bound', () => {
    // A [10, 12] and B [9, 11] overlap; C [5, 8.5] lies below both; D [8, 9.5] overlaps B and C but is
    // below A's lower bound; E [1, 2] lies below everything.
    const ranks = ranksFromIntervals([
      { lower: 10, upper: 12 },
      { lower: 9, upper: 11 },
      { lower: 5, upper: 8.5 },
      { lower: 8, upper: 9.5 },
      { lower: 1, upper: 2 },
    ]);
    expect(ranks).toEqual([1, 1, 3, 2, 5]);
  });

  it('treats touching bounds as overlapping', () => {
    expect(
      ranksFromIntervals([
        { lower: 2, upper: 3 },
        { lower: 1, upper: 2 },
      ]),
    ).toEqual([1, 1]);
  });

  it('ranks only within a group', () => {
    const ranks = ranksFromIntervals([
      { lower: 10, upper: 12, group: 0 },
      { lower: 1, upper: 2, group: 0 },
      { lower: -5, upper: -4, group: 1 },
      { lower: -9, upper: -8, group: 1 },
    ]);
    expect(ranks).toEqual([1, 2, 1, 2]);
  });
});
