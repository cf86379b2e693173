import { type IndexedVotes, OUTCOME_CODES, type Vote, indexVotes } from './votes.js';

export interface CompetitorTally {
  readonly id: string;
  /** Counted votes the competitor took part in (votes against itself are not counted). */
  readonly votes: number;
  readonly wins: number;
  readonly losses: number;
  readonly ties: number;
  readonly bothBad: number;
  /** (wins + ½·(ties + bothBad)) / votes — the same half-point rule the rating uses. */
  readonly winRate: number;
  /** bothBad / votes: how often raters found neither draft acceptable when this competitor was shown. */
  readonly bothBadShare: number;
}

/** Per-competitor vote counts (honouring Vote.count), in ascending id order. */
export function competitorTallies(votes: readonly Vote[] | IndexedVotes): CompetitorTally[] {
  const indexed = isIndexed(votes) ? votes : indexVotes(votes);
  const k = indexed.ids.length;
  const wins = new Float64Array(k);
  const losses = new Float64Array(k);
  const ties = new Float64Array(k);
  const bothBad = new Float64Array(k);
  for (let v = 0; v < indexed.left.length; v++) {
    const left = indexed.left[v] as number;
    const right = indexed.right[v] as number;
    const times = indexed.count[v] as number;
    switch (indexed.outcome[v]) {
      case OUTCOME_CODES.a:
        wins[left]! += times;
        losses[right]! += times;
        break;
      case OUTCOME_CODES.b:
        wins[right]! += times;
        losses[left]! += times;
        break;
      case OUTCOME_CODES.tie:
        ties[left]! += times;
        ties[right]! += times;
        break;
      default:
        bothBad[left]! += times;
        bothBad[right]! += times;
    }
  }
  return indexed.ids.map((id, i) => {
    const w = wins[i] as number;
    const t = ties[i] as number;
    const bb = bothBad[i] as number;
    const total = w + (losses[i] as number) + t + bb;
    return {
      id,
      votes: total,
      wins: w,
      losses: losses[i] as number,
      ties: t,
      bothBad: bb,
      winRate: total === 0 ? 0 : (w + (t + bb) / 2) / total,
      bothBadShare: total === 0 ? 0 : bb / total,
    };
  });
}

function isIndexed(votes: readonly Vote[] | IndexedVotes): votes is IndexedVotes {
  return !Array.isArray(votes);
}
