import { type LeaderboardQuery } from '@draftbench/contracts';
import { sql, type SQL } from 'drizzle-orm';

/**
 * What one side of a judged pair was, for draft alias `d` and its generation job `j`: origin, provider,
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
