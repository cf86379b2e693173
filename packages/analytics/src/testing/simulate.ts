import { sigmoid } from '../logistic.js';
import { type Outcome, type Vote } from '../votes.js';

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A copy of `items` in random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export interface SimulationOptions {
  /** Largest share of non-decisive votes (reached for evenly matched pairs); default 0.2. */
  readonly tieRate?: number;
  /** Share of non-decisive votes recorded as both-bad rather than tie; default 0.3. */
  readonly bothBadShare?: number;
  /** Extra logit for the left competitor (position bias); default 0. */
  readonly leftBias?: number;
}

export const competitorId = (i: number) => `c${i}`;

/**
 * Votes between random pairs of competitors with log-strengths `theta`. Ties are drawn so that the
 * expected points of the left side stay exactly σ(θa − θb) (tie probability 2·tieRate·min(p, 1 − p), the
 * rest split as decisive wins): tie-as-half-a-win is then a correct model, and the fitted strengths must
 * recover `theta`. A tie model that ignored this (a fixed tie rate) would shrink every strength towards 0.
 */
export function simulateVotes(
  theta: readonly number[],
  count: number,
  random: () => number,
  options: SimulationOptions = {},
): Vote[] {
  const { tieRate = 0.2, bothBadShare = 0.3, leftBias = 0 } = options;
  const k = theta.length;
  const votes: Vote[] = [];
  for (let v = 0; v < count; v++) {
    const a = Math.floor(random() * k);
    let b = Math.floor(random() * (k - 1));
    if (b >= a) b++;
    const p = sigmoid((theta[a] as number) - (theta[b] as number) + leftBias);
    const tie = 2 * tieRate * Math.min(p, 1 - p);
    const u = random();
    let outcome: Outcome;
    if (u < tie) outcome = random() < bothBadShare ? 'both_bad' : 'tie';
    else outcome = u < tie + (p - tie / 2) ? 'a' : 'b';
    votes.push({ a: competitorId(a), b: competitorId(b), outcome });
  }
  return votes;
}
