import { Inject, Injectable } from '@nestjs/common';
import { type Brief, type Moderation, type PageQuery } from '@draftbench/contracts';
import { checkFactRisk } from '@draftbench/fact-risk';
import { briefs, drafts, type Database, type DraftRow } from '@draftbench/db';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { afterCursor, afterCursorAscending } from '../common/cursor.js';
import { PreparedInsert } from '../common/driver-row.js';
import { DB } from '../infrastructure/tokens.js';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { revealsOrigin } from './origin-leak.js';

export type NewDraft = typeof drafts.$inferInsert;

@Injectable()
export class DraftsRepository {
  private readonly byJob;
  /** Prepared: a worker stores every generated draft through it. */
  private readonly generated;

  constructor(@Inject(DB) private readonly db: Database) {
    this.byJob = db
      .select()
      .from(drafts)
      .where(eq(drafts.jobId, sql.placeholder('jobId')))
      .orderBy(asc(drafts.variant))
      .prepare('drafts_by_job');
    this.generated = new PreparedInsert(
      db,
      drafts,
      ({ names, values }) => sql`
        insert into ${drafts} (${names}) values (${values})
        on conflict (${sql.identifier(drafts.jobId.name)}, ${sql.identifier(drafts.variant.name)}) do nothing
        returning *`,
    );
  }

  /**
   * Idempotent per (job, variant): a retried attempt that already stored a variant gets the stored row
   * back instead of a duplicate. `brief` is the job's, which the worker has already read.
   */
  async insertGenerated(
    draft: NewDraft & { jobId: string; variant: number },
    brief: Brief,
  ): Promise<DraftRow> {
    const [inserted] = await this.generated.execute(withChecks(draft, brief), {});
    if (inserted) return inserted;
    const existing = (await this.listByJob(draft.jobId)).find((d) => d.variant === draft.variant);
    return existing!;
  }

  async create(draft: NewDraft, db: Database = this.db): Promise<DraftRow> {
    const [row] = await db
      .insert(drafts)
      .values(await this.checked(draft, draft.briefId, db))
      .returning();
    return row!;
  }

  async update(id: string, set: Partial<NewDraft>, db: Database = this.db): Promise<DraftRow | undefined> {
    const briefId =
      set.body === undefined
        ? undefined
        : (await db.select({ briefId: drafts.briefId }).from(drafts).where(eq(drafts.id, id)))[0]?.briefId;
    const [row] = await db
      .update(drafts)
      .set({ ...(briefId ? await this.checked(set, briefId, db) : set), updatedAt: new Date() })
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

  /** Oldest first: a review queue is worked from the draft that has waited longest. */
  listByStatus(status: DraftRow['status'], query: PageQuery): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(
        and(
          eq(drafts.status, status),
          query.cursor ? afterCursorAscending(drafts.createdAt, drafts.id, query.cursor) : undefined,
        ),
      )
      .orderBy(asc(drafts.createdAt), asc(drafts.id))
      .limit(query.limit + 1);
  }

  listByAuthor(userId: string, origin: DraftRow['origin'], query: PageQuery): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(
        and(
          eq(drafts.authorUserId, userId),
          eq(drafts.origin, origin),
          query.cursor ? afterCursor(drafts.createdAt, drafts.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(drafts.createdAt), desc(drafts.id))
      .limit(query.limit + 1);
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

  /** A job's drafts in variant order (prepared: every generation attempt reads them). */
  listByJob(jobId: string): Promise<DraftRow[]> {
    return this.byJob.execute({ jobId });
  }

  /** Oldest first, one row more than `limit` (see pageOf). */
  listByBrief(briefId: string, { limit, cursor }: PageQuery): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(
        and(
          eq(drafts.briefId, briefId),
          cursor ? afterCursorAscending(drafts.createdAt, drafts.id, cursor) : undefined,
        ),
      )
      .orderBy(asc(drafts.createdAt), asc(drafts.id))
      .limit(limit + 1);
  }

  /**
   * Every write of a body re-checks it: whether the text gives its origin away, and which of its claims
   * the brief does not support.
   */
  private async checked<T extends Partial<NewDraft>>(
    draft: T,
    briefId: string,
    db: Database = this.db,
  ): Promise<T> {
    if (draft.body === undefined) return draft;
    const [brief] = await db.select().from(briefs).where(eq(briefs.id, briefId));
    return withChecks(draft, brief && briefFromRow(brief));
  }
}

function withChecks<T extends Partial<NewDraft>>(draft: T, brief: Brief | undefined): T {
  if (draft.body === undefined) return draft;
  return {
    ...draft,
    revealsOrigin: revealsOrigin(draft.body),
    factFlags: brief ? checkFactRisk(draft.body, brief) : null,
  };
}
