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
  left: SideRow;
  right: SideRow;
}

@Injectable()
export class LeaderboardRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /** Blind votes with what each side was, filtered by the brief and the time of the vote. */
  async blindVotes(query: LeaderboardQuery): Promise<VoteWithSides[]> {
    const { rows } = await this.db.execute<{
      outcome: VoteOutcome;
      lo: DraftOrigin;
      lp: string | null;
      lm: string | null;
      lt: string | null;
      ll: number;
      ro: DraftOrigin;
      rp: string | null;
      rm: string | null;
      rt: string | null;
      rl: number;
    }>(sql`
      SELECT v.outcome,
             ld.origin AS lo, ld.provider AS lp, ld.model AS lm, lj.prompt_template AS lt,
             rd.origin AS ro, rd.provider AS rp, rd.model AS rm, rj.prompt_template AS rt,
             ${lengthOf(sql`ld.body`)} AS ll, ${lengthOf(sql`rd.body`)} AS rl
      FROM votes v
      JOIN drafts ld ON ld.id = v.left_draft_id
      JOIN drafts rd ON rd.id = v.right_draft_id
      JOIN briefs b ON b.id = ld.brief_id
      LEFT JOIN generation_jobs lj ON lj.id = ld.job_id
      LEFT JOIN generation_jobs rj ON rj.id = rd.job_id
      WHERE v.blind
        ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
        ${query.language ? sql`AND b.language = ${query.language}` : sql``}
        ${query.from ? sql`AND v.created_at >= ${query.from}` : sql``}
        ${query.to ? sql`AND v.created_at < ${query.to}` : sql``}
    `);
    return rows.map((r) => ({
      outcome: r.outcome,
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
