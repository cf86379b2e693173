import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database per test file on the CI PostgreSQL, so files never see each other's rows or queues. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `draftbench_${label}_${randomBytes(4).toString('hex')}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Set by the global setup: every prefix of one test run starts with `dbt-<run>-`, which its teardown removes. */
const TEST_RUN = process.env.DRAFTBENCH_TEST_RUN ?? 'local';
export const uniquePrefix = (label: string) => `dbt-${TEST_RUN}-${label}-${randomBytes(4).toString('hex')}`;

/** Removes every key of a test's queue prefix from the shared Redis, so runs leave nothing behind. */
export async function deleteRedisKeys(prefix: string, match = `${prefix}:*`): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    for await (const keys of redis.scanStream({ match, count: 1000 }) as AsyncIterable<string[]>)
      if (keys.length) await redis.unlink(...keys);
  } finally {
    redis.disconnect();
  }
}
