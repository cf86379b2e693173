import { describe, expect, it } from 'vitest';
import { type ConvexProblem, minimizeNewton } from './newton.js';

/** ½·Σ wᵢ(xᵢ − cᵢ)², counting how often its value is asked for. */
function quadratic(weights: number[], centre: number[]): ConvexProblem & { values: number } {
  const n = weights.length;
  return {
    dimension: n,
    values: 0,
    value(x) {
      this.values++;
      return weights.reduce(
        (sum, w, i) => sum + 0.5 * w * ((x[i] as number) - (centre[i] as number)) ** 2,
        0,
      );
    },
    derivatives(x, gradient, hessian) {
      hessian.fill(0);
      for (let i = 0; i < n; i++) {
        gradient[i] = (weights[i] as number) * ((x[i] as number) - (centre[i] as number));
        hessian[i * n + i] = weights[i] as number;
      }
    },
  };
}

describe('minimizeNewton', () => {
  it('solves a quadratic in one step and asks for the objective only where a line search needs it', () => {
    const problem = quadratic([2, 5, 0.5], [1, -3, 40]);
    const result = minimizeNewton(problem, new Float64Array(3), { tolerance: 1e-9, maxIterations: 50 });
    expect(result.converged).toBe(true);
    expect([...result.x]).toEqual([1, -3, 40]);
    // The start and the first step's line search; the second step, too small to measure, is taken as it is.
    expect(problem.values).toBe(2);
    expect(result.iterations).toBe(2);
  });

  it('backtracks a step that overshoots, from far away', () => {
    // log(cosh(x − 3)): Newton's full step overshoots badly when |x − 3| > 1.
    const problem: ConvexProblem = {
      dimension: 1,
      value: (x) => Math.log(Math.cosh((x[0] as number) - 3)),
      derivatives(x, gradient, hessian) {
        const d = (x[0] as number) - 3;
        gradient[0] = Math.tanh(d);
        hessian[0] = 1 - Math.tanh(d) ** 2;
      },
    };
    const result = minimizeNewton(problem, Float64Array.of(-2), { tolerance: 1e-9, maxIterations: 100 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3, 9);
  });
});
