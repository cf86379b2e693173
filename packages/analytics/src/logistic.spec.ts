import { describe, expect, it } from 'vitest';
import { logisticLoss } from './logistic.js';
import { seededRandom } from './random.js';

/** log(1 + e^x) as two separate calls computed it before logisticLoss shared their log1p. */
const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

describe('logisticLoss', () => {
  it('equals s·softplus(−x) + f·softplus(x) to the last bit, from tiny to overflowing logits', () => {
    const random = seededRandom(3);
    const logits = [0, -0, 1e-300, -1e-300, 1e-9, -1e-9, 0.5, -0.5, 36, -36, 710, -710, 1e6, -1e6];
    for (let n = 0; n < 2000; n++) logits.push((random() - 0.5) * 10 ** (random() * 4 - 1));
    for (const x of logits) {
      for (const [s, f] of [
        [1, 0],
        [0, 1],
        [0.5, 0.5],
        [37, 12.5],
      ] as const) {
        expect(logisticLoss(s, f, x)).toBe(s * softplus(-x) + f * softplus(x));
      }
    }
  });

  it('stays finite where e^|x| overflows', () => {
    expect(logisticLoss(1, 0, -1e6)).toBe(1e6);
    expect(logisticLoss(0, 1, 1e6)).toBe(1e6);
    expect(logisticLoss(1, 1, 0)).toBeCloseTo(2 * Math.LN2, 15);
  });
});
