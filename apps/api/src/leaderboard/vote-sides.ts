import { type DraftOrigin, type LeaderboardQuery, type VoteOutcome } from '@draftbench/contracts';
import { sql, type SQL } from 'drizzle-orm';
import { type VoteWithSides } from './leaderboard.repository.js';

/** One aggregated row of votes or verdicts with both sides' competitor columns (`l.*`, `r.*`) and lengths. */
export interface SidedRow {
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
  [column: string]: unknown;
}

export function voteWithSides(r: SidedRow): VoteWithSides {
  return {
    outcome: r.outcome,
    count: Number(r.n),
    left: { origin: r.lo, provider: r.lp, model: r.lm, template: r.lt, length: Number(r.ll) },
    right: { origin: r.ro, provider: r.rp, model: r.rm, template: r.rt, length: Number(r.rl) },
  };
}

/**
 * What one side of a voted or judged pair was, for draft alias `d` and its generation job `j`: origin, provider,
 * model and prompt template. With origins as competitors, provider, model and template do not split a
 * competitor, so they are NULL.
 */
export function competitorColumns(d: string, j: string, competitor: LeaderboardQuery['competitor']): SQL {
  return competitor === 'origin'
    ? sql.raw(`${d}.origin, NULL::text, NULL::text, NULL::text`)
    : sql.raw(
        `${d}.origin, ${d}.provider, ${d}.model, CASE WHEN ${d}.origin = 'aigc' THEN ${j}.prompt_template END`,
      );
}

/** Length in the brief's unit (brief alias `b`), at least 1 (the covariate is a log ratio): zh characters, en words. */
export function draftLength(body: SQL): SQL {
  return sql`greatest(1, CASE b.language
    WHEN 'zh' THEN char_length(regexp_replace(${body}, '\\s', '', 'g'))
    ELSE coalesce(array_length(regexp_split_to_array(btrim(${body}), '\\s+'), 1), 0) END)`;
}
