import { Inject, Injectable } from '@nestjs/common';
import { idempotencyKeys, type Database, type IdempotencyKeyRow } from '@draftbench/db';
import { and, eq, lte, sql, type Placeholder } from 'drizzle-orm';
import { DB } from '../infrastructure/tokens.js';

export interface ClaimRequest {
  caller: string;
  key: string;
  fingerprint: string;
  /** Identifies this claim: only it may store the answer or give the key back. */
  claim: string;
}

/** How long a key is remembered. */
const TTL = sql`interval '24 hours'`;
/** How long a running request owns its key before a retry may take over (its process may have died). */
const LEASE = sql`interval '2 minutes'`;

const where = (caller: string | Placeholder, key: string | Placeholder) =>
  and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key));

/** The columns of a freshly claimed key; the placeholders are bound per claim. */
const fresh = {
  fingerprint: sql`${sql.placeholder('fingerprint')}`,
  claim: sql`${sql.placeholder('claim')}`,
  leaseUntil: sql`now() + ${LEASE}`,
  status: null,
  body: null,
  createdAt: sql`now()`,
  expiresAt: sql`now() + ${TTL}`,
};

@Injectable()
export class IdempotencyRepository {
  /** Prepared: both run on every creating POST that carries an Idempotency-Key. */
  private readonly claimStatement;
  private readonly completeStatement;

  constructor(@Inject(DB) private readonly db: Database) {
    this.claimStatement = db
      .insert(idempotencyKeys)
      .values({ caller: sql.placeholder('caller'), key: sql.placeholder('key'), ...fresh })
      .onConflictDoUpdate({
        target: [idempotencyKeys.caller, idempotencyKeys.key],
        set: fresh,
        setWhere: sql`${idempotencyKeys.expiresAt} <= now()
          or (${idempotencyKeys.status} is null and ${idempotencyKeys.leaseUntil} <= now())`,
      })
      .returning({ claim: idempotencyKeys.claim })
      .prepare('idempotency_keys_claim');
    this.completeStatement = db
      .update(idempotencyKeys)
      .set({ status: sql`${sql.placeholder('status')}`, body: sql`${sql.placeholder('body')}` })
      .where(
        and(
          where(sql.placeholder('caller'), sql.placeholder('key')),
          eq(idempotencyKeys.claim, sql.placeholder('claim')),
        ),
      )
      .prepare('idempotency_keys_complete');
  }

  /**
   * Claims the key in one statement, so of any number of concurrent requests exactly one wins. A row
   * that expired, or whose request outlived its lease without answering, is taken over.
   */
  async claim({ caller, key, fingerprint, claim }: ClaimRequest): Promise<boolean> {
    const rows = await this.claimStatement.execute({ caller, key, fingerprint, claim });
    return rows[0]?.claim === claim;
  }

  async find(caller: string, key: string): Promise<IdempotencyKeyRow | undefined> {
    const [row] = await this.db.select().from(idempotencyKeys).where(where(caller, key));
    return row;
  }

  async complete(caller: string, key: string, claim: string, status: number, body: string): Promise<void> {
    await this.completeStatement.execute({ caller, key, claim, status, body });
  }

  /** Forgets a claim whose request failed: nothing was created, so a retry should run again. */
  async release(caller: string, key: string, claim: string): Promise<void> {
    await this.db.delete(idempotencyKeys).where(and(where(caller, key), eq(idempotencyKeys.claim, claim)));
  }

  async deleteExpired(): Promise<number> {
    const deleted = await this.db
      .delete(idempotencyKeys)
      .where(lte(idempotencyKeys.expiresAt, sql`now()`))
      .returning({ key: idempotencyKeys.key });
    return deleted.length;
  }
}
