import { apiKeys, generationJobs, type Database, type JobRow } from '@draftbench/db';
import { and, eq, sql } from 'drizzle-orm';
import { PreparedInsert } from '../common/driver-row.js';
import { ProblemException } from '../common/problem.exception.js';

type NewJob = typeof generationJobs.$inferInsert;

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The API key a job comes from and how many of its jobs may be queued or running at once. */
export interface JobSlots {
  apiKeyId: string;
  prefix: string;
  maxConcurrentJobs: number;
}

/**
 * Runs `work` (which inserts `adding` jobs of the key) in a transaction that then claims `adding` of the
 * key's job slots (see claimJobSlots). The claim comes last so that the key's row stays locked only
 * from the claim to the commit: concurrent creations of one key, in any process, queue on that lock
 * for one round trip each instead of for their whole transaction.
 */
export async function inSlotTransaction<T>(
  db: Database,
  slots: JobSlots,
  adding: number,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await work(tx);
    await claimJobSlots(tx, slots, adding);
    return result;
  });
}

/**
 * Inserts one job of the key and claims its slot in one statement: a CTE takes the slot with the
 * conditional UPDATE of claimJobSlots, and the job is inserted from the claim's row (`INSERT … SELECT …
 * FROM claim`), so a key at its limit claims nothing, inserts nothing, and gets the 429 — without an error
 * in PostgreSQL's log (whose detail would hold the refused row, webhook secret included). One round trip
 * instead of a transaction's four, and the key's row is locked only while the statement runs. Prepared
 * once per set of given columns (it runs on every `POST /v1/jobs`).
 */
export function jobInsertWithSlot(db: Database): (slots: JobSlots, job: NewJob) => Promise<JobRow> {
  const insert = new PreparedInsert(
    db,
    generationJobs,
    ({ names, values }) => sql`
      with claim as (
        update ${apiKeys} set ${sql.identifier(apiKeys.activeJobs.name)} = ${apiKeys.activeJobs} + 1
        where ${apiKeys.id} = ${sql.placeholder('apiKeyId')}
          and ${apiKeys.activeJobs} + 1 <= ${sql.placeholder('maxConcurrentJobs')}
        returning ${apiKeys.id}
      )
      insert into ${generationJobs} (${names}) select ${values} from claim
      returning *`,
  );
  return async (slots, job) => {
    const [row] = await insert.execute(
      { ...job, state: 'queued' },
      { apiKeyId: slots.apiKeyId, maxConcurrentJobs: slots.maxConcurrentJobs },
    );
    if (!row) throw await tooManyJobs(db, slots, 1);
    return row;
  };
}

const claimable = (slots: JobSlots, adding: number) =>
  and(eq(apiKeys.id, slots.apiKeyId), sql`${apiKeys.activeJobs} + ${adding} <= ${slots.maxConcurrentJobs}`);

/** A hint only: nothing tells when one of the key's jobs will finish. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Inside the transaction that inserts `adding` jobs of the key: counts them in `api_keys.active_jobs`,
 * or refuses them with a 429 when the key would then have more jobs queued or running than it may.
 * One conditional UPDATE: the row lock it takes makes concurrent claims of the key count one after the
 * other, and under READ COMMITTED a waiting claim re-checks the condition on the committed count.
 */
async function claimJobSlots(tx: Transaction, slots: JobSlots, adding: number): Promise<void> {
  const claimed = await tx
    .update(apiKeys)
    .set({ activeJobs: sql`${apiKeys.activeJobs} + ${adding}` })
    .where(claimable(slots, adding))
    .returning({ id: apiKeys.id });
  if (claimed.length === 0) throw await tooManyJobs(tx, slots, adding);
}

/** The 429 for jobs the key has no free slots for, saying how many it has. */
async function tooManyJobs(
  db: Pick<Database, 'select'>,
  slots: JobSlots,
  adding: number,
): Promise<ProblemException> {
  const [row] = await db
    .select({ active: apiKeys.activeJobs })
    .from(apiKeys)
    .where(eq(apiKeys.id, slots.apiKeyId));
  const active = row?.active ?? 0;
  const asked = adding === 1 ? 'another' : `${adding} more`;
  return new ProblemException(
    429,
    'Too many running jobs',
    `The API key ${slots.prefix} may have ${slots.maxConcurrentJobs} jobs queued or running at once; it has ` +
      `${active}, so ${asked} cannot start now. Wait for some to finish, or ask an admin for a higher limit.`,
  ).withHeaders({ 'retry-after': RETRY_AFTER_SECONDS });
}

/**
 * Inside the transaction that moved jobs out of `queued`/`running` (a conditional UPDATE, so each job
 * leaves once): gives their slots back, one per job that came with an API key. Last in the transaction
 * for the same reason as the claim; keys in id order, so two releases cannot deadlock.
 */
export async function releaseJobSlots(
  tx: Transaction,
  endedJobs: readonly { apiKeyId: string | null }[],
): Promise<void> {
  for (const [apiKeyId, ended] of countByKey(endedJobs)) {
    await tx
      .update(apiKeys)
      .set({ activeJobs: sql`${apiKeys.activeJobs} - ${ended}` })
      .where(eq(apiKeys.id, apiKeyId));
  }
}

/** How many of the jobs came with each API key, keys in id order; jobs without a key are left out. */
export function countByKey(jobs: readonly { apiKeyId: string | null }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { apiKeyId } of jobs) if (apiKeyId) counts.set(apiKeyId, (counts.get(apiKeyId) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
