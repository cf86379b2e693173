import { generationJobs } from '@draftbench/db';
import { PgDialect } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertPlaceholders, rowFromDriver } from './driver-row.js';

const dialect = new PgDialect();

describe('insertPlaceholders', () => {
  it('lists only the given columns, each value a placeholder cast to its column type', () => {
    const { names, values } = insertPlaceholders(generationJobs, ['briefId', 'variants', 'parameters']);
    const query = dialect.sqlToQuery(sql`(${names}) select ${values}`);
    expect(query.sql).toBe('("brief_id", "variants", "parameters") select $1::uuid, $2::integer, $3::jsonb');
    expect(query.params).toEqual([
      sql.placeholder('column:briefId'),
      sql.placeholder('column:variants'),
      sql.placeholder('column:parameters'),
    ]);
  });
});

describe('rowFromDriver', () => {
  it('maps column names and driver values to the select model, missing columns as null', () => {
    const row = rowFromDriver(generationJobs, {
      id: 'j1',
      brief_id: 'b1',
      cost_usd: '0.25',
      usage: '{"promptTokens":1,"completionTokens":2,"totalTokens":3}',
      created_at: '2026-11-29 01:02:03.456+00',
      finished_at: null,
    });
    expect(row).toMatchObject({
      id: 'j1',
      briefId: 'b1',
      costUsd: 0.25,
      usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
      finishedAt: null,
      webhookUrl: null,
    });
    expect(row.createdAt).toEqual(new Date('2026-11-29T01:02:03.456Z'));
  });
});
