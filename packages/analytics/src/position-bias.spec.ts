import { describe, expect, it } from 'vitest';
import { positionBias } from './position-bias.js';
import { seededRandom } from './random.js';
import { simulateVotes } from './testing/simulate.js';
import { type Outcome, type Vote } from './votes.js';

const votesWith = (counts: Partial<Record<Outcome, number>>): Vote[] =>
  Object.entries(counts).flatMap(([outcome, count]) =>
    Array.from({ length: count }, (): Vote => ({ a: 'x', b: 'y', outcome: outcome as Outcome })),
  );

describe('positionBias', () => {
  it('reports the share of left wins among decisive votes with its Wilson interval', () => {
    // 81 left wins of 263 decisive votes: Wilson 95% interval (0.2553, 0.3662) per Newcombe (1998).
    const audit = positionBias(votesWith({ a: 81, b: 182, tie: 30, both_bad: 7 }));
    expect(audit).toMatchObject({
      decisive: 263,
      leftWins: 81,
      rightWins: 182,
      ties: 30,
      bothBad: 7,
      biased: true,
    });
    expect(audit.leftShare?.share).toBeCloseTo(81 / 263, 12);
    expect(audit.leftShare?.lower).toBeCloseTo(0.2553, 4);
    expect(audit.leftShare?.upper).toBeCloseTo(0.3662, 4);
  });

  it('does not flag a balanced split, and flags a left bias in simulated votes', () => {
    expect(positionBias(votesWith({ a: 52, b: 48, tie: 10 })).biased).toBe(false);
    const fair = positionBias(simulateVotes([0.5, 0, -0.5], 2000, seededRandom(1)));
    expect(fair.biased).toBe(false);
    const leaning = positionBias(simulateVotes([0.5, 0, -0.5], 2000, seededRandom(1), { leftBias: 0.3 }));
    expect(leaning.biased).toBe(true);
    expect(leaning.leftShare?.lower).toBeGreaterThan(0.5);
  });

  it('has no share without decisive votes', () => {
    expect(positionBias(votesWith({ tie: 3 }))).toMatchObject({
      decisive: 0,
      leftShare: null,
      biased: false,
    });
  });
});
