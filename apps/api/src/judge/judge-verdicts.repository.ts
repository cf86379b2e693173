import { Inject, Injectable } from '@nestjs/common';
import { type JudgeAgreementQuery, type VoteOutcome } from '@draftbench/contracts';
import { judgeVerdicts, type Database } from '@draftbench/db';
import { and, eq, sql } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';
import { type JudgePair } from './judge-runs.repository.js';

export type NewJudgeVerdict = typeof judgeVerdicts.$inferInsert;

/** A verdict with the blind human votes on the same pair, every outcome in the pair's canonical order. */
export interface VerdictWithVotes {
  provider: string;
  model: string;
  status: 'consistent' | 'inconsistent' | 'malformed';
  outcome: VoteOutcome | null;
  outcomeAb: VoteOutcome | null;
  outcomeBa: VoteOutcome | null;
  human: VoteOutcome[];
}

export const pairKey = (pair: Pick<JudgePair, 'draftAId' | 'draftBId'>) =>
  `${pair.draftAId}|${pair.draftBId}`;

@Injectable()
export class JudgeVerdictsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /** Stores a verdict unless this judge already has one for the pair; false when it had. */
  async insert(verdict: NewJudgeVerdict): Promise<boolean> {
    const saved = await this.db.insert(judgeVerdicts).values(verdict).onConflictDoNothing().returning({
      id: judgeVerdicts.id,
    });
    return saved.length > 0;
  }

  /** The pairs (by pairKey) this judge has a verdict for. */
  async judgedBy(judge: { provider: string; model: string }): Promise<Set<string>> {
    const rows = await this.db
      .select({ draftAId: judgeVerdicts.draftAId, draftBId: judgeVerdicts.draftBId })
      .from(judgeVerdicts)
      .where(and(eq(judgeVerdicts.provider, judge.provider), eq(judgeVerdicts.model, judge.model)));
    return new Set(rows.map(pairKey));
  }

  /**
   * Every verdict in the filters' briefs with the blind human votes on its pair, turned into the
   * verdict's order (a vote that showed draft b on the left has its a and b swapped).
   */
  async withHumanVotes(query: JudgeAgreementQuery): Promise<VerdictWithVotes[]> {
    const { rows } = await this.db.execute<{
      provider: string;
      model: string;
      status: VerdictWithVotes['status'];
      outcome: VoteOutcome | null;
      outcome_ab: VoteOutcome | null;
      outcome_ba: VoteOutcome | null;
      human: VoteOutcome[];
    }>(sql`
      SELECT jv.provider, jv.model, jv.status, jv.outcome, jv.outcome_ab, jv.outcome_ba,
             coalesce(array_agg(
               CASE WHEN v.left_draft_id = jv.draft_a_id THEN v.outcome
                    ELSE CASE v.outcome WHEN 'a' THEN 'b' WHEN 'b' THEN 'a' ELSE v.outcome END END
             ) FILTER (WHERE v.id IS NOT NULL), '{}') AS human
      FROM judge_verdicts jv
      JOIN briefs b ON b.id = jv.brief_id
      LEFT JOIN rating_tasks t ON t.draft_a_id = jv.draft_a_id AND t.draft_b_id = jv.draft_b_id
      LEFT JOIN votes v ON v.task_id = t.id AND v.blind
      WHERE true
        ${query.contentType ? sql`AND b.content_type = ${query.contentType}` : sql``}
        ${query.language ? sql`AND b.language = ${query.language}` : sql``}
      GROUP BY jv.id
      ORDER BY jv.provider, jv.model
    `);
    return rows.map((r) => ({
      provider: r.provider,
      model: r.model,
      status: r.status,
      outcome: r.outcome,
      outcomeAb: r.outcome_ab,
      outcomeBa: r.outcome_ba,
      human: r.human,
    }));
  }
}
