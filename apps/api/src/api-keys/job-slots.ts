import { generationJobs, type Database } from '@draftbench/db';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { ProblemException } from '../common/problem.exception.js';
import { KeyedLock } from '../idempotency/keyed-lock.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The API key a job comes from and how many of its jobs may be queued or running at once. */
export interface JobSlots {
  apiKeyId: string;
  prefix: string;
  maxConcurrentJobs: number;
}

/**
 * A key's slot transactions take turns inside this process before they take a pooled connection: they
 * would queue on the key's advisory lock anyway, and there each waiter held one of the pool's few
 * connections, starving every other request of the process (the API latency bench, docs/BENCHMARKS.md).
 */
const turns = new KeyedLock();
/** Past this wait a transaction goes ahead and queues on the advisory lock, which alone keeps the count right. */
const TURN_TIMEOUT_MS = 30_000;

/**
 * Runs `work` in a transaction that first claims `adding` of the key's job slots (see claimJobSlots),
 * after the key's earlier slot transactions of this process have finished.
 */
export async function inSlotTransaction<T>(
  db: Database,
  slots: JobSlots,
  adding: number,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const release = await turns.acquire(slots.apiKeyId, TURN_TIMEOUT_MS);
  try {
    return await db.transaction(async (tx) => {
      await claimJobSlots(tx, slots, adding);
      return work(tx);
    });
  } finally {
    release?.();
  }
}

/** A hint only: nothing tells when one of the key's jobs will finish. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Inside the transaction that inserts `adding` jobs of the key: refuses them with a 429 when the key
 * would then have more jobs queued or running than it may. A lock per key (held until the transaction
 * ends) makes concurrent creations in every API process count one after the other.
 */
export async function claimJobSlots(tx: Transaction, slots: JobSlots, adding: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`job-slots:${slots.apiKeyId}`}, 0))`);
  const [row] = await tx
    .select({ active: count() })
    .from(generationJobs)
    .where(
      and(eq(generationJobs.apiKeyId, slots.apiKeyId), inArray(generationJobs.state, ['queued', 'running'])),
    );
  const active = row?.active ?? 0;
  if (active + adding <= slots.maxConcurrentJobs) return;
  const asked = adding === 1 ? 'another' : `${adding} more`;
  throw new ProblemException(
    429,
    'Too many running jobs',
    `The API key ${slots.prefix} may have ${slots.maxConcurrentJobs} jobs queued or running at once; it has ` +
      `${active}, so ${asked} cannot start now. Wait for some to finish, or ask an admin for a higher limit.`,
  ).withHeaders({ 'retry-after': RETRY_AFTER_SECONDS });
}
