import { describe, expect, it } from 'vitest';
import { bootstrapBradleyTerry } from './bootstrap.js';
import { bootstrapLengthControlled } from './bootstrap-length-controlled.js';
import { bothBadReport } from './both-bad.js';
import { bradleyTerry } from './bradley-terry.js';
import { type LengthVote, lengthControlledBradleyTerry } from './length-controlled.js';
import { positionBias } from './position-bias.js';
import { seededRandom } from './random.js';
import { competitorTallies } from './tallies.js';
import { shuffled, simulateVotes } from './testing/simulate.js';
import { type Vote, indexVotes, totalVotes } from './votes.js';
import { winRateMatrix } from './win-rate.js';

/**
 * Pools identical votes into one entry with a count, in random order, and splits some pools in two so that
 * a mix of aggregated entries (including count 1) is tested, not only one entry per cell.
 */
function aggregated<T extends Vote>(votes: readonly T[], key: (vote: T) => string, seed: number): T[] {
  const pools = new Map<string, { vote: T; count: number }>();
  for (const vote of votes) {
    const entry = pools.get(key(vote));
    if (entry === undefined) pools.set(key(vote), { vote, count: vote.count ?? 1 });
    else entry.count += vote.count ?? 1;
  }
  const random = seededRandom(seed);
  const out: T[] = [];
  for (const { vote, count } of pools.values()) {
    if (count > 1 && random() < 0.3) {
      const first = 1 + Math.floor(random() * (count - 1));
      out.push({ ...vote, count: first }, { ...vote, count: count - first });
    } else {
      out.push({ ...vote, count });
    }
  }
  return shuffled(out, random);
}

const voteKey = (vote: Vote) => `${vote.a}\u0000${vote.b}\u0000${vote.outcome}`;

describe('Vote.count', () => {
  // Self-votes included: they are counted (with their count) where the raw votes are used and left out of
  // the rating.
  const votes: Vote[] = [
    ...simulateVotes([0.7, 0.2, 0, -0.4, -0.8], 3000, seededRandom(31)),
    ...Array.from({ length: 7 }, (): Vote => ({ a: 'c1', b: 'c1', outcome: 'both_bad' })),
    ...Array.from({ length: 3 }, (): Vote => ({ a: 'c2', b: 'c2', outcome: 'a' })),
  ];
  const pooled = aggregated(votes, voteKey, 4);

  it('is really aggregated in the test data', () => {
    expect(pooled.length).toBeLessThan(130);
    expect(totalVotes(pooled)).toBe(votes.length);
  });

  it('encodes aggregated votes exactly as the same votes one by one', () => {
    const one = indexVotes(votes);
    expect(indexVotes(pooled)).toEqual(one);
    expect(one.votes).toBe(3000);
    expect(one.selfVotes).toBe(10);
    expect(one.left.length).toBeLessThanOrEqual(5 * 4 * 4);
  });

  it('gives the same Bradley–Terry scores and bootstrap leaderboard', () => {
    const scores = bradleyTerry(pooled).scores;
    bradleyTerry(votes).scores.forEach((entry, i) => {
      expect(scores[i]?.id).toBe(entry.id);
      expect(scores[i]?.score).toBeCloseTo(entry.score, 12);
    });
    const board = bootstrapBradleyTerry(pooled, { seed: 9 });
    const reference = bootstrapBradleyTerry(votes, { seed: 9 });
    expect(board.votes).toBe(3000);
    expect(board.selfVotes).toBe(10);
    board.competitors.forEach((entry, i) => {
      const expected = reference.competitors[i];
      expect(entry).toMatchObject({
        id: expected?.id,
        rank: expected?.rank,
        votes: expected?.votes,
        wins: expected?.wins,
        losses: expected?.losses,
        ties: expected?.ties,
        bothBad: expected?.bothBad,
      });
      expect(entry.score).toBeCloseTo(expected?.score as number, 12);
      expect(entry.lower).toBeCloseTo(expected?.lower as number, 12);
      expect(entry.upper).toBeCloseTo(expected?.upper as number, 12);
    });
  });

  it('gives exactly the same tallies, win-rate matrix, both-bad report and position-bias audit', () => {
    expect(competitorTallies(pooled)).toEqual(competitorTallies(votes));
    expect(winRateMatrix(pooled)).toEqual(winRateMatrix(votes));
    expect(bothBadReport(pooled)).toEqual(bothBadReport(votes));
    expect(positionBias(pooled)).toEqual(positionBias(votes));
    expect(positionBias(pooled).decisive + positionBias(pooled).ties + positionBias(pooled).bothBad).toBe(
      3010,
    );
  });

  it('weights length-controlled votes by their count', () => {
    // Lengths from a small set so that identical votes (same sides, lengths and outcome) occur.
    const random = seededRandom(17);
    const lengths = [200, 300, 450];
    const lengthVotes: LengthVote[] = simulateVotes([0.5, 0, -0.5], 1500, random).map((vote) => ({
      ...vote,
      lengthA: lengths[Math.floor(random() * 3)] as number,
      lengthB: lengths[Math.floor(random() * 3)] as number,
    }));
    const lengthPooled = aggregated(
      lengthVotes,
      (vote) => `${voteKey(vote)}\u0000${vote.lengthA}\u0000${vote.lengthB}`,
      6,
    );
    expect(lengthPooled.length).toBeLessThan(300);
    const one = lengthControlledBradleyTerry(lengthVotes);
    const many = lengthControlledBradleyTerry(lengthPooled);
    expect(many.beta).toBeCloseTo(one.beta, 10);
    many.scores.forEach((entry, i) => expect(entry.score).toBeCloseTo(one.scores[i]?.score as number, 10));
    const board = bootstrapLengthControlled(lengthPooled, { seed: 3 });
    const reference = bootstrapLengthControlled(lengthVotes, { seed: 3 });
    expect(board.betaLower).toBeCloseTo(reference.betaLower, 10);
    expect(board.betaUpper).toBeCloseTo(reference.betaUpper, 10);
    board.competitors.forEach((entry, i) => {
      expect(entry.id).toBe(reference.competitors[i]?.id);
      expect(entry.lower).toBeCloseTo(reference.competitors[i]?.lower as number, 10);
      expect(entry.upper).toBeCloseTo(reference.competitors[i]?.upper as number, 10);
    });
  });

  it('rejects counts that are not positive integers', () => {
    for (const count of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const bad: Vote[] = [{ a: 'x', b: 'y', outcome: 'a', count }];
      expect(() => bradleyTerry(bad)).toThrow(RangeError);
      expect(() => positionBias(bad)).toThrow(RangeError);
      expect(() => bothBadReport(bad)).toThrow(RangeError);
    }
  });
});
