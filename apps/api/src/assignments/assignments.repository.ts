import { Inject, Injectable } from '@nestjs/common';
import { type AssignmentListQuery, type AssignmentState } from '@draftbench/contracts';
import { assignments, reviews, type AssignmentRow, type Database, type ReviewRow } from '@draftbench/db';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';

export type AssignmentPatch = Partial<typeof assignments.$inferInsert>;

@Injectable()
export class AssignmentsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  async create(row: typeof assignments.$inferInsert): Promise<AssignmentRow> {
    const [created] = await this.db.insert(assignments).values(row).returning();
    return created!;
  }

  async findById(id: string): Promise<AssignmentRow | undefined> {
    const [row] = await this.db.select().from(assignments).where(eq(assignments.id, id));
    return row;
  }

  list(filter: AssignmentListQuery & { editorId?: string }): Promise<AssignmentRow[]> {
    const where: (SQL | undefined)[] = [
      filter.briefId ? eq(assignments.briefId, filter.briefId) : undefined,
      filter.state ? eq(assignments.state, filter.state) : undefined,
      filter.editorId ? eq(assignments.editorId, filter.editorId) : undefined,
      filter.cursor ? afterCursor(assignments.createdAt, assignments.id, filter.cursor) : undefined,
    ];
    return this.db
      .select()
      .from(assignments)
      .where(and(...where))
      .orderBy(desc(assignments.createdAt), desc(assignments.id))
      .limit(filter.limit + 1);
  }

  /** Conditional on the current state, so two racing requests cannot both move the assignment. */
  async update(id: string, from: readonly AssignmentState[], set: AssignmentPatch, db: Database = this.db) {
    const [row] = await db
      .update(assignments)
      .set(set)
      .where(and(eq(assignments.id, id), inArray(assignments.state, [...from])))
      .returning();
    return row;
  }

  async addReview(row: typeof reviews.$inferInsert, db: Database = this.db): Promise<void> {
    await db.insert(reviews).values(row);
  }

  reviewsOf(assignmentIds: string[]): Promise<ReviewRow[]> {
    if (!assignmentIds.length) return Promise.resolve([]);
    return this.db
      .select()
      .from(reviews)
      .where(inArray(reviews.assignmentId, assignmentIds))
      .orderBy(asc(reviews.createdAt));
  }

  transaction<T>(work: (db: Database) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(tx as unknown as Database));
  }
}
