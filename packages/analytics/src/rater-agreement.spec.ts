import { describe, expect, it } from 'vitest';
import { type RatedPair, canonicalJudgement, raterAgreement } from './rater-agreement.js';
import { seededRandom } from './random.js';
import { type Outcome } from './votes.js';

const OUTCOMES: readonly Outcome[] = ['a', 'b', 'tie', 'both_bad'];

/**
 * 120 pairs of drafts, each voted on by 3 of 8 raters, shown in a random order. Raters r0–r6 give the
 * pair's true verdict 85% of the time; r7 votes at random.
 */
function simulatePanel(seed: number): RatedPair[] {
  const random = seededRandom(seed);
  const raters = Array.from({ length: 8 }, (_, i) => `r${i}`);
  const votes: RatedPair[] = [];
  for (let item = 0; item < 120; item++) {
    const [first, second] = [`d${item}x`, `d${item}y`];
    const truth = OUTCOMES[Math.floor(random() * 3)] as Outcome; // relative to first | second
    const panel = [...raters].sort(() => random() - 0.5).slice(0, 3);
    for (const rater of panel) {
      const careless = rater === 'r7' || random() > 0.85;
      const verdict = careless ? (OUTCOMES[Math.floor(random() * 4)] as Outcome) : truth;
      const swap = random() < 0.5;
      const shown = swap && verdict === 'a' ? 'b' : swap && verdict === 'b' ? 'a' : verdict;
      votes.push(
        swap
          ? { rater, a: second, b: first, outcome: shown }
          : { rater, a: first, b: second, outcome: shown },
      );
    }
  }
  return votes;
}

describe('canonicalJudgement', () => {
  it('gives the same value to the same verdict seen in either order', () => {
    const leftWins = canonicalJudgement({ rater: 'r1', a: 'd1', b: 'd2', outcome: 'a' });
    const rightWins = canonicalJudgement({ rater: 'r2', a: 'd2', b: 'd1', outcome: 'b' });
    expect(rightWins.unit).toBe(leftWins.unit);
    expect(rightWins.value).toBe(leftWins.value);
    expect(canonicalJudgement({ rater: 'r3', a: 'd2', b: 'd1', outcome: 'a' }).value).toBe('second');
    expect(canonicalJudgement({ rater: 'r3', a: 'd2', b: 'd1', outcome: 'both_bad' }).value).toBe('both_bad');
  });
});

describe('raterAgreement', () => {
  it('flags the rater who votes at random and nobody else', () => {
    const report = raterAgreement(simulatePanel(12));
    const flagged = report.raters.filter((entry) => entry.flagged).map((entry) => entry.rater);
    expect(flagged).toEqual(['r7']);
    for (const entry of report.raters) expect(entry.eligible).toBe(true);
    const random = report.raters.find((entry) => entry.rater === 'r7');
    expect(random?.agreement?.share).toBeLessThan(0.5);
    expect(report.threshold).not.toBeNull();
  });

  it('flags nobody when every rater is careful', () => {
    const votes = simulatePanel(3).filter((vote) => vote.rater !== 'r7');
    expect(raterAgreement(votes).raters.some((entry) => entry.flagged)).toBe(false);
  });

  it('counts agreement with the strict majority of the others only', () => {
    const votes: RatedPair[] = [
      // p1: others (r2, r3) agree on d1 ⇒ r1 agrees; p2: others split ⇒ skipped for r1.
      { rater: 'r1', a: 'd1', b: 'd2', outcome: 'a' },
      { rater: 'r2', a: 'd2', b: 'd1', outcome: 'b' },
      { rater: 'r3', a: 'd1', b: 'd2', outcome: 'a' },
      { rater: 'r1', a: 'd3', b: 'd4', outcome: 'tie' },
      { rater: 'r2', a: 'd3', b: 'd4', outcome: 'tie' },
      { rater: 'r3', a: 'd3', b: 'd4', outcome: 'both_bad' },
    ];
    const report = raterAgreement(votes);
    expect(report.raters.find((entry) => entry.rater === 'r1')).toMatchObject({
      items: 1,
      agreed: 1,
      eligible: false,
      flagged: false,
    });
    // r2 on p2: others are r1 (tie) and r3 (both-bad) ⇒ no majority; on p1 the others say d1 ⇒ agrees.
    expect(report.raters.find((entry) => entry.rater === 'r2')).toMatchObject({ items: 1, agreed: 1 });
    expect(report.threshold).toBeNull();
  });

  it('leaves out raters with too few items and rejects double votes', () => {
    const votes = simulatePanel(12);
    const report = raterAgreement(votes, { minItems: 1000 });
    expect(report.raters.every((entry) => !entry.eligible && !entry.flagged)).toBe(true);
    expect(report.q1).toBeNull();
    expect(() => raterAgreement([...votes, votes[0] as RatedPair])).toThrow(RangeError);
  });
});
