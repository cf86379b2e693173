import { Inject, Injectable } from '@nestjs/common';
import { type Moderation } from '@draftbench/contracts';
import { drafts, type Database, type DraftRow } from '@draftbench/db';
import { and, asc, count, eq } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';
import { revealsOrigin } from './origin-leak.js';

export type NewDraft = typeof drafts.$inferInsert;

@Injectable()
export class DraftsRepository {
  constructor(@Inject(DB) private readonly db: Database) {}

  /**
   * Idempotent per (job, variant): a retried attempt that already stored a variant gets the stored row
   * back instead of a duplicate.
   */
  async insertGenerated(draft: NewDraft & { jobId: string; variant: number }): Promise<DraftRow> {
    const [inserted] = await this.db
      .insert(drafts)
      .values(withLeakFlag(draft))
      .onConflictDoNothing({ target: [drafts.jobId, drafts.variant] })
      .returning();
    if (inserted) return inserted;
    const existing = (await this.listByJob(draft.jobId)).find((d) => d.variant === draft.variant);
    return existing!;
  }

  async create(draft: NewDraft, db: Database = this.db): Promise<DraftRow> {
    const [row] = await db.insert(drafts).values(withLeakFlag(draft)).returning();
    return row!;
  }

  async update(id: string, set: Partial<NewDraft>, db: Database = this.db): Promise<DraftRow | undefined> {
    const [row] = await db
      .update(drafts)
      .set({ ...withLeakFlag(set), updatedAt: new Date() })
      .where(eq(drafts.id, id))
      .returning();
    return row;
  }

  /** held → published|rejected, only while the draft is still held; undefined when it no longer is. */
  async decideHeld(
    id: string,
    status: 'published' | 'rejected',
    moderation: Moderation,
  ): Promise<DraftRow | undefined> {
    const [row] = await this.db
      .update(drafts)
      .set({ status, moderation, updatedAt: new Date() })
      .where(and(eq(drafts.id, id), eq(drafts.status, 'held')))
      .returning();
    return row;
  }

  listByStatus(status: DraftRow['status']): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(eq(drafts.status, status))
      .orderBy(asc(drafts.createdAt))
      .limit(500);
  }

  listByAuthor(userId: string, origin: DraftRow['origin']): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(and(eq(drafts.authorUserId, userId), eq(drafts.origin, origin)))
      .orderBy(asc(drafts.createdAt));
  }

  async countByAuthor(briefId: string, userId: string, origin: DraftRow['origin']): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(drafts)
      .where(and(eq(drafts.briefId, briefId), eq(drafts.authorUserId, userId), eq(drafts.origin, origin)));
    return row?.n ?? 0;
  }

  async findById(id: string): Promise<DraftRow | undefined> {
    const [row] = await this.db.select().from(drafts).where(eq(drafts.id, id));
    return row;
  }

  listByJob(jobId: string): Promise<DraftRow[]> {
    return this.db.select().from(drafts).where(eq(drafts.jobId, jobId)).orderBy(asc(drafts.variant));
  }

  listByBrief(briefId: string): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(eq(drafts.briefId, briefId))
      .orderBy(asc(drafts.createdAt), asc(drafts.variant));
  }
}

/** Every write of a body re-checks whether the text gives its origin away. */
function withLeakFlag<T extends { body?: string }>(draft: T): T & { revealsOrigin?: boolean } {
  return draft.body === undefined ? draft : { ...draft, revealsOrigin: revealsOrigin(draft.body) };
}
