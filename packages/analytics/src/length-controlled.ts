import {
  type BradleyTerryScore,
  type FitOptions,
  centreWithinComponents,
  connectedComponents,
  resolveFitOptions,
  toElo,
} from './bradley-terry.js';
import { logisticLoss, sigmoid } from './logistic.js';
import { type ConvexProblem, minimizeNewton } from './newton.js';
import { type Vote, leftPoints, voteCount } from './votes.js';

/** A vote with the lengths of the two drafts (characters for zh, words for en — any unit, both the same). */
export interface LengthVote extends Vote {
  readonly lengthA: number;
  readonly lengthB: number;
}

export interface LengthControlledResult {
  /** Length-controlled log-strengths, one per competitor in ascending id order, centred per component. */
  readonly scores: readonly BradleyTerryScore[];
  /**
   * Change in the log-odds of winning per unit of ln(length ratio): β > 0 means raters prefer the longer
   * draft at equal strength; β·ln 2 is the advantage of a draft twice as long.
   */
  readonly beta: number;
  readonly components: number;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Length votes encoded once over competitor indices, in a canonical order (see indexVotes), identical votes
 * (same sides, length ratio and outcome) pooled into one row with their count.
 */
export interface EncodedLengthVotes {
  readonly ids: readonly string[];
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** ln ℓa − ln ℓb per row. */
  readonly covariate: Float64Array;
  readonly points: Float64Array;
  /** Votes in the row (Vote.count summed over identical votes). */
  readonly count: Float64Array;
  readonly component: Int32Array;
  readonly components: number;
}

export function encodeLengthVotes(votes: readonly LengthVote[]): EncodedLengthVotes {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const ids = [...new Set(votes.flatMap((vote) => [vote.a, vote.b]))].sort(compare);
  const index = new Map(ids.map((id, i) => [id, i]));
  const k = ids.length;
  const rows = votes.map((vote) => {
    for (const length of [vote.lengthA, vote.lengthB]) {
      if (!(length > 0 && Number.isFinite(length))) {
        throw new RangeError(`draft lengths must be positive, got ${length}`);
      }
    }
    return {
      i: index.get(vote.a) as number,
      j: index.get(vote.b) as number,
      x: Math.log(vote.lengthA) - Math.log(vote.lengthB),
      y: leftPoints(vote.outcome),
      n: voteCount(vote),
    };
  });
  // Canonical order so that bootstrap resamples, drawn per row, do not depend on the order of the votes;
  // identical rows are pooled so that aggregated votes (Vote.count) encode the same as votes one by one.
  rows.sort((p, q) => p.i - q.i || p.j - q.j || p.x - q.x || p.y - q.y);
  const pooled: typeof rows = [];
  for (const row of rows) {
    const last = pooled.at(-1);
    if (last !== undefined && last.i === row.i && last.j === row.j && last.x === row.x && last.y === row.y) {
      last.n += row.n;
    } else {
      pooled.push({ ...row });
    }
  }
  const met = new Float64Array(k * k);
  for (const { i, j } of pooled) if (i !== j) met[i * k + j] = 1;
  const { component, count } = connectedComponents(met, k);
  return {
    ids,
    left: Int32Array.from(pooled, (row) => row.i),
    right: Int32Array.from(pooled, (row) => row.j),
    covariate: Float64Array.from(pooled, (row) => row.x),
    points: Float64Array.from(pooled, (row) => row.y),
    count: Float64Array.from(pooled, (row) => row.n),
    component,
    components: count,
  };
}

export interface LengthControlledFit {
  /** θ for each competitor (centred per component) followed by β: k + 1 numbers. */
  readonly x: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Fits P(left wins) = σ(θa − θb + β·(ln ℓa − ln ℓb)) by Newton's method, with the weak prior and per-group
 * centring of fitBradleyTerry (the prior also covers β, which keeps it at 0 when lengths never differ).
 * `counts[v]` (default: the row's vote count) weights row v — the bootstrap's resampling counts. O(rows) per
 * iteration: the covariate differs per vote, so votes cannot be pooled by pair (only identical votes are).
 */
export function fitLengthControlled(
  encoded: EncodedLengthVotes,
  options: FitOptions = {},
  counts?: ArrayLike<number>,
  start?: Float64Array,
): LengthControlledFit {
  const { ridge, tolerance, maxIterations } = resolveFitOptions(options);
  const { left, right, covariate, points, component, components: count } = encoded;
  const k = encoded.ids.length;
  const n = left.length;
  const weights = counts ?? encoded.count;
  const weightOf = (v: number) => weights[v] as number;
  const dimension = k + 1;
  const b = k; // index of β in the parameter vector
  const sums = new Float64Array(count);
  const groupSums = (x: Float64Array) => {
    sums.fill(0);
    for (let i = 0; i < k; i++) sums[component[i] as number]! += x[i] as number;
  };
  const logit = (x: Float64Array, v: number) =>
    (x[left[v] as number] as number) -
    (x[right[v] as number] as number) +
    (x[b] as number) * (covariate[v] as number);
  const problem: ConvexProblem = {
    dimension,
    value(x) {
      let total = 0;
      for (let v = 0; v < n; v++) {
        const times = weightOf(v);
        if (times === 0) continue;
        const eta = logit(x, v);
        const y = points[v] as number;
        total += times * logisticLoss(y, 1 - y, eta);
      }
      groupSums(x);
      for (let i = 0; i < dimension; i++) total += 0.5 * ridge * (x[i] as number) ** 2;
      for (let c = 0; c < count; c++) total += 0.5 * (sums[c] as number) ** 2;
      return total;
    },
    derivatives(x, gradient, hessian) {
      groupSums(x);
      hessian.fill(0);
      for (let i = 0; i < dimension; i++) {
        gradient[i] = ridge * (x[i] as number) + (i < k ? (sums[component[i] as number] as number) : 0);
        hessian[i * dimension + i] = ridge;
      }
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) if (component[i] === component[j]) hessian[i * dimension + j]! += 1;
      }
      // Each vote adds residual·d to the gradient and weight·d·dᵀ to the Hessian, d = e_left − e_right + x·e_β
      // (with left = right the θ terms cancel and only β is informed).
      for (let v = 0; v < n; v++) {
        const times = weightOf(v);
        if (times === 0) continue;
        const i = left[v] as number;
        const j = right[v] as number;
        const xv = covariate[v] as number;
        const p = sigmoid(logit(x, v));
        const residual = times * (p - (points[v] as number));
        const weight = times * p * (1 - p);
        gradient[i]! += residual;
        gradient[j]! -= residual;
        gradient[b]! += residual * xv;
        hessian[i * dimension + i]! += weight;
        hessian[j * dimension + j]! += weight;
        hessian[i * dimension + j]! -= weight;
        hessian[j * dimension + i]! -= weight;
        hessian[i * dimension + b]! += weight * xv;
        hessian[b * dimension + i]! += weight * xv;
        hessian[j * dimension + b]! -= weight * xv;
        hessian[b * dimension + j]! -= weight * xv;
        hessian[b * dimension + b]! += weight * xv * xv;
      }
    },
  };
  const result = minimizeNewton(problem, start ?? new Float64Array(dimension), { tolerance, maxIterations });
  const x = new Float64Array(dimension);
  x.set(centreWithinComponents(result.x.slice(0, k), component, count));
  x[b] = result.x[b] as number;
  return { x, converged: result.converged, iterations: result.iterations };
}

/**
 * Bradley–Terry with draft length as a covariate, like the style-controlled Chatbot Arena ranking:
 * P(left wins) = σ(θa − θb + β·(ln ℓa − ln ℓb)), ties and both-bad as half a win. θ then measures what
 * raters prefer once length is accounted for, so a source cannot climb the leaderboard by writing more.
 *
 * The covariate is the log of the length ratio: it has no unit (characters and words give the same
 * number), a doubling counts the same at any length, and it is close to Arena's bounded (ℓa − ℓb)/(ℓa + ℓb)
 * = tanh(½·ln(ℓa/ℓb)) for the ratios drafts of one brief show. Unlike the plain rating, votes between two
 * drafts of the same competitor are kept: they carry no information on θ but do on β.
 */
export function lengthControlledBradleyTerry(
  votes: readonly LengthVote[],
  options: FitOptions = {},
): LengthControlledResult {
  const encoded = encodeLengthVotes(votes);
  const fit = fitLengthControlled(encoded, options);
  return {
    scores: encoded.ids.map((id, i) => ({
      id,
      score: fit.x[i] as number,
      elo: toElo(fit.x[i] as number),
      component: encoded.component[i] as number,
    })),
    beta: fit.x[encoded.ids.length] as number,
    components: encoded.components,
    converged: fit.converged,
    iterations: fit.iterations,
  };
}
