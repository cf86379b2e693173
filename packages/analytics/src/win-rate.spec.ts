import { describe, expect, it } from 'vitest';
import { winRateMatrix } from './win-rate.js';
import { type Vote } from './votes.js';

describe('winRateMatrix', () => {
  it('counts games and points per pair with ties and both-bad as half a win', () => {
    const votes: Vote[] = [
      { a: 'B', b: 'A', outcome: 'b' },
      { a: 'A', b: 'B', outcome: 'tie' },
      { a: 'A', b: 'B', outcome: 'both_bad' },
      { a: 'A', b: 'B', outcome: 'b' },
      { a: 'C', b: 'A', outcome: 'a' },
      { a: 'C', b: 'C', outcome: 'a' },
    ];
    const matrix = winRateMatrix(votes);
    expect(matrix.ids).toEqual(['A', 'B', 'C']);
    expect(matrix.games).toEqual([
      [0, 4, 1],
      [4, 0, 0],
      [1, 0, 0],
    ]);
    expect(matrix.points).toEqual([
      [0, 2, 0],
      [2, 0, 0],
      [1, 0, 0],
    ]);
    expect(matrix.bothBad[0]).toEqual([0, 1, 0]);
    expect(matrix.rate).toEqual([
      [null, 0.5, 0],
      [0.5, null, null],
      [1, null, null],
    ]);
  });
});
