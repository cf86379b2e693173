import { describe, expect, it } from 'vitest';
import { cohensKappa } from './cohens-kappa.js';
import { judgeHumanAgreement } from './judge-agreement.js';
import { wilsonInterval } from './wilson.js';

describe('judgeHumanAgreement', () => {
  it('compares the judge with the strict human majority of each pair', () => {
    const report = judgeHumanAgreement([
      { human: ['a', 'a', 'b'], judge: 'a' }, // majority a: agreed
      { human: ['b'], judge: 'b' }, // a single vote is a majority: agreed
      { human: ['tie', 'both_bad', 'a'], judge: 'tie' }, // both-bad folds into "neither": agreed
      { human: ['a', 'b'], judge: 'a' }, // no majority: skipped
      { human: [], judge: 'b' }, // nobody voted: skipped
      { human: ['b', 'b'], judge: 'tie' }, // disagreed
    ]);
    expect(report.pairs).toBe(4);
    expect(report.agreed).toBe(3);
    expect(report.agreement).toEqual(wilsonInterval(3, 4));
    expect(report.kappa).toBeCloseTo(
      cohensKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['neither', 'neither'],
        ['b', 'neither'],
      ])!,
      12,
    );
  });

  it('has no agreement and no κ without comparable pairs', () => {
    expect(judgeHumanAgreement([{ human: ['a', 'b'], judge: 'a' }])).toEqual({
      pairs: 0,
      agreed: 0,
      agreement: null,
      kappa: null,
    });
  });

  it('reports a judge that always ties where people always tie as agreeing, with κ undefined', () => {
    const report = judgeHumanAgreement([
      { human: ['tie'], judge: 'tie' },
      { human: ['both_bad'], judge: 'tie' },
    ]);
    expect(report).toMatchObject({ pairs: 2, agreed: 2, kappa: null });
  });
});
