import { solveSpd } from './linear-algebra.js';

export interface NewtonOptions {
  /** Stop when no coordinate of the Newton step exceeds this. */
  readonly tolerance: number;
  readonly maxIterations: number;
}

/** A smooth, strictly convex objective: the penalised negative log-likelihoods of the rating models. */
export interface ConvexProblem {
  readonly dimension: number;
  value(x: Float64Array): number;
  /** Writes the gradient and the row-major Hessian at x. */
  derivatives(x: Float64Array, gradient: Float64Array, hessian: Float64Array): void;
}

export interface NewtonResult {
  readonly x: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Damped Newton's method with a backtracking (Armijo) line search. Newton rather than the MM algorithm or
 * gradient descent: for the tens of competitors a leaderboard has, a k×k solve is cheap and Newton converges
 * in a handful of iterations where MM needs hundreds when strengths are far apart — which matters when the
 * bootstrap fits hundreds of resamples. The line search makes it converge from any start on a convex
 * objective; the damping only kicks in if the Hessian is numerically singular.
 */
export function minimizeNewton(
  problem: ConvexProblem,
  start: Float64Array,
  options: NewtonOptions,
): NewtonResult {
  const n = problem.dimension;
  const x = Float64Array.from(start);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n * n);
  const step = new Float64Array(n);
  const negated = new Float64Array(n);
  const factor = new Float64Array(n * n);
  const trial = new Float64Array(n);
  let value = problem.value(x);
  // Whether `value` is the objective at x: after a step taken without a line search it is the value at an
  // earlier x, larger by less than its rounding can show, so it still serves as the scale below; it is
  // computed again only if a later step needs a line search.
  let current = true;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    problem.derivatives(x, gradient, hessian);
    for (let i = 0; i < n; i++) negated[i] = -(gradient[i] as number);
    let damping = 0;
    while (!solveSpd(hessian, n, negated, step, factor)) {
      const next = damping === 0 ? 1e-10 : damping * 10;
      for (let i = 0; i < n; i++) hessian[i * n + i] = (hessian[i * n + i] as number) + next - damping;
      damping = next;
      if (damping > 1e10) return { x, converged: false, iterations: iteration };
    }
    let slope = 0;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      slope += (gradient[i] as number) * (step[i] as number);
      largest = Math.max(largest, Math.abs(step[i] as number));
    }
    // Once the predicted decrease is below what the objective's rounding can show, the line search can no
    // longer tell better from worse; Newton is then in its quadratic phase and the full step is safe.
    const negligible = -slope <= 1e-12 * (1 + Math.abs(value));
    if (negligible) {
      for (let i = 0; i < n; i++) x[i] = (x[i] as number) + (step[i] as number);
      current = false;
    } else {
      if (!current) value = problem.value(x);
      current = true;
      let trialValue = Number.POSITIVE_INFINITY;
      for (let t = 1; t > 1e-12; t /= 2) {
        for (let i = 0; i < n; i++) trial[i] = (x[i] as number) + t * (step[i] as number);
        trialValue = problem.value(trial);
        if (trialValue <= value + 1e-4 * t * slope) break;
      }
      if (trialValue <= value) {
        x.set(trial);
        value = trialValue;
      }
    }
    if (largest < options.tolerance) {
      return { x, converged: true, iterations: iteration };
    }
  }
  return { x, converged: false, iterations: options.maxIterations };
}
