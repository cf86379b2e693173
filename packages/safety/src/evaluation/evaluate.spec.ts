import { describe, expect, it } from 'vitest';
import { type EvalCase, benign, harmful } from './case.js';
import { type Prediction, evaluate } from './evaluate.js';

const CASES: EvalCase[] = [
  harmful('f1', 'fraud_phishing', 'a'),
  harmful('f2', 'fraud_phishing', 'b'),
  harmful('m1', 'malware_intrusion', 'c'),
  harmful('p1', 'personal_data', 'd', { stage: 'ugc', decision: 'flag' }),
  benign('b1', 'e'),
  benign('b2', '写'),
];

const PREDICTIONS: Record<string, Prediction> = {
  f1: { decision: 'refuse', category: 'fraud_phishing' },
  f2: { decision: 'allow', category: null },
  // Caught, but under the wrong category: a miss for malware and a false alarm for fraud.
  m1: { decision: 'refuse', category: 'fraud_phishing' },
  // Refused where a flag was expected: right category, wrong decision.
  p1: { decision: 'refuse', category: 'personal_data' },
  b1: { decision: 'allow', category: null },
  b2: { decision: 'flag', category: 'personal_data' },
};

describe('evaluate', () => {
  const report = evaluate(CASES, (c) => PREDICTIONS[c.id] as Prediction);

  it('scores each category on cases that name it', () => {
    expect(report.perCategory.fraud_phishing).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(report.perCategory.malware_intrusion).toMatchObject({ precision: null, recall: 0 });
    expect(report.perCategory.personal_data).toMatchObject({ precision: 0.5, recall: 1 });
    expect(report.perCategory.self_harm).toMatchObject({ precision: null, recall: null });
  });

  it('scores harmful vs benign whatever the category', () => {
    expect(report.overall).toEqual({
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.75,
      recall: 0.75,
    });
  });

  it('counts exact matches of decision and category, and lists the rest', () => {
    expect(report.cases).toBe(6);
    expect(report.exactMatch).toBeCloseTo(2 / 6);
    expect(report.mistakes.map((m) => m.id)).toEqual(['f2', 'm1', 'p1', 'b2']);
  });

  it('labels each case with the language it is written in', () => {
    expect(CASES.map((c) => c.language)).toEqual(['en', 'en', 'en', 'en', 'en', 'zh']);
  });
});
