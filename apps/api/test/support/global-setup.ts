import { randomBytes } from 'node:crypto';

/**
 * Names this test run, so that every Redis key a test makes (queues, counters, budget logs, whatever a
 * file forgot to remove) carries `dbt-<run>-` and goes at the end: the shared Redis keeps nothing of the run.
 * Test files get the name through the environment they inherit.
 */
export default function setup(): () => Promise<void> {
  const run = randomBytes(4).toString('hex');
  process.env.DRAFTBENCH_TEST_RUN = run;
  return async () => {
    const { deleteRedisKeys } = await import('./test-database.js');
    await deleteRedisKeys(run, `*dbt-${run}-*`);
  };
}
