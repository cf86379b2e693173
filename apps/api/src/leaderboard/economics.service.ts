import { Inject, Injectable } from '@nestjs/common';
import { DraftOrigin, type Economics, type EconomicsQuery } from '@draftbench/contracts';
import { type Database } from '@draftbench/db';
import { sql } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';
import { onFrontier } from './frontier.js';
import { LeaderboardService } from './leaderboard.service.js';

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type DraftEconomics = {
  origin: DraftOrigin;
  cost_usd: number | null;
  human_minutes: number | null;
  turnaround_minutes: number | null;
};

/** Cost and turnaround per draft by origin, beside the quality the leaderboard and the rubric give it. */
@Injectable()
export class EconomicsService {
  constructor(
    @Inject(DB) private readonly db: Database,
    private readonly leaderboard: LeaderboardService,
  ) {}

  async economics(query: EconomicsQuery): Promise<Economics> {
    const filters = sql`
      ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
      ${query.language ? sql`AND b.language = ${query.language}` : sql``}`;
    const { rows } = await this.db.execute<DraftEconomics>(sql`
      SELECT d.origin, d.cost_usd, d.human_minutes,
        CASE d.origin
          WHEN 'aigc' THEN extract(epoch FROM j.finished_at - j.created_at) / 60
          WHEN 'pgc' THEN extract(epoch FROM a.approved_at - a.created_at) / 60
          WHEN 'ai_assisted' THEN extract(epoch FROM pj.finished_at - pj.created_at) / 60 + coalesce(d.human_minutes, 0)
        END AS turnaround_minutes
      FROM drafts d
      JOIN briefs b ON b.id = d.brief_id
      LEFT JOIN generation_jobs j ON j.id = d.job_id
      LEFT JOIN assignments a ON a.draft_id = d.id
      LEFT JOIN drafts p ON p.id = d.parent_draft_id
      LEFT JOIN generation_jobs pj ON pj.id = p.job_id
      WHERE d.status = 'published' ${filters}
    `);
    const { rows: rubric } = await this.db.execute<{ origin: DraftOrigin; mean: number | null }>(sql`
      SELECT d.origin, avg(s.score)::float8 AS mean
      FROM votes v
      CROSS JOIN LATERAL (
        SELECT v.left_draft_id AS draft_id, (r.value->>'left')::int AS score FROM jsonb_each(v.rubric) r
        UNION ALL
        SELECT v.right_draft_id, (r.value->>'right')::int FROM jsonb_each(v.rubric) r
      ) s
      JOIN drafts d ON d.id = s.draft_id
      JOIN briefs b ON b.id = d.brief_id
      WHERE v.blind ${filters}
      GROUP BY d.origin
    `);
    const board = await this.leaderboard.leaderboard({
      ...query,
      competitor: 'origin',
      raterGroup: 'human',
      lengthControl: false,
    });
    const elo = new Map(board.entries.map((e) => [e.origin, e.elo.estimate]));
    const rubricMean = new Map(rubric.map((r) => [r.origin, r.mean]));

    const present = DraftOrigin.options.filter((o) => rows.some((r) => r.origin === o));
    const base = present.map((origin) => {
      const mine = rows.filter((r) => r.origin === origin);
      const numbers = (pick: (r: DraftEconomics) => number | null) =>
        mine
          .map(pick)
          .filter((x): x is number => x !== null)
          .map(Number);
      return {
        origin,
        drafts: mine.length,
        meanCostUsd: mean(numbers((r) => r.cost_usd)),
        meanHumanMinutes: mean(numbers((r) => r.human_minutes)),
        medianTurnaroundMinutes: median(numbers((r) => r.turnaround_minutes)),
        elo: elo.get(origin) ?? null,
        rubricMean: rubricMean.get(origin) ?? null,
      };
    });
    const frontier = onFrontier(base.map((r) => ({ cost: r.meanCostUsd, quality: r.elo })));
    return { rows: base.map((row, i) => ({ ...row, onFrontier: frontier[i]! })) };
  }
}
