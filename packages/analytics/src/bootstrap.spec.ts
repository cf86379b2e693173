import { describe, expect, it } from 'vitest';
import { bootstrapBradleyTerry } from './bootstrap.js';
import { seededRandom } from './random.js';
import { competitorId, shuffled, simulateVotes } from './testing/simulate.js';
import { type Vote } from './votes.js';

describe('bootstrapBradleyTerry', () => {
  it('covers the true strengths with its 95% intervals in at least 90% of 200 simulated data sets', () => {
    // Five competitors, 500 votes a data set (≈ 50 per pair), 200 resamples each: 40,200 fits in all.
    const theta = [-0.9, -0.3, 0, 0.4, 0.8];
    const mean = theta.reduce((sum, value) => sum + value, 0) / theta.length;
    const truth = new Map(theta.map((value, i) => [competitorId(i), value - mean]));
    const dataSets = 200;
    const covered = new Map(theta.map((_, i) => [competitorId(i), 0]));
    let widthSum = 0;
    const random = seededRandom(2024);
    const started = performance.now();
    for (let d = 0; d < dataSets; d++) {
      const board = bootstrapBradleyTerry(simulateVotes(theta, 500, random), { seed: d + 1 });
      for (const entry of board.competitors) {
        const value = truth.get(entry.id) as number;
        if (entry.lower <= value && value <= entry.upper)
          covered.set(entry.id, (covered.get(entry.id) ?? 0) + 1);
        widthSum += entry.upper - entry.lower;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `coverage: ${dataSets} data sets × 200 resamples in ${seconds.toFixed(2)} s`,
      Object.fromEntries(covered),
    );
    // Pooled over the 5 × 200 intervals (binomial s.d. ≈ 0.8% around the nominal 95%); each competitor on
    // its own (s.d. ≈ 1.7%) must not fall far below, so one broken competitor cannot hide in the pool.
    // Measured with other simulation seeds: pooled 0.93–0.95, per competitor 0.89–0.98.
    const hits = [...covered.values()];
    expect(hits.reduce((sum, value) => sum + value, 0) / (dataSets * theta.length)).toBeGreaterThanOrEqual(
      0.9,
    );
    for (const count of hits) expect(count / dataSets).toBeGreaterThanOrEqual(0.85);
    // Coverage alone would reward uselessly wide intervals: ≈ 50 votes a pair give a standard error of
    // about 0.13 on θ, so a 95% interval should be ≈ 0.5 wide.
    const meanWidth = widthSum / (dataSets * theta.length);
    expect(meanWidth).toBeGreaterThan(0.3);
    expect(meanWidth).toBeLessThan(0.8);
  }, 60_000);

  it('recovers the order and separates well-spaced competitors by rank', () => {
    const theta = [1.5, 0.5, -0.5, -1.5];
    const board = bootstrapBradleyTerry(simulateVotes(theta, 2000, seededRandom(5)), { seed: 3 });
    expect(board.competitors.map((entry) => entry.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(board.competitors.map((entry) => entry.rank)).toEqual([1, 2, 3, 4]);
    for (const entry of board.competitors) {
      expect(entry.lower).toBeLessThan(entry.score);
      expect(entry.upper).toBeGreaterThan(entry.score);
      expect(entry.eloLower).toBeCloseTo(1000 + (400 / Math.LN10) * entry.lower, 9);
    }
    expect(board.converged).toBe(true);
    expect(board.unconvergedResamples).toBe(0);
  });

  it('gives competitors with overlapping intervals a shared rank', () => {
    const board = bootstrapBradleyTerry(simulateVotes([0.05, 0, -2], 600, seededRandom(8)), { seed: 2 });
    expect(board.competitors.map((entry) => entry.rank)).toEqual([1, 1, 3]);
  });

  it('is reproducible from the seed and invariant to the order of the votes', () => {
    const votes = simulateVotes([0.6, 0.1, -0.2, -0.5], 400, seededRandom(21));
    const reference = bootstrapBradleyTerry(votes, { seed: 42 });
    expect(bootstrapBradleyTerry(votes, { seed: 42 })).toEqual(reference);
    const reordered = bootstrapBradleyTerry(shuffled(votes, seededRandom(1)), { seed: 42 });
    reordered.competitors.forEach((entry, i) => {
      const expected = reference.competitors[i];
      expect(entry.id).toBe(expected?.id);
      expect(entry.score).toBeCloseTo(expected?.score as number, 12);
      expect(entry.lower).toBeCloseTo(expected?.lower as number, 12);
      expect(entry.upper).toBeCloseTo(expected?.upper as number, 12);
    });
    const otherSeed = bootstrapBradleyTerry(votes, { seed: 43 });
    expect(otherSeed.competitors[0]?.score).toBe(reference.competitors[0]?.score);
    expect(otherSeed.competitors[0]?.lower).not.toBe(reference.competitors[0]?.lower);
  });

  it('counts ties and both-bad as half wins and reports both-bad on its own', () => {
    const votes: Vote[] = [
      { a: 'pgc', b: 'aigc', outcome: 'a' },
      { a: 'pgc', b: 'aigc', outcome: 'tie' },
      { a: 'aigc', b: 'pgc', outcome: 'both_bad' },
      { a: 'aigc', b: 'pgc', outcome: 'both_bad' },
      { a: 'aigc', b: 'ugc', outcome: 'a' },
      { a: 'ugc', b: 'aigc', outcome: 'b' },
      { a: 'aigc', b: 'aigc', outcome: 'a' },
    ];
    const board = bootstrapBradleyTerry(votes);
    const pgc = board.competitors.find((entry) => entry.id === 'pgc');
    const aigc = board.competitors.find((entry) => entry.id === 'aigc');
    expect(pgc).toMatchObject({
      votes: 4,
      wins: 1,
      losses: 0,
      ties: 1,
      bothBad: 2,
      bothBadShare: 0.5,
      winRate: 2.5 / 4,
    });
    expect(aigc).toMatchObject({
      votes: 6,
      wins: 2,
      losses: 1,
      ties: 1,
      bothBad: 2,
      bothBadShare: 2 / 6,
      winRate: 3.5 / 6,
    });
    expect(board.selfVotes).toBe(1);
    expect(board.votes).toBe(6);
  });

  it('returns an empty leaderboard without votes', () => {
    expect(bootstrapBradleyTerry([])).toMatchObject({ competitors: [], votes: 0, components: 0 });
  });

  it('refuses fewer than 200 resamples', () => {
    const votes: Vote[] = [{ a: 'x', b: 'y', outcome: 'a' }];
    expect(() => bootstrapBradleyTerry(votes, { resamples: 100 })).toThrow(RangeError);
    expect(bootstrapBradleyTerry(votes, { resamples: 250 }).resamples).toBe(250);
  });
});
