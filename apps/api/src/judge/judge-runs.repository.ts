import { Inject, Injectable } from '@nestjs/common';
import {
  type ContentType,
  type JobError,
  type JudgeRunState,
  type Language,
  type PageQuery,
  type TokenUsage,
} from '@draftbench/contracts';
import { judgeRuns, type Database, type JudgeRunRow } from '@draftbench/db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';
import { CANDIDATE_PAIRS } from '../ratings/candidate-pairs.js';

export type NewJudgeRun = typeof judgeRuns.$inferInsert;
export type JudgePair = JudgeRunRow['pairs'][number];

/** What a run's verdicts add up to; the verdicts are the truth, so nothing here is stored twice. */
export interface RunProgress {
  judged: number;
  consistent: number;
  inconsistent: number;
  malformed: number;
  usage: TokenUsage;
  costUsd: number;
}

export const NO_PROGRESS: RunProgress = {
  judged: 0,
  consistent: 0,
  inconsistent: 0,
  malformed: 0,
  usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
  costUsd: 0,
};

const ACTIVE: JudgeRunState[] = ['queued', 'running'];

/** Judge runs. State changes are conditional UPDATEs on the current state, as for generation jobs. */
@Injectable()
export class JudgeRunsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  async create(run: NewJudgeRun): Promise<JudgeRunRow> {
    const [row] = await this.db.insert(judgeRuns).values(run).returning();
    return row!;
  }

  async findById(id: string): Promise<JudgeRunRow | undefined> {
    const [row] = await this.db.select().from(judgeRuns).where(eq(judgeRuns.id, id));
    return row;
  }

  list(query: PageQuery): Promise<JudgeRunRow[]> {
    return this.db
      .select()
      .from(judgeRuns)
      .where(query.cursor ? afterCursor(judgeRuns.createdAt, judgeRuns.id, query.cursor) : undefined)
      .orderBy(desc(judgeRuns.createdAt), desc(judgeRuns.id))
      .limit(query.limit + 1);
  }

  /**
   * Up to `limit` candidate pairs (the rating sampler's set) this judge has not judged yet, in the
   * filters' briefs. Pairs with more blind human votes come first, so judge–human agreement has
   * something to compare early; the rest in random order.
   */
  async pairsToJudge(
    judge: { provider: string; model: string },
    filters: { contentType?: ContentType; language?: Language },
    limit: number,
  ): Promise<JudgePair[]> {
    const { rows } = await this.db.execute<{ brief_id: string; a_id: string; b_id: string }>(sql`
      WITH pairs AS (${CANDIDATE_PAIRS}),
      rated AS (
        SELECT t.draft_a_id, t.draft_b_id, count(*) AS votes
        FROM rating_tasks t JOIN votes v ON v.task_id = t.id AND v.blind
        GROUP BY t.draft_a_id, t.draft_b_id
      )
      SELECT p.brief_id, p.a_id, p.b_id
      FROM pairs p
      JOIN briefs b ON b.id = p.brief_id
      LEFT JOIN rated r ON r.draft_a_id = p.a_id AND r.draft_b_id = p.b_id
      WHERE NOT EXISTS (
          SELECT 1 FROM judge_verdicts jv
          WHERE jv.draft_a_id = p.a_id AND jv.draft_b_id = p.b_id
            AND jv.provider = ${judge.provider} AND jv.model = ${judge.model})
        ${filters.contentType ? sql`AND b.content_type = ${filters.contentType}` : sql``}
        ${filters.language ? sql`AND b.language = ${filters.language}` : sql``}
      ORDER BY coalesce(r.votes, 0) DESC, random()
      LIMIT ${limit}
    `);
    return rows.map((r) => ({ briefId: r.brief_id, draftAId: r.a_id, draftBId: r.b_id }));
  }

  /** Progress of each run from its verdicts; runs without verdicts are absent. */
  async progress(runIds: string[]): Promise<Map<string, RunProgress>> {
    if (runIds.length === 0) return new Map();
    const { rows } = await this.db.execute<{
      run_id: string;
      judged: number;
      consistent: number;
      inconsistent: number;
      malformed: number;
      prompt_tokens: number;
      completion_tokens: number;
      cost_usd: number;
    }>(sql`
      SELECT run_id, count(*)::int AS judged,
             count(*) FILTER (WHERE status = 'consistent')::int AS consistent,
             count(*) FILTER (WHERE status = 'inconsistent')::int AS inconsistent,
             count(*) FILTER (WHERE status = 'malformed')::int AS malformed,
             sum((usage->>'promptTokens')::int)::int AS prompt_tokens,
             sum((usage->>'completionTokens')::int)::int AS completion_tokens,
             sum(cost_usd)::float8 AS cost_usd
      FROM judge_verdicts
      WHERE run_id IN (${sql.join(
        runIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      GROUP BY run_id
    `);
    return new Map(
      rows.map((r) => [
        r.run_id,
        {
          judged: r.judged,
          consistent: r.consistent,
          inconsistent: r.inconsistent,
          malformed: r.malformed,
          usage: {
            promptTokens: r.prompt_tokens,
            completionTokens: r.completion_tokens,
            totalTokens: r.prompt_tokens + r.completion_tokens,
          },
          // Rounded like a single cost, so a sum of verdicts reads the same everywhere.
          costUsd: Math.round(r.cost_usd * 1e8) / 1e8,
        },
      ]),
    );
  }

  /** queued|running → running, counting the attempt. Undefined when the run has finished. */
  markRunning(id: string): Promise<JudgeRunRow | undefined> {
    return this.transition(id, ACTIVE, {
      state: 'running',
      attempts: sql`${judgeRuns.attempts} + 1`,
      startedAt: sql`coalesce(${judgeRuns.startedAt}, now())`,
      error: null,
    });
  }

  markRetrying(id: string, error: JobError): Promise<JudgeRunRow | undefined> {
    return this.transition(id, ['running'], { state: 'queued', error });
  }

  markSucceeded(id: string): Promise<JudgeRunRow | undefined> {
    return this.transition(id, ['running'], { state: 'succeeded', finishedAt: sql`now()` });
  }

  markFailed(id: string, error: JobError): Promise<JudgeRunRow | undefined> {
    return this.transition(id, ACTIVE, { state: 'failed', error, finishedAt: sql`now()` });
  }

  private async transition(
    id: string,
    from: JudgeRunState[],
    set: Partial<Record<keyof NewJudgeRun, unknown>>,
  ): Promise<JudgeRunRow | undefined> {
    const [row] = await this.db
      .update(judgeRuns)
      .set(set as Partial<NewJudgeRun>)
      .where(and(eq(judgeRuns.id, id), inArray(judgeRuns.state, from)))
      .returning();
    return row;
  }
}
