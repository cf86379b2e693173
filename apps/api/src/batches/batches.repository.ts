import { Inject, Injectable } from '@nestjs/common';
import { type BatchJobCounts, type BatchListQuery, type JobError } from '@draftbench/contracts';
import { batches, briefs, generationJobs, type BatchRow, type Database } from '@draftbench/db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  inSlotTransaction,
  releaseJobSlots,
  type JobSlots,
  type Transaction,
} from '../api-keys/job-slots.js';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';

export type NewBatch = typeof batches.$inferInsert;
export type NewBriefRow = typeof briefs.$inferInsert;
export type NewJobRow = typeof generationJobs.$inferInsert;

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (~10 per brief, 8 per job). */
const BRIEF_CHUNK = 1000;
const JOB_CHUNK = 2000;
const UPDATE_CHUNK = 5000;

export const emptyCounts = (): BatchJobCounts => ({
  queued: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  refused: 0,
  cancelled: 0,
});

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

@Injectable()
export class BatchesRepository {
  constructor(
    @Inject(DB) private readonly db: Database,
    private readonly outbox: WebhookOutbox,
  ) {}

  /**
   * The batch row, its briefs and its jobs in one transaction: all of them or none. With `slots`, refuses
   * (429) jobs that would take the API key over its concurrency limit.
   */
  async create(
    batch: NewBatch,
    briefRows: NewBriefRow[],
    jobRows: NewJobRow[],
    slots?: JobSlots,
  ): Promise<BatchRow> {
    const write = async (tx: Transaction) => {
      const [row] = await tx.insert(batches).values(batch).returning();
      for (const chunk of chunks(briefRows, BRIEF_CHUNK)) await tx.insert(briefs).values(chunk);
      for (const chunk of chunks(jobRows, JOB_CHUNK)) await tx.insert(generationJobs).values(chunk);
      return row!;
    };
    return slots ? inSlotTransaction(this.db, slots, jobRows.length, write) : this.db.transaction(write);
  }

  async findById(id: string): Promise<BatchRow | undefined> {
    const [row] = await this.db.select().from(batches).where(eq(batches.id, id));
    return row;
  }

  /** Newest first; one row more than asked, so the caller knows whether another page exists. */
  async list(query: BatchListQuery): Promise<BatchRow[]> {
    return this.db
      .select()
      .from(batches)
      .where(query.cursor ? afterCursor(batches.createdAt, batches.id, query.cursor) : undefined)
      .orderBy(desc(batches.createdAt), desc(batches.id))
      .limit(query.limit + 1);
  }

  /** Live job counts per state for each batch, in one GROUP BY query. */
  async jobCounts(batchIds: readonly string[]): Promise<Map<string, BatchJobCounts>> {
    const counts = new Map<string, BatchJobCounts>(batchIds.map((id) => [id, emptyCounts()]));
    if (batchIds.length === 0) return counts;
    const rows = await this.db
      .select({
        batchId: generationJobs.batchId,
        state: generationJobs.state,
        count: sql<number>`count(*)::int`,
      })
      .from(generationJobs)
      .where(inArray(generationJobs.batchId, [...batchIds]))
      .groupBy(generationJobs.batchId, generationJobs.state);
    for (const row of rows) {
      const entry = row.batchId ? counts.get(row.batchId) : undefined;
      if (entry && row.state in entry) entry[row.state] = row.count;
    }
    return counts;
  }

  /**
   * Jobs that never reached the queue end as failed (only those still queued: nothing else is touched),
   * through the webhook outbox and giving back their key's job slots, like every other end of a job.
   */
  async failQueued(jobIds: readonly string[], error: JobError): Promise<void> {
    for (const chunk of chunks(jobIds, UPDATE_CHUNK)) {
      const deliveries = await this.db.transaction(async (tx) => {
        const failed = await tx
          .update(generationJobs)
          .set({ state: 'failed', error, finishedAt: sql`now()` })
          .where(and(inArray(generationJobs.id, chunk), eq(generationJobs.state, 'queued')))
          .returning();
        const recorded = [];
        for (const job of failed) recorded.push(...(await this.outbox.record(tx, job)));
        await releaseJobSlots(tx, failed);
        return recorded;
      });
      await this.outbox.dispatch(deliveries);
    }
  }
}
