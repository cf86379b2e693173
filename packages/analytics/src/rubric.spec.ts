import { describe, expect, it } from 'vitest';
import { type RubricScore, rubricMeans } from './rubric.js';

describe('rubricMeans', () => {
  it('computes the mean and the t interval per competitor and criterion', () => {
    // Scores 3, 4, 5, 4: mean 4, sd √(2/3), t(3, 97.5%) = 3.182446 ⇒ half-width 3.182446·0.816497/2 = 1.29923.
    const scores: RubricScore[] = [3, 4, 5, 4].map((score) => ({
      competitor: 'pgc',
      criterion: 'accuracy',
      score,
    }));
    scores.push({ competitor: 'pgc', criterion: 'clarity', score: 5 });
    scores.push(
      { competitor: 'aigc', criterion: 'accuracy', score: 2 },
      { competitor: 'aigc', criterion: 'accuracy', score: 2 },
    );
    const means = rubricMeans(scores);
    expect(means.map((entry) => [entry.competitor, entry.criterion])).toEqual([
      ['aigc', 'accuracy'],
      ['pgc', 'accuracy'],
      ['pgc', 'clarity'],
    ]);
    const [aigc, pgcAccuracy, pgcClarity] = means;
    expect(pgcAccuracy?.mean).toBe(4);
    expect(pgcAccuracy?.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(pgcAccuracy?.lower).toBeCloseTo(4 - 1.29923, 4);
    expect(pgcAccuracy?.upper).toBeCloseTo(4 + 1.29923, 4);
    expect(aigc).toMatchObject({ n: 2, mean: 2, sd: 0, lower: 2, upper: 2 });
    expect(pgcClarity).toMatchObject({ n: 1, mean: 5, sd: null, lower: null, upper: null });
  });

  it('narrows with a lower confidence', () => {
    const scores: RubricScore[] = [1, 2, 3, 4, 5].map((score) => ({
      competitor: 'x',
      criterion: 'hook',
      score,
    }));
    const wide = rubricMeans(scores, 0.99)[0];
    const narrow = rubricMeans(scores, 0.8)[0];
    expect((narrow?.upper as number) - (narrow?.lower as number)).toBeLessThan(
      (wide?.upper as number) - (wide?.lower as number),
    );
  });
});
