import { type DraftbenchClient } from '@draftbench/client';
import { createPool } from '@draftbench/db';
import type pg from 'pg';
import { copyBrief } from './fixtures.js';

/** The observer's connections carry this name, so a fault test can end every connection but its own. */
export const OBSERVER_APPLICATION = 'draftbench-test-observer';

/** Reads a batch's progress straight from PostgreSQL, the source of truth the fault tests check. */
export class BatchProgress {
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    // createPool's error listeners matter here too: dropping the database at teardown ends clients that
    // pool.end() has let go of but which are still closing.
    this.pool = createPool(databaseUrl, 2, OBSERVER_APPLICATION);
  }

  async counts(batchId: string): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM generation_jobs WHERE batch_id = $1 GROUP BY state',
      [batchId],
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  async succeeded(batchId: string): Promise<number> {
    return (await this.counts(batchId)).succeeded ?? 0;
  }

  /** Terminal jobs of the batch, once every job of it is terminal. */
  async finished(batchId: string, total: number): Promise<Record<string, number> | undefined> {
    const counts = await this.counts(batchId);
    const active = (counts.queued ?? 0) + (counts.running ?? 0);
    return active === 0 && Object.values(counts).reduce((a, b) => a + b, 0) === total ? counts : undefined;
  }

  /** Jobs that needed more than one attempt: proof a fault hit work in flight. */
  async retried(batchId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM generation_jobs WHERE batch_id = $1 AND attempts > 1',
      [batchId],
    );
    return rows[0]!.n;
  }

  /** Drafts of the batch, and how many distinct (job, variant) pairs they cover. */
  async drafts(batchId: string): Promise<{ drafts: number; distinct: number }> {
    const { rows } = await this.pool.query<{ drafts: number; distinct: number }>(
      `SELECT count(*)::int AS drafts, count(DISTINCT (d.job_id, d.variant))::int AS distinct
         FROM drafts d JOIN generation_jobs j ON j.id = d.job_id WHERE j.batch_id = $1`,
      [batchId],
    );
    return rows[0]!;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** A batch of `size` template-engine jobs with `variants` drafts each. */
export async function createTemplateBatch(client: DraftbenchClient, size: number, variants: number) {
  const briefs = Array.from({ length: size }, (_, i) => ({
    ...copyBrief(i % 2 ? 'en' : 'zh'),
    title: `Fault batch brief ${i}`,
  }));
  return client.batches.create({ briefs, targets: [{ provider: 'template' }], variants });
}
