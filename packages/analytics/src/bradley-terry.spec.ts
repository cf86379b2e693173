import { describe, expect, it } from 'vitest';
import { bradleyTerry, fitBradleyTerry, fitCells, pairPoints, toElo } from './bradley-terry.js';
import { sigmoid } from './logistic.js';
import { seededRandom } from './random.js';
import { shuffled, simulateVotes } from './testing/simulate.js';
import { type Vote, indexVotes } from './votes.js';

const scoreOf = (result: ReturnType<typeof bradleyTerry>, id: string) =>
  result.scores.find((entry) => entry.id === id)?.score;

describe('bradleyTerry', () => {
  it('matches a small example solved by hand', () => {
    // A and B meet four times: A wins twice (once shown left, once right), one tie, B wins once:
    // A has 2.5 points of 4, B 1.5. B and C meet four times: B wins twice, C once, one both-bad:
    // B 2.5, C 1.5. A and C never meet, so the comparison graph is the tree A–B–C and each edge is
    // fitted on its own: σ(θA − θB) = 2.5/4 ⇒ θA − θB = ln(2.5/1.5) = ln(5/3), likewise θB − θC = ln(5/3).
    // Centred to mean 0: θ = (ln 5/3, 0, −ln 5/3); Elo = 1000 ± 400·log10(5/3) = 1000 ± 88.74.
    const votes: Vote[] = [
      { a: 'A', b: 'B', outcome: 'a' },
      { a: 'B', b: 'A', outcome: 'b' },
      { a: 'A', b: 'B', outcome: 'tie' },
      { a: 'A', b: 'B', outcome: 'b' },
      { a: 'B', b: 'C', outcome: 'a' },
      { a: 'C', b: 'B', outcome: 'b' },
      { a: 'C', b: 'B', outcome: 'a' },
      { a: 'B', b: 'C', outcome: 'both_bad' },
    ];
    const exact = bradleyTerry(votes, { ridge: 0 });
    expect(exact.converged).toBe(true);
    expect(exact.scores.map((entry) => entry.id)).toEqual(['A', 'B', 'C']);
    expect(scoreOf(exact, 'A')).toBeCloseTo(Math.log(5 / 3), 10);
    expect(scoreOf(exact, 'B')).toBeCloseTo(0, 10);
    expect(scoreOf(exact, 'C')).toBeCloseTo(-Math.log(5 / 3), 10);
    expect(exact.scores[0]?.elo).toBeCloseTo(1088.7395, 3);
    expect(exact.scores[2]?.elo).toBeCloseTo(911.2605, 3);
    // The default weak prior shrinks these estimates, backed by only 4 votes a pair, by about 1%.
    const shrunk = (scoreOf(bradleyTerry(votes), 'A') as number) / Math.log(5 / 3);
    expect(shrunk).toBeLessThan(1);
    expect(shrunk).toBeGreaterThan(0.98);
  });

  it('gives equal scores to a balanced cycle', () => {
    const votes: Vote[] = [
      ...['a', 'a', 'b'].map((outcome) => ({ a: 'X', b: 'Y', outcome }) as Vote),
      ...['a', 'a', 'b'].map((outcome) => ({ a: 'Y', b: 'Z', outcome }) as Vote),
      ...['a', 'a', 'b'].map((outcome) => ({ a: 'Z', b: 'X', outcome }) as Vote),
    ];
    for (const entry of bradleyTerry(votes, { ridge: 0 }).scores) expect(entry.score).toBeCloseTo(0, 10);
  });

  it('solves the likelihood equations: expected points equal observed points (ridge 0)', () => {
    const votes = simulateVotes([0.8, 0.1, -0.3, -0.6, 0], 400, seededRandom(7));
    const indexed = indexVotes(votes);
    const k = indexed.ids.length;
    const points = pairPoints(indexed);
    const fit = fitBradleyTerry(points, k, { ridge: 0 });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(15);
    for (let i = 0; i < k; i++) {
      let observed = 0;
      let expected = 0;
      for (let j = 0; j < k; j++) {
        const games = (points[i * k + j] as number) + (points[j * k + i] as number);
        observed += points[i * k + j] as number;
        expected += games * sigmoid((fit.theta[i] as number) - (fit.theta[j] as number));
      }
      expect(expected).toBeCloseTo(observed, 8);
    }
    expect(fit.theta.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 12);
  });

  it('counts a tie and a both-bad as half a win each', () => {
    const withTie = bradleyTerry(
      [
        { a: 'A', b: 'B', outcome: 'a' },
        { a: 'A', b: 'B', outcome: 'tie' },
      ],
      { ridge: 0 },
    );
    // A has 1.5 points of 2: σ(θA − θB) = 3/4 ⇒ θA − θB = ln 3.
    expect((scoreOf(withTie, 'A') as number) - (scoreOf(withTie, 'B') as number)).toBeCloseTo(
      Math.log(3),
      10,
    );
    const withBothBad = bradleyTerry(
      [
        { a: 'A', b: 'B', outcome: 'a' },
        { a: 'B', b: 'A', outcome: 'both_bad' },
      ],
      { ridge: 0 },
    );
    expect(withBothBad.scores).toEqual(withTie.scores);
  });

  it('recovers the order of known strengths from simulated votes', () => {
    const theta = [1.2, -0.9, 0.4, -0.2, 0.8, -1.3];
    const result = bradleyTerry(simulateVotes(theta, 3000, seededRandom(11)));
    const byScore = [...result.scores].sort((x, y) => y.score - x.score).map((entry) => entry.id);
    const byTruth = theta.map((value, i) => ({ id: `c${i}`, value })).sort((x, y) => y.value - x.value);
    expect(byScore).toEqual(byTruth.map((entry) => entry.id));
    const mean = theta.reduce((sum, value) => sum + value, 0) / theta.length;
    result.scores.forEach((entry) =>
      expect(Math.abs(entry.score - ((theta[Number(entry.id.slice(1))] as number) - mean))).toBeLessThan(0.2),
    );
  });

  it('does not depend on the order of the votes or on which side a competitor was shown', () => {
    const votes = simulateVotes([0.5, 0, -0.5, 0.2], 300, seededRandom(3));
    const reference = bradleyTerry(votes).scores;
    const random = seededRandom(99);
    for (let round = 0; round < 5; round++) {
      const shuffledScores = bradleyTerry(shuffled(votes, random)).scores;
      shuffledScores.forEach((entry, i) =>
        expect(entry.score).toBeCloseTo(reference[i]?.score as number, 12),
      );
    }
    const mirrored = votes.map((vote): Vote => ({
      a: vote.b,
      b: vote.a,
      outcome: vote.outcome === 'a' ? 'b' : vote.outcome === 'b' ? 'a' : vote.outcome,
    }));
    bradleyTerry(mirrored).scores.forEach((entry, i) =>
      expect(entry.score).toBeCloseTo(reference[i]?.score as number, 12),
    );
  });

  it('keeps a competitor that won every vote finite, and says the plain MLE does not converge', () => {
    const votes: Vote[] = [
      ...Array.from({ length: 10 }, (): Vote => ({ a: 'Top', b: 'Mid', outcome: 'a' })),
      ...Array.from({ length: 6 }, (_, i): Vote => ({ a: 'Mid', b: 'Low', outcome: i < 4 ? 'a' : 'b' })),
    ];
    const result = bradleyTerry(votes);
    expect(result.converged).toBe(true);
    const top = scoreOf(result, 'Top') as number;
    expect(Number.isFinite(top)).toBe(true);
    expect(top).toBeGreaterThan(3);
    expect(top).toBeLessThan(10);
    expect(bradleyTerry(votes, { ridge: 0, maxIterations: 50 }).converged).toBe(false);
  });

  it('centres each connected group on its own and labels the groups', () => {
    const votes: Vote[] = [
      { a: 'A', b: 'B', outcome: 'a' },
      { a: 'A', b: 'B', outcome: 'a' },
      { a: 'B', b: 'A', outcome: 'a' },
      { a: 'X', b: 'Y', outcome: 'b' },
      { a: 'X', b: 'Y', outcome: 'a' },
      { a: 'X', b: 'Y', outcome: 'b' },
      { a: 'Y', b: 'Z', outcome: 'tie' },
    ];
    const result = bradleyTerry(votes, { ridge: 0 });
    expect(result.components).toBe(2);
    const group = (id: string) => result.scores.find((entry) => entry.id === id)?.component;
    expect(group('A')).toBe(group('B'));
    expect(group('X')).toBe(group('Y'));
    expect(group('Y')).toBe(group('Z'));
    expect(group('A')).not.toBe(group('X'));
    expect(scoreOf(result, 'A')).toBeCloseTo(Math.log(2) / 2, 10);
    expect(
      (scoreOf(result, 'X') as number) + (scoreOf(result, 'Y') as number) + (scoreOf(result, 'Z') as number),
    ).toBeCloseTo(0, 10);
  });

  it('skips votes with the same competitor on both sides', () => {
    const result = bradleyTerry([
      { a: 'aigc', b: 'aigc', outcome: 'a' },
      { a: 'aigc', b: 'pgc', outcome: 'a' },
      { a: 'pgc', b: 'aigc', outcome: 'a' },
    ]);
    expect(result.selfVotes).toBe(1);
    expect(scoreOf(result, 'aigc')).toBeCloseTo(0, 10);
  });

  it('puts log-strengths on the Arena Elo scale: 400 points per factor 10 in odds', () => {
    expect(toElo(0)).toBe(1000);
    expect(toElo(Math.log(10))).toBeCloseTo(1400, 10);
    expect(toElo(-Math.log(10) / 2)).toBeCloseTo(800, 10);
  });
});

describe('fitCells', () => {
  it('pools votes the fit cannot tell apart, keeping the points table and the vote count', () => {
    const votes: Vote[] = [
      { a: 'x', b: 'y', outcome: 'a' },
      { a: 'y', b: 'x', outcome: 'b', count: 2 }, // x beats y from the other side
      { a: 'x', b: 'y', outcome: 'tie' },
      { a: 'y', b: 'x', outcome: 'both_bad' }, // half each, like the tie
      { a: 'y', b: 'z', outcome: 'a' },
      { a: 'z', b: 'x', outcome: 'tie', count: 3 },
    ];
    const indexed = indexVotes(votes);
    const cells = fitCells(indexed);
    expect(indexed.left.length).toBe(6);
    // x–y: x wins 3, half 2; x–z: half 3; y–z: y wins 1.
    expect([...cells.left]).toEqual([0, 0, 0, 1]);
    expect([...cells.right]).toEqual([1, 1, 2, 2]);
    expect([...cells.points]).toEqual([0.5, 1, 0.5, 1]);
    expect([...cells.count]).toEqual([2, 3, 3, 1]);
    expect(pairPoints(cells)).toEqual(pairPoints(indexed));
  });

  it('does not depend on the order of the votes', () => {
    const votes = simulateVotes([0.5, 0, -0.5], 300, seededRandom(3));
    expect(fitCells(indexVotes(shuffled(votes, seededRandom(9))))).toEqual(fitCells(indexVotes(votes)));
  });
});
