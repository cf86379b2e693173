import { Inject, Injectable } from '@nestjs/common';
import {
  ratingAssignments,
  ratingTasks,
  votes,
  type Database,
  type RatingAssignmentRow,
  type RatingTaskRow,
  type VoteRow,
} from '@draftbench/db';
import { type PageQuery } from '@draftbench/contracts';
import { and, count, desc, eq, gte, sql } from 'drizzle-orm';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';
import { CANDIDATE_PAIRS } from './candidate-pairs.js';

export interface CandidatePair {
  briefId: string;
  draftAId: string;
  draftBId: string;
}

@Injectable()
export class RatingsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  openAssignmentOf(raterId: string): Promise<RatingAssignmentRow | undefined> {
    return this.db
      .select()
      .from(ratingAssignments)
      .where(and(eq(ratingAssignments.raterId, raterId), eq(ratingAssignments.status, 'assigned')))
      .limit(1)
      .then((rows) => rows[0]);
  }

  async votesSince(raterId: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(votes)
      .where(and(eq(votes.raterId, raterId), gte(votes.createdAt, since)));
    return row?.n ?? 0;
  }

  /**
   * The pair this rater should rate next: a candidate pair (see CANDIDATE_PAIRS) with neither draft written
   * by the rater, not yet given to this rater, and given to fewer than k raters — fewest first, ties broken
   * at random.
   */
  async nextPair(raterId: string, k: number): Promise<CandidatePair | undefined> {
    const { rows } = await this.db.execute<{ brief_id: string; a_id: string; b_id: string }>(sql`
      WITH pairs AS (${CANDIDATE_PAIRS}),
      load AS (
        SELECT t.draft_a_id, t.draft_b_id, count(ra.id) AS given,
               bool_or(ra.rater_id = ${raterId}) AS mine
        FROM rating_tasks t LEFT JOIN rating_assignments ra ON ra.task_id = t.id
        GROUP BY t.draft_a_id, t.draft_b_id
      )
      SELECT p.brief_id, p.a_id, p.b_id
      FROM pairs p
      LEFT JOIN load l ON l.draft_a_id = p.a_id AND l.draft_b_id = p.b_id
      WHERE p.a_author IS DISTINCT FROM ${raterId}
        AND p.b_author IS DISTINCT FROM ${raterId}
        AND NOT coalesce(l.mine, false)
        AND coalesce(l.given, 0) < ${k}
      ORDER BY coalesce(l.given, 0), random()
      LIMIT 1
    `);
    const row = rows[0];
    return row ? { briefId: row.brief_id, draftAId: row.a_id, draftBId: row.b_id } : undefined;
  }

  /**
   * Gives the pair to the rater unless k raters already have it. The task row is locked while counting,
   * so two raters racing for the last place cannot both get it.
   */
  async assign(
    pair: CandidatePair,
    raterId: string,
    k: number,
    leftIsA: boolean,
  ): Promise<RatingAssignmentRow | undefined> {
    return this.db.transaction(async (tx) => {
      await tx
        .insert(ratingTasks)
        .values({ ...pair, raterTarget: k })
        .onConflictDoNothing();
      const [task] = await tx
        .select()
        .from(ratingTasks)
        .where(and(eq(ratingTasks.draftAId, pair.draftAId), eq(ratingTasks.draftBId, pair.draftBId)))
        .for('update');
      const [given] = await tx
        .select({ n: count() })
        .from(ratingAssignments)
        .where(eq(ratingAssignments.taskId, task!.id));
      if ((given?.n ?? 0) >= task!.raterTarget) return undefined;
      const [assignment] = await tx
        .insert(ratingAssignments)
        .values({
          taskId: task!.id,
          raterId,
          leftDraftId: leftIsA ? pair.draftAId : pair.draftBId,
          rightDraftId: leftIsA ? pair.draftBId : pair.draftAId,
        })
        .onConflictDoNothing()
        .returning();
      return assignment;
    });
  }

  findAssignment(id: string): Promise<RatingAssignmentRow | undefined> {
    return this.db
      .select()
      .from(ratingAssignments)
      .where(eq(ratingAssignments.id, id))
      .then((rows) => rows[0]);
  }

  findTask(id: string): Promise<RatingTaskRow | undefined> {
    return this.db
      .select()
      .from(ratingTasks)
      .where(eq(ratingTasks.id, id))
      .then((rows) => rows[0]);
  }

  /** Saves the vote and closes the assignment together; undefined when a vote already exists. */
  async saveVote(vote: typeof votes.$inferInsert): Promise<VoteRow | undefined> {
    return this.db.transaction(async (tx) => {
      const [saved] = await tx.insert(votes).values(vote).onConflictDoNothing().returning();
      if (!saved) return undefined;
      await tx
        .update(ratingAssignments)
        .set({ status: 'voted' })
        .where(eq(ratingAssignments.id, vote.assignmentId));
      return saved;
    });
  }

  voteOf(assignmentId: string): Promise<VoteRow | undefined> {
    return this.db
      .select()
      .from(votes)
      .where(eq(votes.assignmentId, assignmentId))
      .then((rows) => rows[0]);
  }

  myVotes(raterId: string, query: PageQuery): Promise<VoteRow[]> {
    return this.db
      .select()
      .from(votes)
      .where(
        and(
          eq(votes.raterId, raterId),
          query.cursor ? afterCursor(votes.createdAt, votes.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(votes.createdAt), desc(votes.id))
      .limit(query.limit + 1);
  }
}
