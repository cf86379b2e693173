import { describe, expect, it } from 'vitest';
import { parseBriefsJson, progressOf, rejectionRows } from './model';

describe('batches model', () => {
  it('counts finished jobs of every final state', () => {
    expect(progressOf({ queued: 1, running: 1, succeeded: 4, failed: 1, refused: 1, cancelled: 0 })).toEqual({
      total: 8,
      finished: 6,
      percent: 75,
    });
    expect(
      progressOf({ queued: 0, running: 0, succeeded: 0, failed: 0, refused: 0, cancelled: 0 }).percent,
    ).toBe(100);
  });

  it('gives each reason of a rejected line its own row', () => {
    const rows = rejectionRows({
      rejected: [
        {
          line: 4,
          errors: [
            { path: 'title', message: 'a' },
            { path: 'facts', message: 'b' },
          ],
        },
      ],
    });
    expect(rows.map((row) => `${row.line} ${row.path} ${row.message}`)).toEqual(['4 title a', '4 facts b']);
  });

  it('accepts only a JSON array of briefs', () => {
    expect(parseBriefsJson('[{"title":"x"}]')).toEqual({ briefs: [{ title: 'x' }] });
    expect(parseBriefsJson('{}')).toEqual({ error: 'notArray' });
    expect(parseBriefsJson('[')).toMatchObject({ error: 'invalid' });
  });
});
