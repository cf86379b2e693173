import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, createDatabase, createPool } from './client.js';
import { briefs, drafts, generationJobs } from './schema.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `draftbench_db_${randomBytes(4).toString('hex')}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(sql);
  await client.end();
}

describe('migrations and constraints on a real PostgreSQL', () => {
  let pool: pg.Pool;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    pool = createPool(url.toString());
  });
  afterAll(async () => {
    await pool?.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('applies migrations once even when several processes start together', async () => {
    await Promise.all([applyMigrations(pool), applyMigrations(pool), applyMigrations(pool)]);
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM drizzle.__drizzle_migrations');
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
    const tables = await pool.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    // Every table of the schema exists, whatever later migrations add.
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'briefs',
        'drafts',
        'generation_jobs',
        'users',
        'sessions',
        'assignments',
        'votes',
      ]),
    );
  });

  it('stores one draft per (job, variant): a retried insert is a no-op', async () => {
    const db = createDatabase(pool);
    const [brief] = await db
      .insert(briefs)
      .values({ contentType: 'marketing_copy', language: 'en', title: 't', targetLength: 10, fields: {} })
      .returning();
    const [job] = await db
      .insert(generationJobs)
      .values({
        briefId: brief!.id,
        provider: 'template',
        model: 'rules-v1',
        promptTemplate: 'x@1',
        variants: 1,
        parameters: {},
      })
      .returning();
    const draft = {
      briefId: brief!.id,
      jobId: job!.id,
      variant: 0,
      origin: 'aigc' as const,
      body: 'a',
      authorKind: 'model' as const,
    };
    await db.insert(drafts).values(draft);
    const again = await db
      .insert(drafts)
      .values({ ...draft, body: 'b' })
      .onConflictDoNothing()
      .returning();
    expect(again).toEqual([]);
    await expect(db.insert(drafts).values({ ...draft, body: 'c' })).rejects.toThrow();
    expect(job!.state).toBe('queued');
  });
});
