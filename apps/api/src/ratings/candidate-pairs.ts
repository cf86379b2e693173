import { sql } from 'drizzle-orm';

/**
 * The pairs that may be judged, by people or by the AI judge (one definition, so both rate the same
 * set): two published drafts of one brief by different competitors — origins differ, or two AIGC drafts
 * differ in provider, model or prompt template — neither revealing its origin, in canonical order
 * (a_id < b_id, as rating_tasks stores them). Columns: brief_id, a_id, b_id, a_author, b_author.
 */
export const CANDIDATE_PAIRS = sql`
  WITH competitors AS (
    SELECT d.id, d.brief_id, d.author_user_id,
           d.origin || CASE WHEN d.origin = 'aigc'
             THEN '/' || coalesce(d.provider, '') || '/' || coalesce(d.model, '') || '/' || coalesce(j.prompt_template, '')
             ELSE '' END AS competitor
    FROM drafts d
    LEFT JOIN generation_jobs j ON j.id = d.job_id
    WHERE d.status = 'published' AND NOT d.reveals_origin
  )
  SELECT a.brief_id, a.id AS a_id, b.id AS b_id, a.author_user_id AS a_author, b.author_user_id AS b_author
  FROM competitors a
  JOIN competitors b ON b.brief_id = a.brief_id AND a.id < b.id AND a.competitor <> b.competitor`;
