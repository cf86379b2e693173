import { Inject, Injectable } from '@nestjs/common';
import { type DraftOrigin, type LeaderboardQuery, type VoteOutcome } from '@draftbench/contracts';
import { type Database } from '@draftbench/db';
import { sql, type SQL } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

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
   * Blind votes with what each side was, filtered by the brief and the time of the vote. Without lengths
   * the votes are aggregated in PostgreSQL — one row per (left competitor, right competitor, outcome) with
   * its count — so a million votes arrive as a few thousand rows.
   */
  async blindVotes(query: LeaderboardQuery): Promise<VoteWithSides[]> {
    const perVote = query.lengthControl;
    // With origins as competitors, provider/model/template do not split a competitor.
    const side = (d: string, j: string) =>
      query.competitor === 'origin'
        ? sql.raw(`${d}.origin, NULL::text, NULL::text, NULL::text`)
        : sql.raw(
            `${d}.origin, ${d}.provider, ${d}.model, CASE WHEN ${d}.origin = 'aigc' THEN ${j}.prompt_template END`,
          );
    const { rows } = await this.db.execute<{
      outcome: VoteOutcome;
      lo: DraftOrigin;
      lp: string | null;
      lm: string | null;
      lt: string | null;
      ro: DraftOrigin;
      rp: string | null;
      rm: string | null;
      rt: string | null;
      ll: number;
      rl: number;
      n: number;
    }>(sql`
      SELECT v.outcome, l.*, r.*,
             ${perVote ? sql`${lengthOf(sql`ld.body`)} AS ll, ${lengthOf(sql`rd.body`)} AS rl, 1 AS n` : sql`1 AS ll, 1 AS rl, count(*)::int AS n`}
      FROM votes v
      JOIN drafts ld ON ld.id = v.left_draft_id
      JOIN drafts rd ON rd.id = v.right_draft_id
      JOIN briefs b ON b.id = ld.brief_id
      LEFT JOIN generation_jobs lj ON lj.id = ld.job_id
      LEFT JOIN generation_jobs rj ON rj.id = rd.job_id
      CROSS JOIN LATERAL (SELECT ${side('ld', 'lj')}) AS l(lo, lp, lm, lt)
      CROSS JOIN LATERAL (SELECT ${side('rd', 'rj')}) AS r(ro, rp, rm, rt)
      WHERE v.blind
        ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
        ${query.language ? sql`AND b.language = ${query.language}` : sql``}
        ${query.from ? sql`AND v.created_at >= ${query.from}` : sql``}
        ${query.to ? sql`AND v.created_at < ${query.to}` : sql``}
      ${perVote ? sql`` : sql`GROUP BY v.outcome, l.lo, l.lp, l.lm, l.lt, r.ro, r.rp, r.rm, r.rt`}
    `);
    return rows.map((r) => ({
      outcome: r.outcome,
      count: Number(r.n),
      left: { origin: r.lo, provider: r.lp, model: r.lm, template: r.lt, length: Number(r.ll) },
      right: { origin: r.ro, provider: r.rp, model: r.rm, template: r.rt, length: Number(r.rl) },
    }));
  }
}

/** Length in the brief's unit, at least 1 (the covariate is a log ratio): zh characters, en words. */
function lengthOf(body: SQL): SQL {
  return sql`greatest(1, CASE b.language
    WHEN 'zh' THEN char_length(regexp_replace(${body}, '\\s', '', 'g'))
    ELSE coalesce(array_length(regexp_split_to_array(btrim(${body}), '\\s+'), 1), 0) END)`;
}
