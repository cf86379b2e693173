import {
  type FitOptions,
  fitBradleyTerry,
  fitCells,
  pairPoints,
  resolveFitOptions,
  toElo,
} from './bradley-terry.js';
import { ranksFromIntervals } from './rank.js';
import {
  type ResamplingOptions,
  bootstrapSamples,
  percentileInterval,
  resolveResampling,
} from './resampling.js';
import { competitorTallies } from './tallies.js';
import { type Vote, indexVotes } from './votes.js';

/** Fit options (ridge, tolerance, iterations) and resampling options (resamples, seed, confidence). */
export interface BootstrapOptions extends FitOptions, ResamplingOptions {}

export interface CompetitorRating {
  readonly id: string;
  /** Log-strength θ fitted on all votes, mean 0 within its component. */
  readonly score: number;
  /** Percentile bootstrap interval of θ. */
  readonly lower: number;
  readonly upper: number;
  /** The same three on the Elo-like scale (400/ln10 · θ + 1000). */
  readonly elo: number;
  readonly eloLower: number;
  readonly eloUpper: number;
  /** 1 + competitors of the same component whose lower bound is above this upper bound. */
  readonly rank: number;
  /** Group of competitors connected by votes; scores compare only within a group. */
  readonly component: number;
  readonly votes: number;
  readonly wins: number;
  readonly losses: number;
  readonly ties: number;
  readonly bothBad: number;
  readonly bothBadShare: number;
  readonly winRate: number;
}

export interface BootstrapLeaderboard {
  /** Sorted by component, then score (best first), then id. */
  readonly competitors: readonly CompetitorRating[];
  readonly resamples: number;
  readonly seed: number;
  readonly confidence: number;
  readonly components: number;
  /** Votes counted (self-votes excluded) and left out. */
  readonly votes: number;
  readonly selfVotes: number;
  /** Whether the fit on all votes converged, and how many resample fits did not. */
  readonly converged: boolean;
  readonly unconvergedResamples: number;
}

/**
 * The leaderboard of DESIGN §5: Bradley–Terry scores with percentile bootstrap intervals over votes, as
 * Chatbot Arena computes them. Each resample draws as many votes as there are, with replacement (seeded);
 * votes are pooled into the cells the fit can tell apart first (fitCells), so a resample is a multinomial
 * draw of the cell counts (see bootstrapSamples) and the fit only needs the k×k points table: a resample
 * costs O(cells + k²·Newton iterations) with cells ≤ 3·k·(k − 1)/2, however many votes there are. Resample fits start from
 * the full-data estimate, which they are close to, to save iterations.
 * A resample can miss a competitor or split the graph; the missing competitor then sits at its group's mean
 * (θ = 0) in that resample, which widens its interval — the honest reaction to having few votes.
 */
export function bootstrapBradleyTerry(
  votes: readonly Vote[],
  options: BootstrapOptions = {},
): BootstrapLeaderboard {
  const settings = resolveResampling(options);
  const fitOptions = resolveFitOptions(options);
  const indexed = indexVotes(votes);
  const k = indexed.ids.length;
  const n = indexed.votes;
  const cells = fitCells(indexed);
  const full = fitBradleyTerry(pairPoints(cells), k, fitOptions);
  const boot = bootstrapSamples(cells.count, k, settings, (counts) => {
    const fit = fitBradleyTerry(pairPoints(cells, counts), k, fitOptions, full.theta);
    return { x: fit.theta, converged: fit.converged };
  });
  const intervals = Array.from({ length: k }, (_, i) => ({
    ...percentileInterval(boot, i, settings),
    group: full.component[i] as number,
  }));
  const ranks = ranksFromIntervals(intervals);
  const tallies = competitorTallies(indexed);
  const competitors: CompetitorRating[] = indexed.ids.map((id, i) => {
    const score = full.theta[i] as number;
    const { lower, upper, group } = intervals[i] as (typeof intervals)[number];
    const { votes: voteCount, wins, losses, ties, bothBad, bothBadShare, winRate } = tallies[i]!;
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
      votes: voteCount,
      wins,
      losses,
      ties,
      bothBad,
      bothBadShare,
      winRate,
    };
  });
  competitors.sort((x, y) => x.component - y.component || y.score - x.score || (x.id < y.id ? -1 : 1));
  return {
    competitors,
    ...settings,
    components: full.components,
    votes: n,
    selfVotes: indexed.selfVotes,
    converged: full.converged,
    unconvergedResamples: boot.unconverged,
  };
}
