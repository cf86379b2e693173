import { Injectable } from '@nestjs/common';
import { type Leaderboard, type LeaderboardEntry, type LeaderboardQuery } from '@draftbench/contracts';
import { bootstrapBradleyTerry, positionBias, type Vote } from '@draftbench/analytics';
import { LeaderboardRepository, type SideRow } from './leaderboard.repository.js';

const RESAMPLES = 1000;
// A fixed seed: the same votes always give the same intervals, so the page does not flicker.
const SEED = 20_251_128;

/** Competitor of a draft: its origin, or — with `model` — AIGC split by provider, model and prompt template. */
export function competitorOf(side: SideRow, kind: LeaderboardQuery['competitor']): string {
  if (kind === 'origin' || side.origin !== 'aigc') return side.origin;
  return `aigc:${side.provider ?? '?'}/${side.model ?? '?'}/${side.template ?? '?'}`;
}

@Injectable()
export class LeaderboardService {
  constructor(private readonly repository: LeaderboardRepository) {}

  async leaderboard(query: LeaderboardQuery): Promise<Leaderboard> {
    const rows = await this.repository.blindVotes(query);
    const sides = new Map<string, SideRow>();
    const votes: Vote[] = rows.map((row) => {
      const a = competitorOf(row.left, query.competitor);
      const b = competitorOf(row.right, query.competitor);
      sides.set(a, row.left);
      sides.set(b, row.right);
      return { a, b, outcome: row.outcome };
    });
    const board = bootstrapBradleyTerry(votes, { resamples: RESAMPLES, seed: SEED });
    const bias = positionBias(votes);
    const entries: LeaderboardEntry[] = board.competitors.map((c) => {
      const side = sides.get(c.id)!;
      const split = query.competitor === 'model' && side.origin === 'aigc';
      return {
        id: c.id,
        origin: side.origin,
        provider: split ? side.provider : null,
        model: split ? side.model : null,
        promptTemplate: split ? side.template : null,
        rank: c.rank,
        score: { estimate: c.score, lower: c.lower, upper: c.upper },
        elo: { estimate: c.elo, lower: c.eloLower, upper: c.eloUpper },
        votes: c.votes,
        wins: c.wins,
        losses: c.losses,
        ties: c.ties,
        bothBad: c.bothBad,
        winRate: c.winRate,
      };
    });
    return {
      competitor: query.competitor,
      entries: entries.sort((x, y) => x.rank - y.rank || y.score.estimate - x.score.estimate),
      votes: board.votes,
      resamples: board.resamples,
      positionBias: {
        decisive: bias.decisive,
        leftShare: bias.leftShare
          ? { estimate: bias.leftShare.share, lower: bias.leftShare.lower, upper: bias.leftShare.upper }
          : null,
        biased: bias.biased,
      },
    };
  }
}
