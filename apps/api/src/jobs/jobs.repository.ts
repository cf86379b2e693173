import { Inject, Injectable } from '@nestjs/common';
import {
  isTerminal,
  type JobError,
  type JobListQuery,
  type JobState,
  type SafetyRefusal,
  type TokenUsage,
} from '@draftbench/contracts';
import {
  briefs,
  drafts,
  generationJobs,
  type BriefRow,
  type Database,
  type DraftRow,
  type JobRow,
} from '@draftbench/db';
import { and, asc, desc, eq, gt, inArray, is, lt, or, SQL, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { jobInsertWithSlot, type JobSlots } from '../api-keys/job-slots.js';
import { afterCursor } from '../common/cursor.js';
import { DB } from '../infrastructure/tokens.js';
import { Metrics } from '../observability/metrics.js';
import { eventTypeOf, type QueuedDelivery } from '../webhooks/webhook-deliveries.repository.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { prepareEndJob } from './end-job.statement.js';

export type NewJob = typeof generationJobs.$inferInsert;

const ACTIVE: JobState[] = ['queued', 'running'];

/**
 * Every state change is a conditional UPDATE on the current state, so a cancelled job cannot be
 * resurrected by a late worker write and a finished job cannot be cancelled. The change that ends a
 * job writes its webhook deliveries and gives back its API key's job slot in the same statement.
 */
@Injectable()
export class JobsRepository {
  /**
   * Prepared: the job is read by workers on every job, moved to `running` at every attempt, and read with
   * its drafts on every GET /v1/jobs/:id.
   */
  private readonly byId;
  private readonly withDrafts;
  private readonly running;
  private readonly insertWithSlot;
  /** Prepared state changes by name (see transition). */
  private readonly transitions = new Map<
    string,
    (values: Record<string, unknown>) => Promise<{ row: JobRow; deliveries: QueuedDelivery[] } | undefined>
  >();

  constructor(
    @Inject(DB) private readonly db: Database,
    private readonly outbox: WebhookOutbox,
    private readonly metrics: Metrics,
  ) {
    this.byId = db
      .select()
      .from(generationJobs)
      .where(eq(generationJobs.id, sql.placeholder('id')))
      .prepare('generation_jobs_by_id');
    this.withDrafts = db
      .select({ job: generationJobs, draft: drafts })
      .from(generationJobs)
      .leftJoin(drafts, eq(drafts.jobId, generationJobs.id))
      .where(eq(generationJobs.id, sql.placeholder('id')))
      .orderBy(asc(drafts.variant))
      .prepare('generation_jobs_with_drafts');
    // The move to `running` and the read of the job's brief in one round trip: every attempt needs both.
    const running = db.$with('running').as(
      db
        .update(generationJobs)
        .set({
          state: 'running',
          attempts: sql`${generationJobs.attempts} + 1`,
          startedAt: sql`coalesce(${generationJobs.startedAt}, now())`,
          error: null,
        })
        .where(and(eq(generationJobs.id, sql.placeholder('id')), inArray(generationJobs.state, ACTIVE)))
        .returning(),
    );
    this.running = db
      .with(running)
      .select({
        job: running._.selectedFields,
        draftsStored: sql<number>`(select count(*) from ${drafts} d where d.job_id = ${running.id})`.mapWith(
          Number,
        ),
        brief: briefs,
      })
      .from(running)
      .leftJoin(briefs, eq(briefs.id, running.briefId))
      .prepare('generation_jobs_mark_running');
    this.insertWithSlot = jobInsertWithSlot(db);
  }

  /** With `slots`, refuses (429) a job that would take the API key over its concurrency limit. */
  async create(job: NewJob, slots?: JobSlots): Promise<JobRow> {
    if (!slots) return (await this.db.insert(generationJobs).values(job).returning())[0]!;
    return this.insertWithSlot(slots, job);
  }

  async findById(id: string): Promise<JobRow | undefined> {
    const [row] = await this.byId.execute({ id });
    return row;
  }

  /** The job and its drafts (variant order) in one query. */
  async findWithDrafts(id: string): Promise<{ job: JobRow; drafts: DraftRow[] } | undefined> {
    const rows = await this.withDrafts.execute({ id });
    if (!rows[0]) return undefined;
    return { job: rows[0].job, drafts: rows.flatMap((r) => (r.draft ? [r.draft] : [])) };
  }

  async list(query: JobListQuery & { batchId?: string }): Promise<JobRow[]> {
    return this.db
      .select()
      .from(generationJobs)
      .where(
        and(
          query.state ? eq(generationJobs.state, query.state) : undefined,
          query.briefId ? eq(generationJobs.briefId, query.briefId) : undefined,
          query.batchId ? eq(generationJobs.batchId, query.batchId) : undefined,
          query.cursor ? afterCursor(generationJobs.createdAt, generationJobs.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(generationJobs.createdAt), desc(generationJobs.id))
      .limit(query.limit + 1);
  }

  /**
   * A page of `queued`/`running` rows created before `before`, oldest first, after the keyset `after`:
   * what the reconciler compares with the queue.
   */
  async listActiveCreatedBefore(
    before: Date,
    after: { createdAt: Date; id: string } | undefined,
    limit: number,
  ): Promise<JobRow[]> {
    return this.db
      .select()
      .from(generationJobs)
      .where(
        and(
          inArray(generationJobs.state, ACTIVE),
          lt(generationJobs.createdAt, before),
          after
            ? or(
                gt(generationJobs.createdAt, after.createdAt),
                and(eq(generationJobs.createdAt, after.createdAt), gt(generationJobs.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(generationJobs.createdAt), asc(generationJobs.id))
      .limit(limit);
  }

  /**
   * queued|running → running, one more attempt counted; undefined when the job is no longer active. With
   * how many drafts earlier attempts stored, so that the first attempt (the usual case) need not read them,
   * and with the job's brief (null if it is gone), which every attempt reads next.
   */
  async markRunning(
    id: string,
  ): Promise<(JobRow & { draftsStored: number; brief: BriefRow | null }) | undefined> {
    const [row] = await this.running.execute({ id });
    return row && { ...row.job, draftsStored: row.draftsStored, brief: row.brief };
  }

  /** A failed attempt that will be retried: the job waits again, with the reason visible. */
  markRetrying(id: string, error: JobError): Promise<JobRow | undefined> {
    return this.transition('retrying', id, ['running'], { state: 'queued', error });
  }

  /**
   * The attempt ran into a limit, not a fault (a spent budget, a 429 it waits out): the job waits again
   * with the reason visible, and the attempt markRunning counted is given back.
   */
  markHandedBack(id: string, reason: JobError): Promise<JobRow | undefined> {
    return this.transition('handed_back', id, ['running'], {
      state: 'queued',
      attempts: sql`greatest(${generationJobs.attempts} - 1, 0)`,
      error: reason,
    });
  }

  markSucceeded(id: string, usage: TokenUsage, costUsd: number): Promise<JobRow | undefined> {
    return this.transition('succeeded', id, ['running'], {
      state: 'succeeded',
      usage,
      costUsd,
      finishedAt: sql`now()`,
    });
  }

  async markFailed(id: string, error: JobError): Promise<JobRow | undefined> {
    const row = await this.transition('failed', id, ACTIVE, {
      state: 'failed',
      error,
      finishedAt: sql`now()`,
    });
    if (row) this.metrics.jobsFailed.inc({ code: error.code });
    return row;
  }

  /** The safety gate refused the brief before any model call: final, never retried. */
  markRefused(id: string, refusal: SafetyRefusal): Promise<JobRow | undefined> {
    return this.transition('refused', id, ['running'], { state: 'refused', refusal, finishedAt: sql`now()` });
  }

  cancel(id: string): Promise<JobRow | undefined> {
    return this.transition('cancelled', id, ACTIVE, { state: 'cancelled', finishedAt: sql`now()` });
  }

  /**
   * The conditional UPDATE from `from` that sets `set`, prepared once per `name` (each caller's set has
   * the same columns every time): `sql` in `set` is part of the statement, its other values are
   * placeholders. A job that reaches a terminal state ends (prepareEndJob), with its webhook deliveries
   * and its slot, in the same statement.
   */
  private async transition(
    name: string,
    id: string,
    from: JobState[],
    set: Partial<Record<keyof NewJob, unknown>>,
  ): Promise<JobRow | undefined> {
    const values: Record<string, unknown> = { id, eventId: randomUUID() };
    for (const [key, value] of Object.entries(set)) {
      if (is(value, SQL)) continue;
      const column = generationJobs[key as keyof NewJob];
      values[key] = value === null || value === undefined ? null : column.mapToDriverValue(value as never);
    }
    let run = this.transitions.get(name);
    if (!run) {
      run = this.prepareTransition(name, from, set);
      this.transitions.set(name, run);
    }
    const ended = await run(values);
    if (ended && isTerminal(set.state as JobState)) await this.outbox.dispatch(ended.deliveries);
    return ended?.row;
  }

  private prepareTransition(name: string, from: JobState[], set: Partial<Record<keyof NewJob, unknown>>) {
    // A bare placeholder (inside `sql`): drizzle would map a value placeholder once more at execute time.
    const placeholders = Object.fromEntries(
      Object.entries(set).map(([key, value]) => [key, is(value, SQL) ? value : sql`${sql.placeholder(key)}`]),
    );
    const update = this.db
      .update(generationJobs)
      .set(placeholders as Partial<NewJob>)
      .where(and(eq(generationJobs.id, sql.placeholder('id')), inArray(generationJobs.state, from)))
      .returning();
    const state = set.state as JobState;
    const statement = `generation_jobs_${name}`;
    // Every `from` is active: a terminal state means the job leaves queued/running here, once.
    if (isTerminal(state)) return prepareEndJob(this.db, statement, update, eventTypeOf(state));
    const prepared = update.prepare(statement);
    return async (values: Record<string, unknown>) => {
      const [row] = await prepared.execute(values);
      return row && { row, deliveries: [] };
    };
  }
}
