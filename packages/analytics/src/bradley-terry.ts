import { logisticLoss, sigmoid } from './logistic.js';
import { type ConvexProblem, minimizeNewton } from './newton.js';
import { type IndexedVotes, type Vote, indexVotes } from './votes.js';

export interface FitOptions {
  /**
   * Strength of a Gaussian prior θ ~ N(0, 1/ridge) on every log-strength. Without it a competitor that won
   * (or lost) every vote has an infinite maximum-likelihood strength and the fit never converges; with it
   * the strength is large but finite, and the bootstrap shows the uncertainty. 0.01 (a prior standard
   * deviation of 10 on the natural-log scale, ≈ 1,700 Elo) is weak enough that it moves estimates backed by
   * a few dozen votes by well under 1%. 0 gives the plain MLE, which exists only when every competitor has
   * both won and lost within its connected group (Hunter 2004, assumption 1).
   */
  readonly ridge?: number;
  /** Stop when no coordinate of the Newton step exceeds this (log-strength units). */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

export const DEFAULT_RIDGE = 0.01;
const DEFAULT_TOLERANCE = 1e-9;
const DEFAULT_MAX_ITERATIONS = 100;

export function resolveFitOptions(options: FitOptions = {}): Required<FitOptions> {
  const ridge = options.ridge ?? DEFAULT_RIDGE;
  if (!(ridge >= 0 && Number.isFinite(ridge))) throw new RangeError(`ridge must be ≥ 0, got ${ridge}`);
  return {
    ridge,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    maxIterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
  };
}

/**
 * Aggregates votes into a k×k table: points[i·k + j] = the points competitor i earned against j (a win 1,
 * a tie or both-bad ½). The likelihood depends on the votes only through this table, so a fit costs the
 * same for ten votes or a million, and a bootstrap resample only has to rebuild it (O(cells)). `counts[c]`
 * (default: the cell's own vote count) is how many times cell c is taken — the resampling weights.
 */
export function pairPoints(indexed: PointCells, counts: ArrayLike<number> = indexed.count): Float64Array {
  const k = indexed.ids.length;
  const points = new Float64Array(k * k);
  for (let v = 0; v < indexed.left.length; v++) {
    const times = counts[v] as number;
    if (times === 0) continue;
    const i = indexed.left[v] as number;
    const j = indexed.right[v] as number;
    const p = indexed.points[v] as number;
    points[i * k + j] = (points[i * k + j] as number) + times * p;
    points[j * k + i] = (points[j * k + i] as number) + times * (1 - p);
  }
  return points;
}

/** Cells of votes as pairPoints reads them: competitor indices, the left one's points, and a count. */
export type PointCells = Pick<IndexedVotes, 'ids' | 'left' | 'right' | 'points' | 'count'>;

/**
 * The same votes in the fewest cells the fit can tell apart: per pair i < j, the votes that gave i a win,
 * j a win, and half each (a tie or both-bad, on either side) — at most 3 cells per pair instead of 8, since
 * the points table cannot tell a left win from a right loss. A bootstrap resample drawn over these cells
 * (a multinomial of their summed counts) has exactly the distribution of one drawn over the finer cells, in
 * up to 8/3 fewer draws. Cells come in ascending (i, j, points) order, whatever the order of the votes.
 */
export function fitCells(indexed: IndexedVotes): PointCells {
  const k = indexed.ids.length;
  const merged = new Map<number, number>();
  for (let v = 0; v < indexed.left.length; v++) {
    const l = indexed.left[v] as number;
    const r = indexed.right[v] as number;
    const p = indexed.points[v] as number;
    const [i, j, pointsI] = l < r ? [l, r, p] : [r, l, 1 - p];
    // pointsI ∈ {0, ½, 1} → slot 0, 1, 2.
    const key = (i * k + j) * 3 + pointsI * 2;
    merged.set(key, (merged.get(key) ?? 0) + (indexed.count[v] as number));
  }
  const keys = [...merged.keys()].sort((x, y) => x - y);
  const cells = {
    ids: indexed.ids,
    left: new Int32Array(keys.length),
    right: new Int32Array(keys.length),
    points: new Float64Array(keys.length),
    count: new Float64Array(keys.length),
  };
  keys.forEach((key, c) => {
    const pair = Math.floor(key / 3);
    cells.left[c] = Math.floor(pair / k);
    cells.right[c] = pair % k;
    cells.points[c] = (key % 3) / 2;
    cells.count[c] = merged.get(key)!;
  });
  return cells;
}

export interface Components {
  /** component[i]: the index of i's group of competitors linked by votes, numbered from 0. */
  readonly component: Int32Array;
  readonly count: number;
}

/** Groups of competitors connected through votes (a competitor with no votes is a group of its own). */
export function connectedComponents(points: Float64Array, k: number): Components {
  const component = new Int32Array(k).fill(-1);
  let count = 0;
  const stack: number[] = [];
  for (let root = 0; root < k; root++) {
    if (component[root] !== -1) continue;
    component[root] = count;
    stack.push(root);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      for (let j = 0; j < k; j++) {
        if (component[j] === -1 && (points[i * k + j] as number) + (points[j * k + i] as number) > 0) {
          component[j] = count;
          stack.push(j);
        }
      }
    }
    count++;
  }
  return { component, count };
}

export interface BradleyTerryFit {
  /** Log-strengths: P(i beats j) = σ(θi − θj); mean 0 within each connected component. */
  readonly theta: Float64Array;
  readonly component: Int32Array;
  readonly components: number;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Fits the Bradley–Terry model P(i beats j) = σ(θi − θj) to a pairPoints table by penalised maximum
 * likelihood (ties as half a win, as Chatbot Arena does), by Newton's method.
 *
 * Identifiability: the likelihood only sees differences θi − θj inside a group of competitors connected by
 * votes, so each group's level is arbitrary. The objective adds ½·(Σ_{i∈group} θi)² per group: it is zero
 * at the optimum (the ridge's optimum already has group sums of zero), so it changes no estimate, but it
 * pins each group's mean to 0 and keeps the Hessian invertible even with ridge = 0.
 *
 * Disconnected comparison graphs: each group is then rated on its own scale, centred at 0, and scores of
 * different groups are not comparable — the result says which group each competitor is in (`component`)
 * and the leaderboard ranks only within a group. Pooling them would invent comparisons nobody made.
 */
export function fitBradleyTerry(
  points: Float64Array,
  k: number,
  options: FitOptions = {},
  start?: Float64Array,
): BradleyTerryFit {
  const { ridge, tolerance, maxIterations } = resolveFitOptions(options);
  const { component, count } = connectedComponents(points, k);
  // Only pairs that met contribute; listing them once makes each iteration O(pairs) + the k×k solve.
  const pairI: number[] = [];
  const pairJ: number[] = [];
  const pointsIJ: number[] = [];
  const pointsJI: number[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const ij = points[i * k + j] as number;
      const ji = points[j * k + i] as number;
      if (ij + ji > 0) {
        pairI.push(i);
        pairJ.push(j);
        pointsIJ.push(ij);
        pointsJI.push(ji);
      }
    }
  }
  const pairs = pairI.length;
  const sums = new Float64Array(count);
  const groupSums = (theta: Float64Array) => {
    sums.fill(0);
    for (let i = 0; i < k; i++) sums[component[i] as number]! += theta[i] as number;
  };
  const problem: ConvexProblem = {
    dimension: k,
    value(theta) {
      let total = 0;
      for (let p = 0; p < pairs; p++) {
        const d = (theta[pairI[p] as number] as number) - (theta[pairJ[p] as number] as number);
        total += logisticLoss(pointsIJ[p] as number, pointsJI[p] as number, d);
      }
      groupSums(theta);
      for (let i = 0; i < k; i++) total += 0.5 * ridge * (theta[i] as number) ** 2;
      for (let c = 0; c < count; c++) total += 0.5 * (sums[c] as number) ** 2;
      return total;
    },
    derivatives(theta, gradient, hessian) {
      groupSums(theta);
      for (let i = 0; i < k; i++) {
        gradient[i] = ridge * (theta[i] as number) + (sums[component[i] as number] as number);
        for (let j = 0; j < k; j++)
          hessian[i * k + j] = (i === j ? ridge : 0) + (component[i] === component[j] ? 1 : 0);
      }
      for (let p = 0; p < pairs; p++) {
        const i = pairI[p] as number;
        const j = pairJ[p] as number;
        const games = (pointsIJ[p] as number) + (pointsJI[p] as number);
        const win = sigmoid((theta[i] as number) - (theta[j] as number));
        // d/dθi of the negative log-likelihood: expected minus observed points of i against j.
        const residual = games * win - (pointsIJ[p] as number);
        gradient[i] = (gradient[i] as number) + residual;
        gradient[j] = (gradient[j] as number) - residual;
        const weight = games * win * (1 - win);
        hessian[i * k + i] = (hessian[i * k + i] as number) + weight;
        hessian[j * k + j] = (hessian[j * k + j] as number) + weight;
        hessian[i * k + j] = (hessian[i * k + j] as number) - weight;
        hessian[j * k + i] = (hessian[j * k + i] as number) - weight;
      }
    },
  };
  const result = minimizeNewton(problem, start ?? new Float64Array(k), { tolerance, maxIterations });
  return {
    theta: centreWithinComponents(result.x, component, count),
    component,
    components: count,
    converged: result.converged,
    iterations: result.iterations,
  };
}

/** Subtracts each component's mean, removing the rounding residue the optimum leaves in place of zero. */
export function centreWithinComponents(
  theta: Float64Array,
  component: Int32Array,
  count: number,
): Float64Array {
  const sums = new Float64Array(count);
  const sizes = new Float64Array(count);
  theta.forEach((value, i) => {
    sums[component[i] as number]! += value;
    sizes[component[i] as number]! += 1;
  });
  return theta.map(
    (value, i) =>
      value - (sums[component[i] as number] as number) / (sizes[component[i] as number] as number),
  );
}

/** 400/ln 10: Chatbot Arena's scale, where 400 points mean 10:1 odds of winning. */
export const ELO_SCALE = 400 / Math.LN10;
/** The Elo-like score of the average competitor (log-strength 0). */
export const ELO_BASE = 1000;

/** A log-strength on the Elo-like scale Chatbot Arena reports: 400/ln10 · θ + 1000. */
export function toElo(theta: number): number {
  return ELO_SCALE * theta + ELO_BASE;
}

export interface BradleyTerryScore {
  readonly id: string;
  /** Log-strength θ, mean 0 within its component. */
  readonly score: number;
  readonly elo: number;
  readonly component: number;
}

export interface BradleyTerryResult {
  /** One entry per competitor, in ascending id order. */
  readonly scores: readonly BradleyTerryScore[];
  readonly components: number;
  readonly converged: boolean;
  readonly iterations: number;
  /** Votes left out because both sides were the same competitor. */
  readonly selfVotes: number;
}

/** Bradley–Terry scores of the competitors in `votes` (point estimates; see bootstrapBradleyTerry for intervals). */
export function bradleyTerry(votes: readonly Vote[], options: FitOptions = {}): BradleyTerryResult {
  const indexed = indexVotes(votes);
  const k = indexed.ids.length;
  const fit = fitBradleyTerry(pairPoints(indexed), k, options);
  return {
    scores: indexed.ids.map((id, i) => ({
      id,
      score: fit.theta[i] as number,
      elo: toElo(fit.theta[i] as number),
      component: fit.component[i] as number,
    })),
    components: fit.components,
    converged: fit.converged,
    iterations: fit.iterations,
    selfVotes: indexed.selfVotes,
  };
}
