import { Inject, Injectable } from '@nestjs/common';
import { apiKeys, generationJobs, type Database } from '@draftbench/db';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

const ACTIVE = ['queued', 'running'] as const;

/**
 * Sets `api_keys.active_jobs` back to the key's queued and running jobs where the two disagree. Every
 * job change keeps the counter in its own transaction (job-slots.ts), so this only heals what went
 * around them (a hand-edited row, a bug); the reconciler runs it on every pass.
 */
@Injectable()
export class JobSlotsRecount {
  constructor(@Inject(DB) private readonly db: Database) {}

  /** The keys whose counter was wrong, now right. */
  async run(): Promise<string[]> {
    const fixed: string[] = [];
    for (const apiKeyId of await this.suspects()) if (await this.recount(apiKeyId)) fixed.push(apiKeyId);
    return fixed;
  }

  /**
   * Keys whose counter differs from a count taken without locks: a transaction that has changed a job
   * but not yet the counter shows up here too, and recount() tells it apart.
   */
  private async suspects(): Promise<string[]> {
    const { rows } = await this.db.execute<{ id: string }>(sql`
      SELECT k.id FROM ${apiKeys} k
      LEFT JOIN (
        SELECT ${generationJobs.apiKeyId} AS api_key_id, count(*) AS n FROM ${generationJobs}
        WHERE ${generationJobs.apiKeyId} IS NOT NULL AND ${inArray(generationJobs.state, [...ACTIVE])}
        GROUP BY ${generationJobs.apiKeyId}
      ) c ON c.api_key_id = k.id
      WHERE k.active_jobs <> coalesce(c.n, 0)
      ORDER BY k.id`);
    return rows.map((r) => r.id);
  }

  /**
   * Locks the key's row first, so every transaction that already changed the counter has committed
   * (READ COMMITTED: the count, a later statement, sees its jobs) and every later one waits and adds
   * its change on top of the recount. True when the counter was wrong.
   */
  private recount(apiKeyId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [key] = await tx
        .select({ activeJobs: apiKeys.activeJobs })
        .from(apiKeys)
        .where(eq(apiKeys.id, apiKeyId))
        .for('no key update');
      if (!key) return false;
      const [row] = await tx
        .select({ active: count() })
        .from(generationJobs)
        .where(and(eq(generationJobs.apiKeyId, apiKeyId), inArray(generationJobs.state, [...ACTIVE])));
      const active = row?.active ?? 0;
      if (active === key.activeJobs) return false;
      await tx.update(apiKeys).set({ activeJobs: active }).where(eq(apiKeys.id, apiKeyId));
      return true;
    });
  }
}
