import { type ProportionInterval, wilsonInterval } from './wilson.js';
import { type Vote, voteCount } from './votes.js';

export interface BothBadShare {
  readonly votes: number;
  readonly bothBad: number;
  /** bothBad / votes with its Wilson interval; null when there are no votes. */
  readonly interval: ProportionInterval | null;
}

export interface BothBadReport {
  readonly overall: BothBadShare;
  /** Per competitor, in ascending id order. */
  readonly competitors: readonly (BothBadShare & { readonly id: string })[];
}

/**
 * How often raters judged both drafts unacceptable, overall and per competitor shown. The rating treats
 * both-bad as a tie; this report keeps it visible because a high share means a source often produces
 * drafts nobody would publish, whatever its relative strength. Unlike the rating, a vote between two drafts
 * of the same competitor counts here (once): both being bad is still evidence about that competitor. Each
 * vote counts `count` times (Vote.count).
 */
export function bothBadReport(votes: readonly Vote[], confidence = 0.95): BothBadReport {
  const counts = new Map<string, { votes: number; bothBad: number }>();
  let total = 0;
  let voteTotal = 0;
  for (const vote of votes) {
    const times = voteCount(vote);
    const bad = vote.outcome === 'both_bad' ? times : 0;
    voteTotal += times;
    total += bad;
    for (const id of vote.a === vote.b ? [vote.a] : [vote.a, vote.b]) {
      const entry = counts.get(id) ?? { votes: 0, bothBad: 0 };
      entry.votes += times;
      entry.bothBad += bad;
      counts.set(id, entry);
    }
  }
  const share = (bothBad: number, n: number): BothBadShare => ({
    votes: n,
    bothBad,
    interval: wilsonInterval(bothBad, n, confidence),
  });
  return {
    overall: share(total, voteTotal),
    competitors: [...counts.keys()]
      .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
      .map((id) => {
        const entry = counts.get(id) as { votes: number; bothBad: number };
        return { id, ...share(entry.bothBad, entry.votes) };
      }),
  };
}
