import { Inject, Injectable } from '@nestjs/common';
import { type SafetyRates, type SafetyRatesQuery } from '@draftbench/contracts';
import { type Database } from '@draftbench/db';
import { sql } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

interface RatesRow extends Record<string, unknown> {
  provider: string;
  model: string;
  jobs: number;
  refused: number;
  outputs: number;
  flagged: number;
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * How often the gate stops each provider/model's work: briefs refused before the model call, and drafts
 * flagged at the output (counted whether a lead published them later or not: the flag was the model's).
 */
@Injectable()
export class SafetyRatesRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  async rates(query: SafetyRatesQuery): Promise<SafetyRates> {
    const { rows } = await this.db.execute<RatesRow>(sql`
      SELECT j.provider, j.model,
        count(*) FILTER (WHERE j.state IN ('succeeded', 'failed', 'refused'))::int AS jobs,
        count(*) FILTER (WHERE j.state = 'refused')::int AS refused,
        coalesce(sum(o.outputs), 0)::int AS outputs,
        coalesce(sum(o.flagged), 0)::int AS flagged
      FROM generation_jobs j
      JOIN briefs b ON b.id = j.brief_id
      CROSS JOIN LATERAL (
        SELECT count(*) AS outputs,
          count(*) FILTER (
            WHERE d.moderation->'safety'->>'stage' = 'output'
              AND d.moderation->'safety'->'verdict'->>'decision' IN ('flag', 'refuse')
          ) AS flagged
        FROM drafts d WHERE d.job_id = j.id AND d.origin = 'aigc'
      ) o
      WHERE TRUE
        ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
        ${query.language ? sql`AND b.language = ${query.language}` : sql``}
        ${query.from ? sql`AND j.created_at >= ${query.from}` : sql``}
        ${query.to ? sql`AND j.created_at < ${query.to}` : sql``}
      GROUP BY j.provider, j.model
      HAVING count(*) FILTER (WHERE j.state IN ('succeeded', 'failed', 'refused')) > 0
        OR sum(o.outputs) > 0
      ORDER BY j.provider, j.model
    `);
    return {
      rows: rows.map((r) => ({
        ...r,
        refusalRate: rate(r.refused, r.jobs),
        flagRate: rate(r.flagged, r.outputs),
      })),
    };
  }
}
