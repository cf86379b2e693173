import { applyMigrations, createDatabase, createPool, type Database } from '@draftbench/db';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedVotes, LeaderboardRepository } from '../src/leaderboard/leaderboard.repository.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// Votes spread over four UTC days, some of them not blind; ranges that start and end on and off midnight.
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
const RANGES: [string | undefined, string | undefined][] = [
  [undefined, undefined],
  ['2026-03-02T00:00:00.000Z', undefined],
  [undefined, '2026-03-03T00:00:00.000Z'],
  ['2026-03-01T13:30:00.000Z', '2026-03-03T08:15:00.000Z'],
  ['2026-03-02T06:00:00.000Z', '2026-03-02T18:00:00.000Z'],
  ['2026-03-02T06:00:00.000Z', '2026-03-03T06:00:00.000Z'],
  ['2026-03-01T23:59:59.999+08:00', '2026-03-04T00:00:00.001Z'],
  ['2026-03-05T00:00:00.000Z', '2026-03-06T00:00:00.000Z'],
];

describe('vote tallies behind the leaderboard', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase('tallies');
    pool = createPool(database.url, 2);
    await applyMigrations(pool);
    db = createDatabase(pool);
    await pool.query(`
      INSERT INTO users (id, email, display_name, password_hash, roles)
      SELECT gen_random_uuid(), 'rater' || i || '@t', 'Rater ' || i, 'x', '["rater"]'::jsonb FROM generate_series(1, 40) i;
      INSERT INTO briefs (id, content_type, language, title, target_length, fields)
      VALUES (gen_random_uuid(), 'marketing_copy', 'en', 'Kettle', 50, '{}'::jsonb);
      INSERT INTO drafts (id, brief_id, origin, body, author_kind)
      SELECT gen_random_uuid(), b.id, o, 'one two three ' || o, 'user' FROM briefs b, unnest(ARRAY['pgc', 'ugc', 'ai_assisted']) o;
      INSERT INTO rating_tasks (id, brief_id, draft_a_id, draft_b_id, rater_target)
      SELECT gen_random_uuid(), a.brief_id, a.id, b.id, 40 FROM drafts a JOIN drafts b ON a.id < b.id;
      INSERT INTO rating_assignments (id, task_id, rater_id, left_draft_id, right_draft_id, status)
      SELECT gen_random_uuid(), id, rater, CASE WHEN swap THEN draft_b_id ELSE draft_a_id END,
             CASE WHEN swap THEN draft_a_id ELSE draft_b_id END, 'voted'
      FROM (SELECT t.*, u.id AS rater, random() < 0.5 AS swap FROM rating_tasks t, users u) s;
    `);
    const insert = (where: string) =>
      pool.query(`
        INSERT INTO votes (assignment_id, task_id, rater_id, left_draft_id, right_draft_id, outcome, rubric, time_taken_ms, blind, created_at)
        SELECT id, task_id, rater_id, left_draft_id, right_draft_id,
               (ARRAY['a','b','tie','both_bad'])[1 + floor(random() * 4)::int], '{}'::jsonb, 1000, random() < 0.9,
               ('${DAYS[0]}'::timestamptz + random() * interval '4 days')
        FROM rating_assignments a WHERE ${where}`);
    // Several statements, one of them a single row, as the triggers see bulk and one-by-one inserts.
    await insert(`NOT EXISTS (SELECT 1 FROM votes v WHERE v.assignment_id = a.id) AND random() < 0.5`);
    await insert(`a.id = (SELECT min(id::text)::uuid FROM rating_assignments WHERE NOT EXISTS (
      SELECT 1 FROM votes v WHERE v.assignment_id = rating_assignments.id))`);
    await insert(`NOT EXISTS (SELECT 1 FROM votes v WHERE v.assignment_id = a.id)`);
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('counts exactly the blind votes of any date range, whole days from tallies and edges from votes', async () => {
    const { rows: tallied } = await pool.query<{ days: number }>(
      'SELECT count(DISTINCT day)::int AS days FROM vote_tallies',
    );
    expect(tallied[0]!.days).toBe(4);
    for (const [from, to] of RANGES) {
      const counted = await db.execute<{ key: string; n: number }>(sql`
        SELECT left_draft_id || '/' || right_draft_id || '/' || outcome AS key, sum(n)::int AS n
        FROM (${countedVotes(from, to)}) c GROUP BY 1 ORDER BY 1`);
      const direct = await db.execute<{ key: string; n: number }>(sql`
        SELECT left_draft_id || '/' || right_draft_id || '/' || outcome AS key, count(*)::int AS n
        FROM votes WHERE blind
          ${from ? sql`AND created_at >= ${from}` : sql``} ${to ? sql`AND created_at < ${to}` : sql``}
        GROUP BY 1 ORDER BY 1`);
      expect(counted.rows, `${from} – ${to}`).toEqual(direct.rows);
    }
  });

  it('gives the leaderboard the same votes with and without lengths', async () => {
    const repository = new LeaderboardRepository(db);
    const query = {
      competitor: 'origin',
      raterGroup: 'human',
      from: RANGES[3]![0],
      to: RANGES[3]![1],
    } as const;
    const plain = await repository.blindVotes({ ...query, lengthControl: false });
    const withLengths = await repository.blindVotes({ ...query, lengthControl: true });
    const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
    const { rows } = await pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM votes WHERE blind AND created_at >= $1 AND created_at < $2',
      [query.from, query.to],
    );
    expect(total(plain)).toBe(rows[0]!.n);
    expect(total(withLengths)).toBe(rows[0]!.n);
    expect(withLengths.every((r) => r.left.length === 4 && r.right.length === 4)).toBe(true);
  });

  it('refuses to change or delete a saved vote, so the tallies cannot drift', async () => {
    await expect(pool.query(`UPDATE votes SET outcome = 'tie'`)).rejects.toThrow(/immutable/);
    await expect(pool.query('DELETE FROM votes')).rejects.toThrow(/immutable/);
    await expect(pool.query('TRUNCATE votes')).rejects.toThrow(/immutable/);
  });
});
