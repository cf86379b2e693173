import { Inject, Injectable } from '@nestjs/common';
import { type LeaderboardQuery, type VoteOutcome } from '@draftbench/contracts';
import { type Vote } from '@draftbench/analytics';
import { type Database } from '@draftbench/db';
import { sql, type SQL } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';
import { type VoteWithSides } from '../leaderboard/leaderboard.repository.js';
import { competitorColumns, draftLength, type SidedRow, voteWithSides } from '../leaderboard/vote-sides.js';

/** The AI judge's verdicts shaped like blind votes, so the leaderboard ranks them the same way. */
@Injectable()
export class JudgeLeaderboardRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /**
   * Well-formed verdicts (of every judge model) with what each draft was: draft a on the left, draft b on
   * the right, the combined outcome. Aggregated per competitor pair and outcome unless lengths are needed.
   */
  async verdicts(query: LeaderboardQuery): Promise<VoteWithSides[]> {
    const perVerdict = query.lengthControl;
    const { rows } = await this.db.execute<SidedRow>(sql`
      SELECT jv.outcome, l.*, r.*,
             ${perVerdict ? sql`${draftLength(sql`ld.body`)} AS ll, ${draftLength(sql`rd.body`)} AS rl, 1 AS n` : sql`1 AS ll, 1 AS rl, count(*)::int AS n`}
      FROM judge_verdicts jv
      JOIN drafts ld ON ld.id = jv.draft_a_id
      JOIN drafts rd ON rd.id = jv.draft_b_id
      JOIN briefs b ON b.id = jv.brief_id
      LEFT JOIN generation_jobs lj ON lj.id = ld.job_id
      LEFT JOIN generation_jobs rj ON rj.id = rd.job_id
      CROSS JOIN LATERAL (SELECT ${competitorColumns('ld', 'lj', query.competitor)}) AS l(lo, lp, lm, lt)
      CROSS JOIN LATERAL (SELECT ${competitorColumns('rd', 'rj', query.competitor)}) AS r(ro, rp, rm, rt)
      WHERE jv.outcome IS NOT NULL ${filters(query)}
      ${perVerdict ? sql`` : sql`GROUP BY jv.outcome, l.lo, l.lp, l.lm, l.lt, r.ro, r.rp, r.rm, r.rt`}
    `);
    return rows.map(voteWithSides);
  }

  /**
   * The judge's single answers as it gave them (`a`: the draft shown first), for its position-bias audit:
   * a verdict's canonical order says nothing about what the judge was shown.
   */
  async shownAnswers(query: LeaderboardQuery): Promise<Vote[]> {
    const { rows } = await this.db.execute<{ outcome: VoteOutcome; n: number }>(sql`
      SELECT o.outcome, count(*)::int AS n
      FROM judge_verdicts jv
      JOIN briefs b ON b.id = jv.brief_id
      CROSS JOIN LATERAL (VALUES (jv.outcome_ab), (jv.outcome_ba)) AS o(outcome)
      WHERE o.outcome IS NOT NULL ${filters(query)}
      GROUP BY o.outcome
    `);
    return rows.map((r) => ({ a: 'first', b: 'second', outcome: r.outcome, count: Number(r.n) }));
  }
}

function filters(query: LeaderboardQuery): SQL {
  return sql`
    ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
    ${query.language ? sql`AND b.language = ${query.language}` : sql``}
    ${query.from ? sql`AND jv.created_at >= ${query.from}` : sql``}
    ${query.to ? sql`AND jv.created_at < ${query.to}` : sql``}`;
}
