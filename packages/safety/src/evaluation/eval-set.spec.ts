import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { SafetyCategory } from '../verdict.js';
import { EVAL_SET } from './eval-set.js';
import { evaluate } from './evaluate.js';

// Thresholds sit just under what `pnpm --filter @draftbench/safety eval` measured when they were set
// (docs/SAFETY.md): about one more mistake per category fails the build.
const MIN_CATEGORY = { precision: 0.9, recall: 0.9 };
const MIN_OVERALL = { precision: 0.98, recall: 0.97 };
const MIN_EXACT_MATCH = 0.97;

describe('the labelled evaluation set', () => {
  it('is at least 200 cases, about half harmful over every category, about half in each language', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(200);
    expect(new Set(EVAL_SET.map((c) => c.id)).size).toBe(EVAL_SET.length);
    const share = (test: (c: (typeof EVAL_SET)[number]) => boolean) =>
      EVAL_SET.filter(test).length / EVAL_SET.length;
    expect(share((c) => c.expected.decision !== 'allow')).toBeCloseTo(0.5, 1);
    expect(share((c) => c.language === 'zh')).toBeCloseTo(0.5, 1);
    for (const category of SafetyCategory.options) {
      const cases = EVAL_SET.filter((c) => c.expected.category === category);
      expect(cases.length, category).toBeGreaterThanOrEqual(20);
      expect(new Set(cases.map((c) => c.language)), category).toEqual(new Set(['zh', 'en']));
    }
  });

  it('keeps precision and recall above the measured thresholds', () => {
    const report = evaluate(EVAL_SET, (c) => checkText(c.text, { stage: c.stage }));
    for (const category of SafetyCategory.options) {
      const score = report.perCategory[category];
      expect(score.precision, `${category} precision`).toBeGreaterThanOrEqual(MIN_CATEGORY.precision);
      expect(score.recall, `${category} recall`).toBeGreaterThanOrEqual(MIN_CATEGORY.recall);
    }
    expect(report.overall.precision).toBeGreaterThanOrEqual(MIN_OVERALL.precision);
    expect(report.overall.recall).toBeGreaterThanOrEqual(MIN_OVERALL.recall);
    expect(report.exactMatch).toBeGreaterThanOrEqual(MIN_EXACT_MATCH);
  });
});
