import { Injectable } from '@nestjs/common';
import { type Leaderboard, type LeaderboardEntry, type LeaderboardQuery } from '@draftbench/contracts';
import {
  bootstrapBradleyTerry,
  bootstrapLengthControlled,
  positionBias,
  type LengthVote,
} from '@draftbench/analytics';
import { JudgeLeaderboardRepository } from '../judge/judge-leaderboard.repository.js';
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
  constructor(
    private readonly repository: LeaderboardRepository,
    private readonly judge: JudgeLeaderboardRepository,
  ) {}

  /** Ranks people's blind votes, or — with raterGroup=judge — the AI judge's verdicts, never both together. */
  async leaderboard(query: LeaderboardQuery): Promise<Leaderboard> {
    const byJudge = query.raterGroup === 'judge';
    const rows = byJudge ? await this.judge.verdicts(query) : await this.repository.blindVotes(query);
    const sides = new Map<string, SideRow>();
    // Rows arrive aggregated per pair and outcome (with `count`), unless lengths are needed.
    const votes: LengthVote[] = rows.map((row) => {
      const a = competitorOf(row.left, query.competitor);
      const b = competitorOf(row.right, query.competitor);
      sides.set(a, row.left);
      sides.set(b, row.right);
      return {
        a,
        b,
        outcome: row.outcome,
        count: row.count,
        lengthA: row.left.length,
        lengthB: row.right.length,
      };
    });
    const options = { resamples: RESAMPLES, seed: SEED };
    const board = bootstrapBradleyTerry(votes, options);
    // With length control the scores, intervals and ranks come from the model with the length covariate;
    // the tallies stay those of the votes.
    const controlled =
      query.lengthControl && votes.length ? bootstrapLengthControlled(votes, options) : undefined;
    const scored = new Map((controlled?.competitors ?? board.competitors).map((c) => [c.id, c]));
    // A verdict's left and right are its canonical order, not what the judge saw: its single answers are.
    const bias = positionBias(byJudge ? await this.judge.shownAnswers(query) : votes);
    const entries: LeaderboardEntry[] = board.competitors.map((c) => {
      const side = sides.get(c.id)!;
      const s = scored.get(c.id) ?? c;
      const split = query.competitor === 'model' && side.origin === 'aigc';
      return {
        id: c.id,
        origin: side.origin,
        provider: split ? side.provider : null,
        model: split ? side.model : null,
        promptTemplate: split ? side.template : null,
        rank: s.rank,
        score: { estimate: s.score, lower: s.lower, upper: s.upper },
        elo: { estimate: s.elo, lower: s.eloLower, upper: s.eloUpper },
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
      raterGroup: query.raterGroup,
      entries: entries.sort((x, y) => x.rank - y.rank || y.score.estimate - x.score.estimate),
      votes: board.votes,
      resamples: board.resamples,
      lengthEffect: controlled
        ? { estimate: controlled.beta, lower: controlled.betaLower, upper: controlled.betaUpper }
        : null,
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
