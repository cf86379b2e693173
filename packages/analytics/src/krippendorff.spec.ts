import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, reliabilityMatrix } from './krippendorff.js';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units with
// missing values (here transposed to units × raters). Published: nominal α = 0.743, ordinal 0.815,
// interval 0.849.
const _ = null;
const byObserver = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const krippendorff2011 = (byObserver[0] as (number | null)[]).map((_value, unit) =>
  byObserver.map((row) => row[unit]),
);

// Wikipedia's "computational example" (3 coders × 15 units), nominal α = 0.691 and interval α = 0.811.
const byCoder = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];
const wikipedia = (byCoder[0] as (number | null)[]).map((_value, unit) => byCoder.map((row) => row[unit]));

describe('krippendorffAlpha', () => {
  it('reproduces the published values for Krippendorff (2011)', () => {
    const nominal = krippendorffAlpha(krippendorff2011, 'nominal');
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    // Section C: 11 pairable units (unit 12 has a single value), n = 40 pairable values.
    expect(nominal.pairableUnits).toBe(11);
    expect(nominal.pairableValues).toBe(40);
    expect(krippendorffAlpha(krippendorff2011, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(krippendorff2011, 'interval').alpha).toBeCloseTo(0.849, 3);
  });

  it('reproduces the Wikipedia example', () => {
    expect(krippendorffAlpha(wikipedia, 'nominal').alpha).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(wikipedia, 'interval').alpha).toBeCloseTo(0.810845, 6);
  });

  it('is 1 for perfect agreement and below 0 for systematic disagreement', () => {
    const perfect = [
      [1, 1, 1],
      [3, 3, 3],
      [5, 5, _],
      [2, 2, 2],
    ];
    for (const level of ['nominal', 'ordinal', 'interval'] as const)
      expect(krippendorffAlpha(perfect, level).alpha).toBe(1);
    const opposed = [
      [1, 5],
      [5, 1],
      [1, 5],
      [5, 1],
    ];
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      expect(krippendorffAlpha(opposed, level).alpha as number).toBeLessThan(0);
    }
  });

  it('is undefined without variation or without pairable units', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        'nominal',
      ).alpha,
    ).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [1, _],
          [_, 2],
        ],
        'nominal',
      ).alpha,
    ).toBeNull();
  });

  it('uses only the order of ordinal values, not their spacing', () => {
    const spaced = krippendorff2011.map((row) =>
      row.map((value) => (value === null || value === undefined ? null : value ** 3)),
    );
    expect(krippendorffAlpha(spaced, 'ordinal').alpha).toBeCloseTo(
      krippendorffAlpha(krippendorff2011, 'ordinal').alpha as number,
      12,
    );
    expect(krippendorffAlpha(spaced, 'interval').alpha).not.toBeCloseTo(0.849, 2);
    const names = ['one', 'two', 'three', 'four', 'five'];
    const labelled = krippendorff2011.map((row) =>
      row.map((value) => (typeof value === 'number' ? names[value - 1] : null)),
    );
    expect(krippendorffAlpha(labelled, 'ordinal', { order: names }).alpha).toBeCloseTo(0.815, 3);
    expect(() => krippendorffAlpha(labelled, 'ordinal')).toThrow(RangeError);
  });
});

describe('reliabilityMatrix', () => {
  it('lays judgements out as units × raters with gaps', () => {
    const matrix = reliabilityMatrix([
      { unit: 'u2', rater: 'r1', value: 'tie' },
      { unit: 'u1', rater: 'r2', value: 'first' },
      { unit: 'u1', rater: 'r1', value: 'first' },
    ]);
    expect(matrix).toEqual({
      units: ['u1', 'u2'],
      raters: ['r1', 'r2'],
      data: [
        ['first', 'first'],
        ['tie', null],
      ],
    });
    expect(() =>
      reliabilityMatrix([
        { unit: 'u', rater: 'r', value: 1 },
        { unit: 'u', rater: 'r', value: 2 },
      ]),
    ).toThrow(RangeError);
  });
});
