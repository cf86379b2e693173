import { quantileSorted } from './quantile.js';
import { seededRandom } from './random.js';

/** Fewer resamples make the 2.5% and 97.5% percentiles rest on a handful of draws. */
export const MIN_RESAMPLES = 200;

export interface ResamplingOptions {
  /** Bootstrap resamples of the votes; at least 200 (default 200). */
  readonly resamples?: number;
  /** PRNG seed: the same votes and seed always give the same intervals. Default 1. */
  readonly seed?: number;
  /** Two-sided coverage of the percentile intervals; default 0.95. */
  readonly confidence?: number;
}

export function resolveResampling(options: ResamplingOptions): Required<ResamplingOptions> {
  const resamples = options.resamples ?? MIN_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!(Number.isInteger(resamples) && resamples >= MIN_RESAMPLES)) {
    throw new RangeError(`resamples must be an integer ≥ ${MIN_RESAMPLES}, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be within (0, 1)`);
  return { resamples, seed: options.seed ?? 1, confidence };
}

export interface BootstrapSamples {
  /** samples[p·resamples + r]: parameter p in resample r, contiguous per parameter for sorting. */
  readonly samples: Float64Array;
  readonly unconverged: number;
}

/**
 * Nonparametric bootstrap over `n` votes: each resample draws n votes with replacement (seeded), passed to
 * `fit` as a count per vote so that the fit can pool them instead of copying votes.
 */
export function bootstrapSamples(
  n: number,
  dimension: number,
  settings: Required<ResamplingOptions>,
  fit: (counts: Uint32Array) => { readonly x: ArrayLike<number>; readonly converged: boolean },
): BootstrapSamples {
  const { resamples, seed } = settings;
  const random = seededRandom(seed);
  const counts = new Uint32Array(n);
  const samples = new Float64Array(dimension * resamples);
  let unconverged = 0;
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let draw = 0; draw < n; draw++) counts[Math.floor(random() * n)]! += 1;
    const result = fit(counts);
    if (!result.converged) unconverged++;
    for (let p = 0; p < dimension; p++) samples[p * resamples + r] = result.x[p] as number;
  }
  return { samples, unconverged };
}

/** The percentile interval of parameter p (sorts that parameter's samples in place). */
export function percentileInterval(
  { samples }: BootstrapSamples,
  p: number,
  settings: Required<ResamplingOptions>,
): { lower: number; upper: number } {
  const { resamples, confidence } = settings;
  const sorted = samples.subarray(p * resamples, (p + 1) * resamples).sort();
  const tail = (1 - confidence) / 2;
  return { lower: quantileSorted(sorted, tail), upper: quantileSorted(sorted, 1 - tail) };
}
