import { describe, expect, it } from 'vitest';
import { bradleyTerry } from './bradley-terry.js';
import { bootstrapLengthControlled } from './bootstrap-length-controlled.js';
import { type LengthVote, lengthControlledBradleyTerry } from './length-controlled.js';
import { sigmoid } from './logistic.js';
import { seededRandom } from './random.js';
import { competitorId, normal, shuffled } from './testing/simulate.js';

/**
 * Votes where raters reward length on top of quality: P(left wins) = σ(θa − θb + β·ln(ℓa/ℓb)). The weaker
 * a competitor, the longer it writes (median length 300·e^(−1.5·θ)), so the plain rating credits the
 * weak ones with the length bonus.
 */
function lengthBiasedVotes(
  theta: readonly number[],
  beta: number,
  count: number,
  seed: number,
): LengthVote[] {
  const random = seededRandom(seed);
  const votes: LengthVote[] = [];
  const length = (i: number) => 300 * Math.exp(-1.5 * (theta[i] as number) + 0.3 * normal(random));
  for (let v = 0; v < count; v++) {
    const a = Math.floor(random() * theta.length);
    let b = Math.floor(random() * (theta.length - 1));
    if (b >= a) b++;
    const lengthA = length(a);
    const lengthB = length(b);
    const p = sigmoid((theta[a] as number) - (theta[b] as number) + beta * Math.log(lengthA / lengthB));
    const u = random();
    const outcome = u < 0.1 ? 'tie' : u < 0.1 + 0.9 * p ? 'a' : 'b';
    votes.push({
      a: competitorId(a),
      b: competitorId(b),
      outcome: outcome === 'tie' ? (random() < 0.5 ? 'tie' : 'both_bad') : outcome,
      lengthA,
      lengthB,
    });
  }
  return votes;
}

const order = (scores: readonly { id: string; score: number }[]) =>
  [...scores].sort((x, y) => y.score - x.score).map((entry) => entry.id);

describe('lengthControlledBradleyTerry', () => {
  it('recovers true strengths when raters favour longer drafts, where the plain rating is biased', () => {
    const theta = [0.6, 0.3, 0, -0.3, -0.6];
    const truthOrder = ['c0', 'c1', 'c2', 'c3', 'c4'];
    const votes = lengthBiasedVotes(theta, 1, 6000, 17);
    const plain = bradleyTerry(votes);
    const controlled = lengthControlledBradleyTerry(votes);
    expect(controlled.converged).toBe(true);
    // The length bonus (β·1.5·Δθ) outweighs the quality gap: the plain order is reversed.
    expect(order(plain.scores)).toEqual([...truthOrder].reverse());
    expect(order(controlled.scores)).toEqual(truthOrder);
    expect(controlled.beta).toBeGreaterThan(0.85);
    expect(controlled.beta).toBeLessThan(1.15);
    // Ties are drawn at a fixed rate here, which shrinks fitted strengths by ≈ 10%: compare within 0.15.
    controlled.scores.forEach((entry, i) =>
      expect(Math.abs(entry.score - (theta[i] as number))).toBeLessThan(0.15),
    );
  });

  it('reduces to the plain rating when all drafts have the same length', () => {
    const votes = lengthBiasedVotes([0.5, 0, -0.5], 0, 600, 4).map((vote) => ({
      ...vote,
      lengthA: 200,
      lengthB: 200,
    }));
    const plain = bradleyTerry(votes);
    const controlled = lengthControlledBradleyTerry(votes);
    expect(controlled.beta).toBe(0);
    controlled.scores.forEach((entry, i) =>
      expect(entry.score).toBeCloseTo(plain.scores[i]?.score as number, 9),
    );
  });

  it('learns the length effect from votes between two drafts of the same competitor', () => {
    const votes: LengthVote[] = [
      ...Array.from({ length: 6 }, (): LengthVote => ({
        a: 'aigc',
        b: 'aigc',
        outcome: 'a',
        lengthA: 400,
        lengthB: 200,
      })),
      ...Array.from({ length: 2 }, (): LengthVote => ({
        a: 'aigc',
        b: 'aigc',
        outcome: 'b',
        lengthA: 400,
        lengthB: 200,
      })),
      { a: 'aigc', b: 'pgc', outcome: 'a', lengthA: 300, lengthB: 300 },
      { a: 'pgc', b: 'aigc', outcome: 'a', lengthA: 300, lengthB: 300 },
    ];
    const result = lengthControlledBradleyTerry(votes, { ridge: 0 });
    // The longer draft (ratio 2) won 6 of 8: σ(β·ln 2) = 3/4 ⇒ β = ln 3 / ln 2; the equal-length split is even.
    expect(result.beta).toBeCloseTo(Math.log(3) / Math.log(2), 8);
    for (const entry of result.scores) expect(entry.score).toBeCloseTo(0, 8);
  });

  it('rejects non-positive lengths', () => {
    expect(() =>
      lengthControlledBradleyTerry([{ a: 'x', b: 'y', outcome: 'a', lengthA: 0, lengthB: 10 }]),
    ).toThrow(RangeError);
  });
});

describe('bootstrapLengthControlled', () => {
  it('ranks by length-controlled strength and gives β an interval that excludes 0 when length matters', () => {
    const theta = [0.6, 0.3, 0, -0.3, -0.6];
    const votes = lengthBiasedVotes(theta, 1, 3000, 23);
    const board = bootstrapLengthControlled(votes, { seed: 5 });
    expect(board.competitors.map((entry) => entry.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(board.competitors[0]?.rank).toBe(1);
    expect(board.competitors[4]?.rank).toBeGreaterThan(2);
    expect(board.betaLower).toBeGreaterThan(0.5);
    expect(board.betaUpper).toBeLessThan(1.5);
    expect(board.betaLower).toBeLessThan(board.beta);
    expect(board.betaUpper).toBeGreaterThan(board.beta);
    const reordered = bootstrapLengthControlled(shuffled(votes, seededRandom(2)), { seed: 5 });
    expect(reordered.betaLower).toBeCloseTo(board.betaLower, 10);
    expect(reordered.competitors[2]?.upper).toBeCloseTo(board.competitors[2]?.upper as number, 10);
  });

  it('finds no length effect when raters ignore length', () => {
    const board = bootstrapLengthControlled(lengthBiasedVotes([0.4, 0, -0.4], 0, 1500, 8), { seed: 1 });
    expect(board.betaLower).toBeLessThan(0);
    expect(board.betaUpper).toBeGreaterThan(0);
  });
});
