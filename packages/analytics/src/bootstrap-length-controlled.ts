import { type BootstrapOptions } from './bootstrap.js';
import { resolveFitOptions, toElo } from './bradley-terry.js';
import { type LengthVote, encodeLengthVotes, fitLengthControlled } from './length-controlled.js';
import { ranksFromIntervals } from './rank.js';
import { bootstrapSamples, percentileInterval, resolveResampling } from './resampling.js';

export interface LengthControlledRating {
  readonly id: string;
  /** Length-controlled log-strength and its percentile bootstrap interval. */
  readonly score: number;
  readonly lower: number;
  readonly upper: number;
  readonly elo: number;
  readonly eloLower: number;
  readonly eloUpper: number;
  /** The rank rule of bootstrapBradleyTerry, on the length-controlled intervals. */
  readonly rank: number;
  readonly component: number;
}

export interface LengthControlledLeaderboard {
  /** Sorted by component, then score (best first), then id. */
  readonly competitors: readonly LengthControlledRating[];
  /** The length effect (see LengthControlledResult.beta) with its interval. */
  readonly beta: number;
  readonly betaLower: number;
  readonly betaUpper: number;
  readonly resamples: number;
  readonly seed: number;
  readonly confidence: number;
  readonly components: number;
  readonly converged: boolean;
  readonly unconvergedResamples: number;
}

/**
 * The optional length-controlled leaderboard of DESIGN §5: lengthControlledBradleyTerry with the same
 * seeded percentile bootstrap over votes and the same rank rule as bootstrapBradleyTerry, plus an interval
 * for β — if it contains 0, raters showed no measurable preference for length.
 */
export function bootstrapLengthControlled(
  votes: readonly LengthVote[],
  options: BootstrapOptions = {},
): LengthControlledLeaderboard {
  const settings = resolveResampling(options);
  const fitOptions = resolveFitOptions(options);
  const encoded = encodeLengthVotes(votes);
  const k = encoded.ids.length;
  const full = fitLengthControlled(encoded, fitOptions);
  const boot = bootstrapSamples(encoded.count, k + 1, settings, (counts) =>
    fitLengthControlled(encoded, fitOptions, counts, full.x),
  );
  const intervals = Array.from({ length: k }, (_, i) => ({
    ...percentileInterval(boot, i, settings),
    group: encoded.component[i] as number,
  }));
  const ranks = ranksFromIntervals(intervals);
  const competitors: LengthControlledRating[] = encoded.ids.map((id, i) => {
    const score = full.x[i] as number;
    const { lower, upper, group } = intervals[i] as (typeof intervals)[number];
    return {
      id,
      score,
      lower,
      upper,
      elo: toElo(score),
      eloLower: toElo(lower),
      eloUpper: toElo(upper),
      rank: ranks[i] as number,
      component: group,
    };
  });
  competitors.sort((x, y) => x.component - y.component || y.score - x.score || (x.id < y.id ? -1 : 1));
  const betaInterval = percentileInterval(boot, k, settings);
  return {
    competitors,
    beta: full.x[k] as number,
    betaLower: betaInterval.lower,
    betaUpper: betaInterval.upper,
    ...settings,
    components: encoded.components,
    converged: full.converged,
    unconvergedResamples: boot.unconverged,
  };
}
