import { Inject, Injectable } from '@nestjs/common';
import { type DraftOrigin, type LeaderboardQuery, type VoteOutcome } from '@draftbench/contracts';
import { type Database } from '@draftbench/db';
import { sql, type SQL } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';
import { competitorColumns, draftLength, type SidedRow, voteWithSides } from './vote-sides.js';

export interface SideRow {
  origin: DraftOrigin;
  provider: string | null;
  model: string | null;
  template: string | null;
  /** Characters (zh, without whitespace) or words (en). */
  length: number;
}

export interface VoteWithSides {
  outcome: VoteOutcome;
  /** How many votes this row stands for (aggregated rows), 1 per vote with lengths. */
  count: number;
  left: SideRow;
  right: SideRow;
}

@Injectable()
export class LeaderboardRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /**
   * Blind votes with what each side was, filtered by the brief and the time of the vote, one row per
   * (left competitor, right competitor, outcome) with its count — per draft pair as well when lengths are
   * needed. Whole UTC days come from `vote_tallies` (kept by triggers on insert); only the partial days at
   * the edges of a date range are counted from `votes` themselves.
   */
  async blindVotes(query: LeaderboardQuery): Promise<VoteWithSides[]> {
    const perDraft = query.lengthControl;
    const { rows } = await this.db.execute<SidedRow>(sql`
      WITH counted AS (${countedVotes(query.from, query.to)})
      SELECT c.outcome, l.*, r.*,
             ${perDraft ? sql`${draftLength(sql`ld.body`)} AS ll, ${draftLength(sql`rd.body`)} AS rl` : sql`1 AS ll, 1 AS rl`},
             sum(c.n)::int AS n
      FROM counted c
      JOIN drafts ld ON ld.id = c.left_draft_id
      JOIN drafts rd ON rd.id = c.right_draft_id
      JOIN briefs b ON b.id = ld.brief_id
      LEFT JOIN generation_jobs lj ON lj.id = ld.job_id
      LEFT JOIN generation_jobs rj ON rj.id = rd.job_id
      CROSS JOIN LATERAL (SELECT ${competitorColumns('ld', 'lj', query.competitor)}) AS l(lo, lp, lm, lt)
      CROSS JOIN LATERAL (SELECT ${competitorColumns('rd', 'rj', query.competitor)}) AS r(ro, rp, rm, rt)
      WHERE TRUE
        ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
        ${query.language ? sql`AND b.language = ${query.language}` : sql``}
      GROUP BY c.outcome, l.lo, l.lp, l.lm, l.lt, r.ro, r.rp, r.rm, r.rt${perDraft ? sql`, ld.id, rd.id, b.language` : sql``}
    `);
    return rows.map(voteWithSides);
  }
}

/**
 * Blind vote counts per (left draft, right draft, outcome) cast in [from, to): the whole UTC days inside the
 * range from the tallies, the part-days at its edges from the votes (through votes_created_idx).
 */
export function countedVotes(from: string | undefined, to: string | undefined): SQL {
  const tallied = sql`SELECT left_draft_id, right_draft_id, outcome, votes AS n FROM vote_tallies`;
  if (!from && !to) return tallied;
  const first = from ? ceilToUtcDay(from) : undefined;
  const end = to ? floorToUtcDay(to) : undefined;
  const edges = [
    from ? sql`created_at < ${first}` : undefined,
    to ? sql`created_at >= ${end}` : undefined,
  ].filter((s) => s !== undefined);
  return sql`
    ${tallied} WHERE TRUE ${first ? sql`AND day >= ${first}` : sql``} ${end ? sql`AND day < ${end}` : sql``}
    UNION ALL
    SELECT left_draft_id, right_draft_id, outcome, count(*)::int FROM votes
    WHERE blind ${from ? sql`AND created_at >= ${from}` : sql``} ${to ? sql`AND created_at < ${to}` : sql``}
      AND (${sql.join(edges, sql` OR `)})
    GROUP BY 1, 2, 3`;
}

const DAY_MS = 86_400_000;
const floorToUtcDay = (t: string) => new Date(Math.floor(Date.parse(t) / DAY_MS) * DAY_MS).toISOString();
const ceilToUtcDay = (t: string) => new Date(Math.ceil(Date.parse(t) / DAY_MS) * DAY_MS).toISOString();
